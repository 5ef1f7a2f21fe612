package okr.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import okr.model.KeyResult;
import okr.model.Objective;
import okr.model.ObjectiveType;
import okr.model.Settings;
import okr.model.Workspace;
import org.junit.jupiter.api.Test;

class CheckinPlanTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private final List<Objective> objectives = new ArrayList<>();

  private static KeyResult kr(String id, String owner, String... collaborators) {
    return Goals.kr(id, owner, collaborators);
  }

  private void objective(
      String id, String period, String owner, List<String> with, KeyResult... krs) {
    objectives.add(Goals.objective(id, period, owner, ObjectiveType.ASPIRATIONAL, with, krs));
  }

  private List<String> plan(String who) {
    Workspace ws =
        new Workspace(
            Path.of("."), Settings.defaults(), objectives, List.of(), List.of(), List.of());
    return CheckinPlan.forPerson(ws, TODAY, who).stream()
        .map(s -> ((CheckinPlan.KeyResultStop) s).ref())
        .toList();
  }

  @Test
  void theOwnerWalksAllKeyResultsOthersOnlyTheirOwn() {
    objective("growth", "2026-Q4", "ann", List.of(), kr("signups", "bob"), kr("churn", null));
    assertThat(plan("ann")).containsExactly("growth/signups", "growth/churn");
    assertThat(plan("bob")).containsExactly("growth/signups");
  }

  @Test
  void aCollaboratorOfTheObjectiveWalksAllItsKeyResultsOfAKeyResultJustThatOne() {
    objective("growth", "2026-Q4", "ann", List.of("cy"), kr("signups", "bob"), kr("churn", null));
    objective("ops", "2026-Q4", "ann", List.of(), kr("uptime", "bob", "dee"), kr("cost", null));
    assertThat(plan("cy")).containsExactly("growth/signups", "growth/churn");
    assertThat(plan("dee")).containsExactly("ops/uptime");
  }

  @Test
  void objectivesOutsideTodayAreNotWalked() {
    objective("old", "2026-Q3", "ann", List.of("cy"), kr("signups", "ann"));
    assertThat(plan("ann")).isEmpty();
    assertThat(plan("cy")).isEmpty();
  }
}
