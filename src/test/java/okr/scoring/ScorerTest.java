package okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import okr.model.EntryKind;
import okr.model.Header;
import okr.model.JournalEntry;
import okr.model.KeyResult;
import okr.model.Kind;
import okr.model.KrType;
import okr.model.Objective;
import okr.model.ObjectiveType;
import okr.model.Settings;
import okr.model.Spans;
import okr.model.Workspace;
import org.junit.jupiter.api.Test;

/** Scoring on plain values: a workspace built in memory, no files. */
class ScorerTest {

  private static final LocalDate MID_Q4 = LocalDate.of(2026, 11, 15);
  private final List<JournalEntry> journal = new ArrayList<>();

  private static KeyResult metric(String id, Double baseline, double target, double weight) {
    return new KeyResult(
        id,
        id,
        KrType.METRIC,
        baseline,
        target,
        null,
        "u",
        null,
        weight,
        null,
        null,
        false,
        Spans.of(null));
  }

  private static KeyResult cumulative(String id, double target) {
    return new KeyResult(
        id,
        id,
        KrType.METRIC,
        0.0,
        target,
        null,
        "books",
        null,
        1,
        null,
        null,
        true,
        Spans.of(null));
  }

  private static KeyResult milestone(String id) {
    return new KeyResult(
        id,
        id,
        KrType.MILESTONE,
        null,
        null,
        null,
        null,
        null,
        1,
        null,
        null,
        false,
        Spans.of(null));
  }

  private static Objective objective(ObjectiveType type, KeyResult... krs) {
    return new Objective(
        new Header(Kind.OBJECTIVE, "o", "O", "me", null, List.of(), null, Path.of("o.yaml")),
        "2026-Q4",
        null,
        null,
        type,
        null,
        null,
        null,
        List.of(krs),
        List.of(),
        Spans.of(null));
  }

  private void checkin(String kr, String day, Double value, Boolean done, Integer confidence) {
    journal.add(
        new JournalEntry(
            "e" + journal.size(),
            OffsetDateTime.parse(day + "T18:00:00+01:00"),
            "me",
            EntryKind.KR,
            "o/" + kr,
            value,
            done,
            confidence,
            null,
            null,
            null,
            Spans.of(null)));
  }

  private ObjectiveStatus score(Objective o, LocalDate asOf) {
    Workspace ws =
        new Workspace(Path.of("."), Settings.defaults(), List.of(o), List.of(), List.of(), journal);
    return new Scorer(ws, asOf).objective(o);
  }

  @Test
  void noCheckInMeansNoDataNotZero() {
    ObjectiveStatus s =
        score(objective(ObjectiveType.ASPIRATIONAL, metric("a", 0.0, 10, 1)), MID_Q4);
    assertThat(s.score()).isNull();
    assertThat(s.band()).isNull();
    assertThat(s.keyResults().get(0).hasData()).isFalse();
    assertThat(s.keyResults().get(0).pace()).isNull();
  }

  @Test
  void objectiveScoreIsTheWeightedMeanOfKrsWithData() {
    checkin("a", "2026-11-01", 5.0, null, 7);
    checkin("b", "2026-11-01", 10.0, null, 5);
    ObjectiveStatus s =
        score(
            objective(
                ObjectiveType.ASPIRATIONAL,
                metric("a", 0.0, 10, 1),
                metric("b", 0.0, 10, 3),
                metric("c", 0.0, 10, 1)),
            MID_Q4);
    // (0.5 * 1 + 1.0 * 3) / 4; c has no data and does not count.
    assertThat(s.score()).isCloseTo(0.875, within(1e-9));
    assertThat(s.band()).isEqualTo(Band.GREEN);
    assertThat(s.keyResultsWithData()).isEqualTo(2);
    assertThat(s.confidence()).isEqualTo(6);
  }

  @Test
  void stretchShowsBeyondOneButGradesAtOne() {
    checkin("a", "2026-11-01", 15.0, null, null);
    KrStatus kr =
        score(objective(ObjectiveType.COMMITTED, metric("a", 0.0, 10, 1)), MID_Q4)
            .keyResults()
            .get(0);
    assertThat(kr.progress()).isCloseTo(1.5, within(1e-9));
    assertThat(kr.score()).isEqualTo(1.0);
  }

