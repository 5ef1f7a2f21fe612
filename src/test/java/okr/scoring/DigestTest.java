package okr.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import okr.model.EntryKind;
import okr.model.Period;
import okr.model.Workspace;
import okr.store.LoadResult;
import okr.store.WorkspaceLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest of a small workspace, with every number worked out by hand. 2026-Q4 runs from
 * 2026-10-01 to 2026-12-31 (92 days); the interval is 2026-11-16..2026-11-23, so "before" is the
 * end of 2026-11-15, day 46 of the quarter (expected progress 46/92 = 0.5), and "now" is
 * 2026-11-23, day 54 (54/92 = 0.587).
 */
class DigestTest {

  private static final LocalDate SINCE = LocalDate.of(2026, 11, 16);
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @TempDir Path dir;

  private Workspace ws;

  @BeforeEach
  void workspace() throws Exception {
    write("okr.yaml", "name: Team\ncheckin_every: 1w\n");
    write(
        "ship.yaml",
        """
        kind: objective
        id: ship
        title: Ship the new app
        period: 2026-Q4
        owner: ana
        key_results:
          - id: users
            title: Reach 100 users
            baseline: 0
            target: 100
            unit: users
            owner: ben
          - id: bugs
            title: Cut open bugs from 50 to 10
            baseline: 50
            target: 10
          - id: speed
            title: Cut latency from 300 ms to 100 ms
            baseline: 300
            target: 100
            unit: ms
            kpi: latency
            owner: dan
          - id: launch
            title: Launch in the store
            type: milestone
            owner: cy
        """);
    write(
        "grow.yaml",
        """
        kind: objective
        id: grow
        title: Grow revenue
        period: 2026-Q4
        owner: ben
        key_results:
          - id: revenue
            title: Reach 100 k revenue
            baseline: 0
            target: 100
        """);
    write(
        "old.yaml",
        """
        kind: objective
        id: old
        title: Last quarter
        period: 2026-Q3
        owner: zed
        key_results:
          - id: x
            title: Something done
            baseline: 0
            target: 10
        """);
    write(
        "latency.yaml",
        """
        kind: kpi
        id: latency
        title: Median latency
        unit: ms
        better: lower
        frequency: weekly
        """);
    write(
        "checkins/2026-11.yaml",
        """
        - at: 2026-11-01T10:00:00Z
          by: dan
          kpi: latency
          value: 250
        - at: 2026-11-01T10:00:00Z
          by: ben
          kr: grow/revenue
          value: 40
        - at: 2026-11-10T10:00:00Z
          by: ben
          kr: ship/users
          value: 40
          confidence: 8
        - at: 2026-11-15T23:30:00+01:00
          by: ana
          kr: ship/bugs
          value: 30
          confidence: 5
          problems: "Flaky CI"
        - at: 2026-11-16T00:10:00+01:00
          by: ben
          kr: ship/users
          value: 55
          confidence: 6
          problems: "Sign-up form broken on mobile"
        - at: 2026-11-17T10:00:00Z
          by: zed
          kr: old/x
          value: 10
        - at: 2026-11-20T10:00:00Z
          by: dan
          kpi: latency
          value: 180
        - at: 2026-11-21T10:00:00Z
          by: ana
          objective: ship
          problems: "Design review slipped a week"
        - at: 2026-11-24T10:00:00Z
          by: ben
          kr: ship/users
          value: 90
          confidence: 9
        """);
    LoadResult loaded = WorkspaceLoader.load(dir);
    assertThat(loaded.problems()).isEmpty();
    ws = loaded.workspace();
  }

  private void write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private Digest digest(LocalDate since, String owner) {
    return Digest.of(ws, new Selection(new Period("w", since, TODAY), owner, null), since, TODAY);
  }

  @Test
  void checkinsCarryTheScoreBeforeTheIntervalAndNow() {
    Digest d = digest(SINCE, null);

    assertThat(d.checkins())
        .extracting(Digest.KrChange::ref)
        .containsExactly("ship/users", "ship/speed");
    Digest.KrChange users = d.checkins().get(0);
    // before: 40 of 0..100 = 0.40; now: 55 (made at 00:10 on the first day, which counts) = 0.55.
    // The check-in of 2026-11-24 is after today and left out.
    assertThat(users.before().score()).isCloseTo(0.40, within(1e-9));
    assertThat(users.now().score()).isCloseTo(0.55, within(1e-9));
    assertThat(users.delta()).isCloseTo(0.15, within(1e-9));
    assertThat(users.entries()).extracting(e -> e.value()).containsExactly(55.0);

    Digest.KrChange speed = d.checkins().get(1);
    // Fed by the KPI: before 250 ms, (300 - 250) / (300 - 100) = 0.25; now 180 ms, 120 / 200 =
    // 0.60.
    assertThat(speed.before().score()).isCloseTo(0.25, within(1e-9));
    assertThat(speed.now().score()).isCloseTo(0.60, within(1e-9));
    assertThat(speed.delta()).isCloseTo(0.35, within(1e-9));
    assertThat(speed.entries()).extracting(e -> e.kind()).containsExactly(EntryKind.KPI);

    assertThat(d.entryCount()).isEqualTo(2);
  }

