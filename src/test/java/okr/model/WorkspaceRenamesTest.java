package okr.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an id read from an old version of a goal file, or a past name, stands for today. */
class WorkspaceRenamesTest {

  private static Rename rename(int n, String from, String to) {
    OffsetDateTime at = OffsetDateTime.parse("2026-10-01T10:00:00Z").plusMinutes(n);
    return new Rename("r" + n, at, "glen", from, to, Spans.of(null));
  }

  private static Workspace with(Rename... renames) {
    return new Workspace(
        Path.of("."),
        Settings.defaults(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(renames),
        List.of(),
        List.of());
  }

  private static final Rename K_TO_T = rename(1, "a/k", "a/t");
  private static final Rename J_TO_K = rename(2, "a/j", "a/k");
  private static final Rename T_TO_J = rename(3, "a/t", "a/j");
  private static final Workspace SWAP = with(K_TO_T, J_TO_K, T_TO_J);

  @Test
  void aVersionBeforeASwapNamesEachGoalByTheOtherName() {
    assertThat(SWAP.currentAfter("a/k", r -> false)).isEqualTo("a/j");
    assertThat(SWAP.currentAfter("a/j", r -> false)).isEqualTo("a/k");
  }

  @Test
  void aVersionHalfwayThroughASwapFollowsOnlyTheRenamesItsCommitHadNot() {
    Set<Rename> first = Set.of(K_TO_T);
    assertThat(SWAP.currentAfter("a/t", first::contains)).isEqualTo("a/j");
    assertThat(SWAP.currentAfter("a/j", first::contains)).isEqualTo("a/k");
    Set<Rename> two = Set.of(K_TO_T, J_TO_K);
    assertThat(SWAP.currentAfter("a/k", two::contains)).isEqualTo("a/k");
    assertThat(SWAP.currentAfter("a/t", two::contains)).isEqualTo("a/j");
  }

  @Test
  void aVersionAfterEveryRenameNamesGoalsAsToday() {
    assertThat(SWAP.currentAfter("a/j", r -> true)).isEqualTo("a/j");
    assertThat(SWAP.currentAfter("a/k", r -> true)).isEqualTo("a/k");
  }

  @Test
  void anObjectiveRenameCarriesItsKeyResults() {
    Workspace ws = with(rename(1, "x", "tmp"), rename(2, "y", "x"), rename(3, "tmp", "y"));
    assertThat(ws.currentAfter("x/m", r -> false)).isEqualTo("y/m");
    assertThat(ws.currentAfter("y/m", r -> false)).isEqualTo("x/m");
  }

  @Test
  void aPastNameSaysWhatHadItIsCalledToday() {
    assertThat(SWAP.renamedAway("a/t")).containsExactly("a/j");
    Workspace back = with(rename(1, "a/k", "a/b"), rename(2, "a/b", "a/k"));
    assertThat(back.renamedAway("a/b")).containsExactly("a/k");
    // The same name held by two goals at two times: both are named.
    Workspace twice =
        with(
            rename(1, "a/k", "a/t"),
            rename(2, "a/t", "a/m"),
            rename(3, "a/j", "a/t"),
            rename(4, "a/t", "a/n"));
    assertThat(twice.renamedAway("a/t")).containsExactly("a/m", "a/n");
    assertThat(twice.renamedAway("a/zzz")).isEmpty();
  }
}