  @Test
  void committedExpectsOneAspirationalSucceedsAtSevenTenths() {
    checkin("a", "2026-11-01", 7.5, null, null);
    ObjectiveStatus aspirational =
        score(objective(ObjectiveType.ASPIRATIONAL, metric("a", 0.0, 10, 1)), MID_Q4);
    ObjectiveStatus committed =
        score(objective(ObjectiveType.COMMITTED, metric("a", 0.0, 10, 1)), MID_Q4);
    assertThat(aspirational.succeeded()).isTrue();
    assertThat(committed.succeeded()).isFalse();
    assertThat(committed.successAt()).isEqualTo(1.0);
  }

  @Test
  void cumulativeKrsAddUpIncrements() {
    checkin("books", "2026-10-10", 2.0, null, null);
    checkin("books", "2026-10-20", 3.0, null, null);
    checkin("books", "2026-11-10", 1.0, null, null);
    KrStatus kr =
        score(objective(ObjectiveType.ASPIRATIONAL, cumulative("books", 12)), MID_Q4)
            .keyResults()
            .get(0);
    assertThat(kr.current()).isEqualTo(6.0);
    assertThat(kr.values()).containsExactly(2.0, 5.0, 6.0);
    assertThat(kr.progress()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void milestonesAreZeroOrOne() {
    checkin("launch", "2026-10-10", null, false, 5);
    KrStatus open =
        score(objective(ObjectiveType.ASPIRATIONAL, milestone("launch")), MID_Q4)
            .keyResults()
            .get(0);
    assertThat(open.score()).isZero();
    checkin("launch", "2026-11-10", null, true, 10);
    KrStatus done =
        score(objective(ObjectiveType.ASPIRATIONAL, milestone("launch")), MID_Q4)
            .keyResults()
            .get(0);
    assertThat(done.score()).isEqualTo(1.0);
  }

  @Test
  void targetEqualToBaselineCannotBeMeasured() {
    checkin("a", "2026-11-01", 5.0, null, null);
    KrStatus kr =
        score(objective(ObjectiveType.ASPIRATIONAL, metric("a", 5.0, 5, 1)), MID_Q4)
            .keyResults()
            .get(0);
    assertThat(kr.progress()).isNull();
  }

  @Test
  void asOfIgnoresLaterEntries() {
    checkin("a", "2026-10-15", 2.0, null, 6);
    checkin("a", "2026-11-20", 8.0, null, 9);
    KrStatus then =
        score(
                objective(ObjectiveType.ASPIRATIONAL, metric("a", 0.0, 10, 1)),
                LocalDate.of(2026, 11, 1))
            .keyResults()
            .get(0);
    assertThat(then.current()).isEqualTo(2.0);
    assertThat(then.confidence()).isEqualTo(6);
    KrStatus now =
        score(
                objective(ObjectiveType.ASPIRATIONAL, metric("a", 0.0, 10, 1)),
                LocalDate.of(2026, 11, 20))
            .keyResults()
            .get(0);
    assertThat(now.current()).isEqualTo(8.0);
  }

  @Test
  void paceAndStalenessFollowTheCalendar() {
    checkin("a", "2026-10-05", 1.0, null, null);
    ObjectiveStatus s =
        score(objective(ObjectiveType.ASPIRATIONAL, metric("a", 0.0, 10, 1)), MID_Q4);
    // Day 46 of 92: half the quarter gone, 10 % done.
    assertThat(s.expected()).isCloseTo(0.5, within(1e-9));
    assertThat(s.pace()).isEqualTo(Pace.OFF_TRACK);
    assertThat(s.stale()).isTrue();
    assertThat(s.ageDays()).isEqualTo(41);
    assertThat(s.keyResults().get(0).stale()).isTrue();
  }

  @Test
  void aFreshCheckInIsNotStale() {
    checkin("a", "2026-11-12", 6.0, null, null);
    ObjectiveStatus s =
        score(objective(ObjectiveType.ASPIRATIONAL, metric("a", 0.0, 10, 1)), MID_Q4);
    assertThat(s.stale()).isFalse();
    assertThat(s.pace()).isEqualTo(Pace.ON_TRACK);
  }

  @Test
  void nothingIsStaleAfterThePeriodEnds() {
    checkin("a", "2026-10-05", 1.0, null, null);
    ObjectiveStatus s =
        score(
            objective(ObjectiveType.ASPIRATIONAL, metric("a", 0.0, 10, 1)),
            LocalDate.of(2027, 1, 15));
    assertThat(s.stale()).isFalse();
    assertThat(s.expected()).isEqualTo(1.0);
  }
}
