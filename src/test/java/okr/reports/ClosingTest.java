package okr.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import okr.model.EntryKind;
import okr.model.Objective;
import okr.model.ObjectiveType;
import okr.model.Period;
import okr.model.Settings;
import okr.model.Workspace;
import org.junit.jupiter.api.Test;

class ClosingTest {

  private static final Period Q3 =
      new Period("2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));

  private static Workspace workspace(Objective... objectives) {
    return new Workspace(
        Path.of("."), Settings.defaults(), List.of(objectives), List.of(), List.of(), List.of());
  }

  @Test
  void gradesTheObjectivesThatNameThePeriodInAnyCaseAsOfItsLastDay() {
    Workspace ws =
        workspace(
            Goals.objective("upper", "2026-Q3", "ann", ObjectiveType.COMMITTED, List.of()),
            Goals.objective("lower", "2026-q3", "ann", ObjectiveType.COMMITTED, List.of()),
            Goals.objective("later", "2026-Q4", "ann", ObjectiveType.COMMITTED, List.of()));
    Closing closing = Closing.of(ws, Q3, LocalDate.of(2026, 10, 2));
    assertThat(closing.objectives())
        .extracting(o -> o.objective().id())
        .containsExactly("upper", "lower");
    assertThat(closing.asOf()).isEqualTo(Q3.end());
    assertThat(closing.early()).isFalse();
    assertThat(closing.closedOn()).isNull();
  }

  @Test
  void closedEarlyItGradesAsOfToday() {
    Workspace ws = workspace(Goals.objective("o", "2026-Q3", "ann", null, List.of()));
    Closing closing = Closing.of(ws, Q3, LocalDate.of(2026, 9, 1));
    assertThat(closing.asOf()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(closing.early()).isTrue();
  }

  @Test
  void aKeyResultWithoutDataIsGradedZero() {
    Workspace ws =
        workspace(
            Goals.objective(
                "o", "2026-Q3", "ann", null, List.of(), Goals.kr("a", null), Goals.kr("b", null)));
    Closing closing = Closing.of(ws, Q3, LocalDate.of(2026, 10, 2));
    assertThat(closing.marks())
        .containsExactly(
            new Closing.Mark(EntryKind.OBJECTIVE, "o", 0.0),
            new Closing.Mark(EntryKind.KR, "o/a", 0.0),
            new Closing.Mark(EntryKind.KR, "o/b", 0.0));
  }
}