  @Test
  void objectivesThatChangedBandOrPace() {
    Digest d = digest(SINCE, null);

    assertThat(d.objectives())
        .extracting(c -> c.now().objective().id())
        .containsExactly("grow", "ship"); // file order: grow.yaml, ship.yaml
    Digest.ObjectiveChange ship = d.objectives().get(1);
    // before: users 0.40, bugs (50 - 30) / 40 = 0.50, speed 0.25, launch no data 0:
    // 1.15 / 4 = 0.2875, red; now: 0.55, 0.50, 0.60, 0 = 1.65 / 4 = 0.4125, amber.
    assertThat(ship.before().score()).isCloseTo(1.15 / 4, within(1e-9));
    assertThat(ship.now().score()).isCloseTo(1.65 / 4, within(1e-9));
    assertThat(ship.before().band()).isEqualTo(Band.RED);
    assertThat(ship.now().band()).isEqualTo(Band.AMBER);
    // pace: 0.2875 / 0.5 = 0.575, at-risk; 0.4125 / (54 / 92 = 0.587) = 0.703, on-track.
    assertThat(ship.bandChanged()).isTrue();
    assertThat(ship.paceChanged()).isTrue();

    Digest.ObjectiveChange grow = d.objectives().get(0);
    // No check-in, yet time passed: 0.40 / 0.5 = 0.80 was on-track, 0.40 / 0.587 = 0.68 at-risk.
    assertThat(grow.bandChanged()).isFalse();
    assertThat(grow.before().pace()).isEqualTo(Pace.ON_TRACK);
    assertThat(grow.now().pace()).isEqualTo(Pace.AT_RISK);
  }

  @Test
  void newProblemsAreThoseWrittenInTheInterval() {
    Digest d = digest(SINCE, null);

    // "Flaky CI" was written at 23:30 on 2026-11-15, the day before: not new.
    assertThat(d.problems())
        .extracting(p -> p.entry().problems())
        .containsExactly("Sign-up form broken on mobile", "Design review slipped a week");
    assertThat(d.problems())
        .extracting(Digest.Problem::about)
        .containsExactly("ship/users", "ship");
    assertThat(d.problems())
        .extracting(Digest.Problem::kind)
        .containsExactly(EntryKind.KR, EntryKind.OBJECTIVE);
  }

  @Test
  void fallingConfidenceComparesTheLatestWithTheStart() {
    Digest d = digest(SINCE, null);

    // users: 8 on 2026-11-10, 6 on 2026-11-16. bugs: 5, unchanged.
    assertThat(d.fallingConfidence())
        .extracting(Digest.KrChange::ref)
        .containsExactly("ship/users");
    assertThat(d.fallingConfidence().get(0).before().confidence()).isEqualTo(8);
    assertThat(d.fallingConfidence().get(0).now().confidence()).isEqualTo(6);
  }

  @Test
  void ownersOfRunningKeyResultsWithoutAnEntry() {
    Digest d = digest(SINCE, null);

    // users (ben) and speed (dan, through its KPI) have entries; the Q3 objective is not running.
    assertThat(d.notCheckedIn())
        .extracting(Digest.Silent::owner)
        .containsExactly("ana", "ben", "cy");
    assertThat(d.notCheckedIn().get(0).keyResults())
        .extracting(KrStatus::ref)
        .containsExactly("ship/bugs");
    assertThat(d.notCheckedIn().get(1).keyResults())
        .extracting(KrStatus::ref)
        .containsExactly("grow/revenue");
    assertThat(d.notCheckedIn().get(2).keyResults())
        .extracting(KrStatus::ref)
        .containsExactly("ship/launch");
    assertThat(d.activeKeyResults()).isEqualTo(5);
  }

  @Test
  void anEmptyIntervalHasNoCheckinsButStillSaysWhoIsSilent() {
    Digest d = digest(LocalDate.of(2026, 11, 22), null);

    assertThat(d.checkins()).isEmpty();
    assertThat(d.problems()).isEmpty();
    assertThat(d.fallingConfidence()).isEmpty();
    assertThat(d.notCheckedIn())
        .extracting(Digest.Silent::owner)
        .containsExactly("ana", "ben", "cy", "dan");
  }

  @Test
  void anOwnerSeesTheObjectivesTheyTakePartIn() {
    Digest d = digest(SINCE, "cy");

    // cy owns a key result of ship, none of grow.
    assertThat(d.objectives()).extracting(c -> c.now().objective().id()).containsExactly("ship");
    assertThat(d.checkins())
        .extracting(Digest.KrChange::ref)
        .containsExactly("ship/users", "ship/speed");
  }
}
