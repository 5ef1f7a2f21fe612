package okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import okr.model.Direction;
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

/**
 * Scoring on plain values: a workspace built in memory, no files. Every expected number is worked
 * out by hand in a comment next to it. The quarter is 2026-Q4: 1 October to 31 December, 92 days.
 */
class ScorerTest {

  /** Day 46 of 92: half the quarter gone. */
  private static final LocalDate MID_Q4 = LocalDate.of(2026, 11, 15);

  private static final LocalDate AFTER_Q4 = LocalDate.of(2027, 1, 15);

  private final List<JournalEntry> journal = new ArrayList<>();
  private final List<Objective> objectives = new ArrayList<>();

  private static KeyResult kr(
      String id,
      KrType type,
      Double baseline,
      Double target,
      Double stretch,
      Direction direction,
      double weight,
      boolean cumulative) {
    return new KeyResult(
        id,
        id,
        type,
        baseline,
        target,
        stretch,
        "u",
        direction,
        weight,
        null,
        null,
        cumulative,
        null,
        null,
        Spans.of(null));
  }

  private static KeyResult metric(String id, Double baseline, double target, double weight) {
    return kr(id, KrType.METRIC, baseline, target, null, null, weight, false);
  }

  private static KeyResult stretch(String id, double baseline, double target, double stretch) {
    return kr(id, KrType.METRIC, baseline, target, stretch, null, 1, false);
  }

  private static KeyResult line(String id, Direction direction, double line) {
    return kr(id, KrType.METRIC, null, line, null, direction, 1, false);
  }

  private static KeyResult cumulative(String id, double target) {
    return kr(id, KrType.METRIC, 0.0, target, null, null, 1, true);
  }

  private static KeyResult milestone(String id) {
    return kr(id, KrType.MILESTONE, null, null, null, null, 1, false);
  }

  private static Objective objective(ObjectiveType type, KeyResult... krs) {
    return objective("o", type, null, false, krs);
  }

  private static Objective objective(
      String id, ObjectiveType type, String alignsTo, boolean rollup, KeyResult... krs) {
    return new Objective(
        new Header(Kind.OBJECTIVE, id, id, "me", null, List.of(), null, Path.of(id + ".yaml")),
        "2026-Q4",
        null,
        null,
        type,
        null,
        alignsTo == null ? List.of() : List.of(alignsTo.split(",")),
        null,
        List.of(krs),
        List.of(),
        rollup,
        Spans.of(null));
  }

  private void checkin(String kr, String day, Double value, Boolean done, Integer confidence) {
    checkin("o/" + kr, day, value, done, confidence, 0);
  }

  private void checkin(
      String ref, String day, Double value, Boolean done, Integer confidence, int unused) {
    journal.add(
        new JournalEntry(
            "e" + journal.size(),
            OffsetDateTime.parse(day + "T18:00:00+01:00"),
            "me",
            EntryKind.KR,
            ref,
            value,
            done,
            confidence,
            null,
            null,
            null,
            Spans.of(null),
            null));
  }

  private ObjectiveStatus score(Objective o, LocalDate asOf) {
    return score(o, asOf, Settings.defaults());
  }

  private ObjectiveStatus score(Objective o, LocalDate asOf, Settings settings) {
    List<Objective> all = new ArrayList<>(objectives);
    all.add(0, o);
    Workspace ws = new Workspace(Path.of("."), settings, all, List.of(), List.of(), journal);
    return new Scorer(ws, asOf).objective(o);
  }

  @Test
  void aKeyResultWithoutDataSaysSoAndCountsZero() {
    checkin("a", "2026-11-01", 5.0, null, null);
    ObjectiveStatus s =
        score(
            objective(ObjectiveType.ASPIRATIONAL, metric("a", 0.0, 10, 1), metric("b", 0.0, 10, 1)),
            MID_Q4);
    KrStatus b = s.keyResults().get(1);
    assertThat(b.hasData()).isFalse();
    assertThat(b.score()).as("no data is not a score of its own").isNull();
    assertThat(b.counted()).isZero();
    assertThat(b.pace()).isNull();
    // a: 5/10 = 0.5; b: no data, 0. (0.5 + 0) / 2 = 0.25, not 0.5.
    assertThat(s.score()).isCloseTo(0.25, within(1e-9));
    assertThat(s.withoutData()).isEqualTo(1);
  }

