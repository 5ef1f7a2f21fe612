package okr.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import okr.model.Objective;
import okr.model.ObjectiveType;
import okr.model.Period;
import okr.model.Settings;
import okr.model.Workspace;
import okr.scoring.Scorer;
import org.junit.jupiter.api.Test;

class CloseCoachingTest {

  private static final Period Q4 =
      new Period("2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));

  private static Objective objective(String id, ObjectiveType type) {
    return Goals.objective(id, "2026-Q4", "ann", type, List.of(), Goals.kr("kr", null));
  }

  @Test
  void aCommittedObjectiveBelowItsSuccessIsAMissedCommitmentAnAspirationalOneIsNot() {
    List<Objective> objectives =
        List.of(
            objective("ship", ObjectiveType.COMMITTED),
            objective("dream", ObjectiveType.ASPIRATIONAL));
    Workspace ws =
        new Workspace(
            Path.of("."), Settings.defaults(), objectives, List.of(), List.of(), List.of());
    Scorer scorer = new Scorer(ws, Q4.end());
    CloseCoaching coaching =
        CloseCoaching.of(
            ws, Q4, objectives.stream().map(scorer::objective).toList(), scorer.bands());
    assertThat(coaching.missed()).containsExactly(new CloseCoaching.Missed("ship", 0.0));
    assertThat(coaching.committedAt()).isEqualTo(1.0);
    assertThat(coaching.highFlyers()).isEmpty();
  }
}
