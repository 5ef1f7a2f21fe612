package okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import okr.model.EntryKind;
import okr.model.Header;
import okr.model.Initiative;
import okr.model.InitiativeStatus;
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
 * An initiative's progress and due date on plain values. Objective `shop`, 2026-Q4 (1 October to 31
 * December); the day judged is 23 November unless a test says otherwise.
 */
class InitiativesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private final List<JournalEntry> journal = new ArrayList<>();

  private static Initiative initiative(
      String id, InitiativeStatus status, LocalDate due, Double progress, boolean done) {
    return new Initiative(
        id, "Work " + id, status, "orders", null, null, due, progress, done, Spans.of(null));
  }

  private static Objective shop(Initiative... initiatives) {
    KeyResult orders =
        new KeyResult(
            "orders",
            "Take 200 orders a week",
            KrType.METRIC,
            0.0,
            200.0,
            null,
            "orders",
            null,
            1,
            null,
            null,
            false,
            null,
            null,
            Spans.of(null));
    return new Objective(
        new Header(
            Kind.OBJECTIVE, "shop", "Shop", "dana", null, List.of(), null, Path.of("s.yaml")),
        "2026-Q4",
        null,
        null,
        ObjectiveType.ASPIRATIONAL,
        null,
        List.of(),
        null,
        List.of(orders),
        List.of(initiatives),
        false,
        Spans.of(null));
  }

  private void entry(EntryKind kind, String ref, String day, double value) {
    journal.add(
        new JournalEntry(
            "e" + journal.size(),
            OffsetDateTime.parse(day + "T18:00:00Z"),
            "dana",
            kind,
            ref,
            value,
            null,
            null,
            null,
            null,
            null,
            Spans.of(null),
            null));
  }

  private Scorer scorer(Objective o, LocalDate asOf) {
    Workspace ws =
        new Workspace(Path.of("."), Settings.defaults(), List.of(o), List.of(), List.of(), journal);
    return new Scorer(ws, asOf);
  }

  @Test
  void theLatestCheckInIsTheProgressElseTheFile() {
    Objective o =
        shop(
            initiative("pay", null, null, 30.0, false),
            initiative("photos", null, null, 30.0, false));
    entry(EntryKind.INITIATIVE, "shop/pay", "2026-11-02", 40);
    entry(EntryKind.INITIATIVE, "shop/pay", "2026-11-16", 70);

    List<InitiativeProgress> all = scorer(o, TODAY).initiatives(o);

    // pay: check-ins 40 then 70, the latest wins over the file's 30
    assertThat(all.get(0).progress()).isEqualTo(70.0);
    assertThat(all.get(0).fromCheckin()).isTrue();
    assertThat(all.get(0).checkins()).hasSize(2);
    assertThat(all.get(0).lastCheckin()).isEqualTo(LocalDate.of(2026, 11, 16));
    // photos: no check-in, so the file's 30
    assertThat(all.get(1).progress()).isEqualTo(30.0);
    assertThat(all.get(1).fromCheckin()).isFalse();
  }

  @Test
  void asOfADayBeforeACheckInTheEarlierValueCounts() {
    Objective o = shop(initiative("pay", null, null, 30.0, false));
    entry(EntryKind.INITIATIVE, "shop/pay", "2026-11-02", 40);
    entry(EntryKind.INITIATIVE, "shop/pay", "2026-11-16", 70);

    // as of 10 November only the check-in of the 2nd has happened
    assertThat(scorer(o, LocalDate.of(2026, 11, 10)).initiatives(o).get(0).progress())
        .isEqualTo(40.0);
  }

  @Test
  void overdueIsPastTheDueDayAndNeitherDoneNorDropped() {
    LocalDate due = LocalDate.of(2026, 11, 20);
    Objective o =
        shop(
            initiative("late", InitiativeStatus.IN_PROGRESS, due, 60.0, false),
            initiative("finished", null, due, null, true),
            initiative("dropped", InitiativeStatus.DROPPED, due, 10.0, false),
            initiative("reached", null, due, null, false),
            initiative("later", null, LocalDate.of(2026, 11, 30), 0.0, false));
    entry(EntryKind.INITIATIVE, "shop/reached", "2026-11-19", 100);

    List<InitiativeProgress> all = scorer(o, TODAY).initiatives(o);

    // late: due 20 November, today the 23rd, 60 %: 23 - 20 = 3 days overdue
    assertThat(all.get(0).overdue()).isTrue();
    assertThat(all.get(0).daysOverdue()).isEqualTo(3);
    // finished: done: true, no progress written, so 100 % and not overdue
    assertThat(all.get(1).done()).isTrue();
    assertThat(all.get(1).progress()).isEqualTo(100.0);
    assertThat(all.get(1).overdue()).isFalse();
    // dropped: never overdue, and not done either
    assertThat(all.get(2).overdue()).isFalse();
    assertThat(all.get(2).done()).isFalse();
    // reached: its check-in of 100 makes it done
    assertThat(all.get(3).done()).isTrue();
    assertThat(all.get(3).overdue()).isFalse();
    // later: due the 30th, not yet
    assertThat(all.get(4).overdue()).isFalse();
    assertThat(all.get(4).daysOverdue()).isZero();
  }

  @Test
  void onTheDueDayItselfItIsNotYetOverdue() {
    Objective o = shop(initiative("pay", null, TODAY, 50.0, false));
    assertThat(scorer(o, TODAY).initiatives(o).get(0).overdue()).isFalse();
  }

  @Test
  void anInitiativeWithoutAnIdHasNoRefAndNoCheckIns() {
    Objective o = shop(initiative(null, InitiativeStatus.PLANNED, null, null, false));

    InitiativeProgress p = scorer(o, TODAY).initiatives(o).get(0);

    assertThat(p.ref()).isNull();
    assertThat(p.checkins()).isEmpty();
    assertThat(p.progress()).isNull();
  }

  @Test
  void initiativesNeverChangeTheScore() {
    LocalDate due = LocalDate.of(2026, 11, 1);
    Objective without = shop();
    Objective with =
        shop(initiative("pay", null, due, 0.0, false), initiative("photos", null, due, null, true));
    entry(EntryKind.KR, "shop/orders", "2026-11-16", 100);
    entry(EntryKind.INITIATIVE, "shop/pay", "2026-11-16", 100);

    // one key result at 100 of 0 -> 200: 0.5, with or without initiatives done or overdue
    assertThat(scorer(without, TODAY).objective(without).score()).isEqualTo(0.5);
    assertThat(scorer(with, TODAY).objective(with).score()).isEqualTo(0.5);
    assertThat(scorer(with, TODAY).objective(with).pace())
        .isEqualTo(scorer(without, TODAY).objective(without).pace());
  }

  @Test
  void aCheckInMadeBeforeItsObjectiveWasRenamedCountsUnderTheNewId() {
    Objective renamed = shop(initiative("pay", null, null, null, false));
    entry(EntryKind.INITIATIVE, "store/pay", "2026-11-02", 40);
    okr.model.Rename rename =
        new okr.model.Rename(
            "r1",
            OffsetDateTime.parse("2026-11-10T09:00:00Z"),
            "dana",
            "store",
            "shop",
            Spans.of(null));
    Workspace ws =
        new Workspace(
            Path.of("."),
            Settings.defaults(),
            List.of(renamed),
            List.of(),
            List.of(),
            journal,
            List.of(),
            List.of(rename),
            List.of(),
            List.of());

    // written as store/pay before `store` became `shop`: it is shop/pay's 40 %
    assertThat(new Scorer(ws, TODAY).initiatives(renamed).get(0).progress()).isEqualTo(40.0);
  }
}