  @Test
  void anObjectiveWithNoDataAtAllScoresZero() {
    ObjectiveStatus s =
        score(objective(ObjectiveType.ASPIRATIONAL, metric("a", 0.0, 10, 1)), AFTER_Q4);
    // one KR, no data: 0 / 1 = 0.00, red once the quarter is over.
    assertThat(s.score()).isZero();
    assertThat(s.band()).isEqualTo(Band.RED);
    assertThat(s.colour()).isEqualTo(Band.RED);
  }

  @Test
  void objectiveScoreIsTheWeightedMeanOfAllItsKeyResults() {
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
    // (0.5 * 1 + 1.0 * 3 + 0 * 1) / (1 + 3 + 1) = 3.5 / 5 = 0.7; c has no data and counts 0.
    assertThat(s.score()).isCloseTo(0.7, within(1e-9));
    assertThat(s.band()).isEqualTo(Band.GREEN);
    assertThat(s.keyResultsWithData()).isEqualTo(2);
  }

  @Test
  void confidenceIsTheLowestAndNamesItsKeyResult() {
    checkin("a", "2026-11-01", 5.0, null, 8);
    checkin("churn", "2026-11-01", 5.0, null, 5);
    checkin("c", "2026-11-01", 5.0, null, 9);
    ObjectiveStatus s =
        score(
            objective(
                ObjectiveType.ASPIRATIONAL,
                metric("a", 0.0, 10, 1),
                metric("churn", 0.0, 10, 1),
                metric("c", 0.0, 10, 1)),
            MID_Q4);
    // min(8, 5, 9) = 5, of churn; the rounded mean, 7, would hide it.
    assertThat(s.confidence()).isEqualTo(5);
    assertThat(s.confidenceOf()).isEqualTo("churn");
  }

  @Test
  void metricProgressIsShownUncappedAndScoredClamped() {
    checkin("a", "2026-11-01", 15.0, null, null);
    checkin("b", "2026-11-01", -2.0, null, null);
    ObjectiveStatus s =
        score(
            objective(ObjectiveType.COMMITTED, metric("a", 0.0, 10, 1), metric("b", 0.0, 10, 1)),
            MID_Q4);
    // a: (15 - 0) / (10 - 0) = 1.5 shown, clamp(1.5) = 1.0 scored
    assertThat(s.keyResults().get(0).progress()).isCloseTo(1.5, within(1e-9));
    assertThat(s.keyResults().get(0).score()).isEqualTo(1.0);
    // b: (-2 - 0) / 10 = -0.2 shown, clamp = 0
    assertThat(s.keyResults().get(1).progress()).isCloseTo(-0.2, within(1e-9));
    assertThat(s.keyResults().get(1).score()).isZero();
  }

  @Test
  void aStretchMakesTheTargetWorthSevenTenths() {
    Objective o =
        objective(
            ObjectiveType.ASPIRATIONAL,
            stretch("half", 0, 10, 20),
            stretch("full", 0, 10, 20),
            stretch("toTarget", 0, 10, 20),
            stretch("beyond", 0, 10, 20));
    checkin("half", "2026-11-01", 15.0, null, null);
    checkin("full", "2026-11-01", 20.0, null, null);
    checkin("toTarget", "2026-11-01", 5.0, null, null);
    checkin("beyond", "2026-11-01", 25.0, null, null);
    List<KrStatus> krs = score(o, MID_Q4).keyResults();
    // 15 is half the way from target 10 to stretch 20: 0.7 + 0.3 * 0.5 = 0.85
    assertThat(krs.get(0).score()).isCloseTo(0.85, within(1e-9));
    assertThat(krs.get(0).progress()).as("progress to the target").isCloseTo(1.5, within(1e-9));
    // 20 reaches the stretch: 0.7 + 0.3 * 1 = 1.0
    assertThat(krs.get(1).score()).isCloseTo(1.0, within(1e-9));
    // 5 is half way to the target: 0.7 * 0.5 = 0.35
    assertThat(krs.get(2).score()).isCloseTo(0.35, within(1e-9));
    // 25 is past the stretch: still 1.0
    assertThat(krs.get(3).score()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void aKeyResultDueBeforeThePeriodEndsIsPacedToItsDueDate() {
    KeyResult byPeriod = metric("byPeriod", 0.0, 100, 1);
    KeyResult early =
        new KeyResult(
            "early",
            "early",
            KrType.METRIC,
            0.0,
            100.0,
            null,
            "u",
            null,
            1,
            null,
            null,
            false,
            null,
            null,
            List.of(),
            LocalDate.of(2026, 11, 30),
            Spans.of(null));
    Objective o = objective(ObjectiveType.ASPIRATIONAL, byPeriod, early);
    checkin("byPeriod", "2026-11-10", 40.0, null, null);
    checkin("early", "2026-11-10", 40.0, null, null);
    List<KrStatus> krs = score(o, MID_Q4).keyResults();
    // To the period's end: 15 November is day 46 of 92, expected 0.5; 0.40 / 0.5 = 0.8 >= 0.7.
    assertThat(krs.get(0).pace()).isEqualTo(Pace.ON_TRACK);
    // Due 30 November: 1 October to 30 November is 61 days, expected 46 / 61 = 0.754;
    // 0.40 / 0.754 = 0.53, from 0.5 up but under 0.7: at risk.
    assertThat(krs.get(1).pace()).isEqualTo(Pace.AT_RISK);
    // The score does not depend on the due date: 40 of 100 is 0.40 for both.
    assertThat(krs.get(1).score()).isCloseTo(0.40, within(1e-9));
  }

  @Test
  void aStretchOnADecreaseReadsTheSameWay() {
    checkin("time", "2026-11-01", 8.5, null, null);
    KrStatus kr =
        score(objective(ObjectiveType.ASPIRATIONAL, stretch("time", 11, 9, 8)), MID_Q4)
            .keyResults()
            .get(0);
    // 11 h -> 9 h target, 8 h stretch; 8.5 is half of 9 -> 8: (8.5 - 9) / (8 - 9) = 0.5,
    // 0.7 + 0.3 * 0.5 = 0.85
    assertThat(kr.score()).isCloseTo(0.85, within(1e-9));
  }

  @Test
  void aLineIsHeldThenBroken() {
    Objective o = objective(ObjectiveType.COMMITTED, line("uptime", Direction.AT_LEAST, 99.9));
    checkin("uptime", "2026-10-20", 99.95, null, null);
    KrStatus held = score(o, MID_Q4).keyResults().get(0);
    // 99.95 >= 99.9: held, 1.0
    assertThat(held.line()).isEqualTo(Line.HELD);
    assertThat(held.score()).isEqualTo(1.0);
    assertThat(held.pace()).isEqualTo(Pace.ON_TRACK);
    checkin("uptime", "2026-11-10", 97.0, null, null);
    ObjectiveStatus s = score(o, MID_Q4);
    KrStatus broken = s.keyResults().get(0);
    // 97 < 99.9: broken, 0.0 (the old rule said 97 / 99.9 = 0.97, "nearly done")
    assertThat(broken.line()).isEqualTo(Line.BROKEN);
    assertThat(broken.score()).isZero();
    assertThat(broken.pace()).isEqualTo(Pace.OFF_TRACK);
    assertThat(s.broken()).isEqualTo(1);
    assertThat(s.offTrack()).as("a broken line is counted as broken only").isZero();
  }

  @Test
  void anAtMostLineBreaksAboveIt() {
    Objective o = objective(ObjectiveType.COMMITTED, line("response", Direction.AT_MOST, 2));
    checkin("response", "2026-11-10", 3.0, null, null);
    KrStatus kr = score(o, MID_Q4).keyResults().get(0);
    // 3 h > 2 h ceiling: broken, 0 (not 2/3)
    assertThat(kr.line()).isEqualTo(Line.BROKEN);
    assertThat(kr.score()).isZero();
  }

  @Test
  void committedAtEightTenthsIsAmberAndAtOneIsGreen() {
    checkin("a", "2026-12-20", 8.0, null, null);
    ObjectiveStatus committed =
        score(objective(ObjectiveType.COMMITTED, metric("a", 0.0, 10, 1)), AFTER_Q4);
    // 8 / 10 = 0.8: committed bands are green 1.0, amber 0.7, so amber
    assertThat(committed.score()).isCloseTo(0.8, within(1e-9));
    assertThat(committed.band()).isEqualTo(Band.AMBER);
    assertThat(committed.colour()).isEqualTo(Band.AMBER);
    assertThat(committed.succeeded()).isFalse();
    assertThat(committed.successAt()).isEqualTo(1.0);
    ObjectiveStatus aspirational =
        score(objective(ObjectiveType.ASPIRATIONAL, metric("a", 0.0, 10, 1)), AFTER_Q4);
    // the same 0.8 is green for an aspirational objective (green from 0.7)
    assertThat(aspirational.band()).isEqualTo(Band.GREEN);
    assertThat(aspirational.succeeded()).isTrue();
    checkin("a", "2026-12-21", 10.0, null, null);
    ObjectiveStatus met =
        score(objective(ObjectiveType.COMMITTED, metric("a", 0.0, 10, 1)), AFTER_Q4);
    // 10 / 10 = 1.0: green
    assertThat(met.band()).isEqualTo(Band.GREEN);
    assertThat(met.succeeded()).isTrue();
  }

  @Test
  void bandsComeFromTheSettings() {
    checkin("a", "2026-12-20", 8.0, null, null);
    Settings defaults = Settings.defaults();
    Settings strict =
        new Settings(
            null,
            null,
            1,
            "0-10",
            new Settings.Scoring(new Settings.Limits(0.9, 0.5), new Settings.Limits(1, 0.85)),
            7,
            defaults.lint(),
            List.of(),
            java.util.Map.of(),
            defaults.people(),
            defaults.spans());
    ObjectiveStatus s =
        score(objective(ObjectiveType.ASPIRATIONAL, metric("a", 0.0, 10, 1)), AFTER_Q4, strict);
    // 0.8 < green 0.9, >= amber 0.5: amber
    assertThat(s.band()).isEqualTo(Band.AMBER);
    assertThat(s.successAt()).isEqualTo(0.9);
    ObjectiveStatus c =
        score(objective(ObjectiveType.COMMITTED, metric("a", 0.0, 10, 1)), AFTER_Q4, strict);
    // 0.8 < committed amber 0.85: red
    assertThat(c.band()).isEqualTo(Band.RED);
  }

  @Test
  void rollupCountsAlignedObjectivesAsKeyResultsOfWeightOne() {
    objectives.add(
        objective("child-a", ObjectiveType.ASPIRATIONAL, "o", false, metric("x", 0.0, 10, 1)));
    objectives.add(
        objective("child-b", ObjectiveType.ASPIRATIONAL, "o/a", false, metric("y", 0.0, 10, 1)));
    objectives.add(
        objective("unrelated", ObjectiveType.ASPIRATIONAL, null, false, metric("z", 0.0, 10, 1)));
    checkin("a", "2026-11-01", 5.0, null, null);
    checkin("child-a/x", "2026-11-01", 10.0, null, null, 0);
    checkin("child-b/y", "2026-11-01", 2.0, null, null, 0);
    checkin("unrelated/z", "2026-11-01", 10.0, null, null, 0);
    ObjectiveStatus rolled =
        score(
            objective("o", ObjectiveType.ASPIRATIONAL, null, true, metric("a", 0.0, 10, 3)),
            MID_Q4);
    // a: 0.5 at weight 3; child-a: 1.0 and child-b (aligned to o/a): 0.2, weight 1 each.
    // (0.5 * 3 + 1.0 + 0.2) / (3 + 1 + 1) = 2.7 / 5 = 0.54
    assertThat(rolled.rolledUp())
        .extracting(c -> c.objective().id())
        .containsExactly("child-a", "child-b");
    assertThat(rolled.score()).isCloseTo(0.54, within(1e-9));
  }

  @Test
  void anObjectiveAlignedToTwoParentsCountsInTheRollupOfEach() {
    Objective other =
        objective("p", ObjectiveType.ASPIRATIONAL, null, true, metric("b", 0.0, 10, 1));
    objectives.add(other);
    objectives.add(
        objective("shared", ObjectiveType.ASPIRATIONAL, "o,p/b", false, metric("x", 0.0, 10, 1)));
    checkin("a", "2026-11-01", 5.0, null, null);
    checkin("p/b", "2026-11-01", 0.0, null, null, 0);
    checkin("shared/x", "2026-11-01", 10.0, null, null, 0);
    Objective o = objective("o", ObjectiveType.ASPIRATIONAL, null, true, metric("a", 0.0, 10, 1));
    List<Objective> all = new ArrayList<>(objectives);
    all.add(0, o);
    Scorer scorer =
        new Scorer(
            new Workspace(Path.of("."), Settings.defaults(), all, List.of(), List.of(), journal),
            MID_Q4);
    // o: (0.5 + 1.0) / 2; p, through its key result b: (0.0 + 1.0) / 2.
    assertThat(scorer.objective(o).rolledUp())
        .extracting(c -> c.objective().id())
        .containsExactly("shared");
    assertThat(scorer.objective(o).score()).isCloseTo(0.75, within(1e-9));
    assertThat(scorer.objective(other).rolledUp())
        .extracting(c -> c.objective().id())
        .containsExactly("shared");
    assertThat(scorer.objective(other).score()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void withoutRollupAlignedObjectivesDoNotCount() {
    objectives.add(
        objective("child-a", ObjectiveType.ASPIRATIONAL, "o", false, metric("x", 0.0, 10, 1)));
    checkin("a", "2026-11-01", 5.0, null, null);
    checkin("child-a/x", "2026-11-01", 10.0, null, null, 0);
    ObjectiveStatus plain =
        score(
            objective("o", ObjectiveType.ASPIRATIONAL, null, false, metric("a", 0.0, 10, 1)),
            MID_Q4);
    // 5 / 10 = 0.5, the child is not counted
    assertThat(plain.rolledUp()).isEmpty();
    assertThat(plain.score()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void aCheckInAtTheBaselineTwoDaysInIsEarlyNotOffTrack() {
    checkin("a", "2026-10-02", 0.0, null, null);
    Objective o = objective(ObjectiveType.ASPIRATIONAL, metric("a", 0.0, 10, 1));
    ObjectiveStatus early = score(o, LocalDate.of(2026, 10, 3));
    // 3 October is 2 days after the start, within the first 7-day check-in interval
    assertThat(early.pace()).isEqualTo(Pace.EARLY);
    assertThat(early.keyResults().get(0).pace()).isEqualTo(Pace.EARLY);
    assertThat(early.colour()).as("no colour while early").isNull();
    ObjectiveStatus later = score(o, LocalDate.of(2026, 10, 8));
    // 8 October: 7 days passed; 0 progress against 8/92 expected is off-track
    assertThat(later.pace()).isEqualTo(Pace.OFF_TRACK);
    assertThat(later.colour()).isEqualTo(Band.RED);
  }

  @Test
  void duringThePeriodColourFollowsPaceAfterItTheGrade() {
    checkin("a", "2026-11-14", 4.0, null, null);
    Objective o = objective(ObjectiveType.ASPIRATIONAL, metric("a", 0.0, 10, 1));
    ObjectiveStatus mid = score(o, MID_Q4);
    // 0.4 done with 0.5 of the time gone: 0.4 / 0.5 = 0.8 >= 0.7, on-track, so green,
    // though 0.4 alone would grade amber
    assertThat(mid.pace()).isEqualTo(Pace.ON_TRACK);
    assertThat(mid.colour()).isEqualTo(Band.GREEN);
    assertThat(mid.band()).isEqualTo(Band.AMBER);
    assertThat(mid.finished()).isFalse();
    ObjectiveStatus after = score(o, AFTER_Q4);
    // the quarter is over: 0.4 grades amber
    assertThat(after.finished()).isTrue();
    assertThat(after.colour()).isEqualTo(Band.AMBER);
    assertThat(after.forecast()).isNull();
  }

  @Test
  void theForecastExtendsThisPeriodsTrendToItsEnd() {
    checkin("a", "2026-10-01", 10.0, null, null);
    checkin("a", "2026-10-31", 25.0, null, null);
    ObjectiveStatus s =
        score(
            objective(
                ObjectiveType.ASPIRATIONAL, metric("a", 0.0, 100, 1), metric("b", 0.0, 10, 1)),
            LocalDate.of(2026, 11, 1));
    // a: 10 -> 25 in 30 days is 0.5 a day; 31 October to 31 December is 61 days:
    // 25 + 0.5 * 61 = 55.5, a score of 0.555. b has no data: 0.
    assertThat(s.keyResults().get(0).forecast()).isCloseTo(0.555, within(1e-9));
    // (0.555 + 0) / 2 = 0.2775
    assertThat(s.forecast()).isCloseTo(0.2775, within(1e-9));
  }

  @Test
  void aForecastOfALineProjectsWhetherItWillHold() {
    checkin("uptime", "2026-10-01", 99.99, null, null);
    checkin("uptime", "2026-11-01", 99.95, null, null);
    KrStatus kr =
        score(
                objective(ObjectiveType.COMMITTED, line("uptime", Direction.AT_LEAST, 99.9)),
                LocalDate.of(2026, 11, 1))
            .keyResults()
            .get(0);
    // -0.04 in 31 days; 60 days to go: 99.95 - 0.04 * 60 / 31 = 99.873 < 99.9, broken: 0
    assertThat(kr.score()).isEqualTo(1.0);
    assertThat(kr.forecast()).isZero();
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
    // 2 + 3 + 1 = 6 of 12
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
    Objective o = objective(ObjectiveType.ASPIRATIONAL, metric("a", 0.0, 10, 1));
    KrStatus then = score(o, LocalDate.of(2026, 11, 1)).keyResults().get(0);
    assertThat(then.current()).isEqualTo(2.0);
    assertThat(then.confidence()).isEqualTo(6);
    KrStatus now = score(o, LocalDate.of(2026, 11, 20)).keyResults().get(0);
    assertThat(now.current()).isEqualTo(8.0);
  }

  @Test
  void paceAndStalenessFollowTheCalendar() {
    checkin("a", "2026-10-05", 1.0, null, null);
    ObjectiveStatus s =
        score(objective(ObjectiveType.ASPIRATIONAL, metric("a", 0.0, 10, 1)), MID_Q4);
    // Day 46 of 92: half the quarter gone, 10 % done: 0.1 / 0.5 = 0.2 < 0.5, off-track.
    assertThat(s.expected()).isCloseTo(0.5, within(1e-9));
    assertThat(s.pace()).isEqualTo(Pace.OFF_TRACK);
    assertThat(s.stale()).isTrue();
    assertThat(s.ageDays()).isEqualTo(41);
    assertThat(s.keyResults().get(0).stale()).isTrue();
    assertThat(s.offTrack()).isEqualTo(1);
  }

  @Test
  void nothingIsStaleAfterThePeriodEnds() {
    checkin("a", "2026-10-05", 1.0, null, null);
    ObjectiveStatus s =
        score(objective(ObjectiveType.ASPIRATIONAL, metric("a", 0.0, 10, 1)), AFTER_Q4);
    assertThat(s.stale()).isFalse();
    assertThat(s.expected()).isEqualTo(1.0);
  }
}
