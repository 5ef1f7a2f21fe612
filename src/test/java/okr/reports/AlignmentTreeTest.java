package okr.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import okr.model.Header;
import okr.model.KeyResult;
import okr.model.Kind;
import okr.model.KrType;
import okr.model.Objective;
import okr.model.ObjectiveType;
import okr.model.Period;
import okr.model.Settings;
import okr.model.Spans;
import okr.model.Workspace;
import okr.scoring.Scorecard;
import okr.scoring.Scorer;
import okr.scoring.Selection;
import org.junit.jupiter.api.Test;

class AlignmentTreeTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

  private final List<Objective> objectives = new ArrayList<>();

  private void objective(String id, String... parents) {
    KeyResult kr =
        new KeyResult(
            "kr",
            "kr",
            KrType.METRIC,
            0.0,
            10.0,
            null,
            "u",
            null,
            1,
            null,
            null,
            false,
            null,
            null,
            Spans.of(null));
    objectives.add(
        new Objective(
            new Header(Kind.OBJECTIVE, id, id, "me", null, List.of(), null, Path.of(id + ".yaml")),
            "2026-Q4",
            null,
            null,
            ObjectiveType.ASPIRATIONAL,
            null,
            Arrays.asList(parents),
            null,
            List.of(kr),
            List.of(),
            false,
            Spans.of(null)));
  }

  private AlignmentTree tree(boolean keyResults) {
    Workspace ws =
        new Workspace(
            Path.of("."), Settings.defaults(), objectives, List.of(), List.of(), List.of());
    Period q4 = new Period("2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
    Scorecard card = new Scorer(ws, AS_OF).scorecard(new Selection(q4, null, null), q4);
    return AlignmentTree.of(card, List.of(), keyResults);
  }

  /** Each row as "depth id" with its repeat, e.g. "2 shared (also under a)". */
  private static List<String> rows(AlignmentTree.Section section) {
    List<String> out = new ArrayList<>();
    for (AlignmentTree.Row row : section.rows()) {
      String text =
          switch (row.node().getClass().getSimpleName()) {
            case "Objective" -> {
              AlignmentTree.Objective o = (AlignmentTree.Objective) row.node();
              String id = o.status().objective().id();
              if (o.repeat() == null) {
                yield id;
              }
              yield o.repeat().inCycle()
                  ? id + " (in the cycle)"
                  : id + " (also under " + o.repeat().shownUnder() + ")";
            }
            case "KeyResult" -> ((AlignmentTree.KeyResult) row.node()).status().ref();
            default -> "goal";
          };
      out.add(row.depth() + " " + text + (row.last() ? "" : " +"));
    }
    return out;
  }

  @Test
  void aChildOfTwoParentsIsDrawnUnderTheFirstAndNamedUnderTheSecond() {
    objective("company");
    objective("a", "company");
    objective("b", "company");
    objective("shared", "a", "b");
    objective("leaf", "shared");
    AlignmentTree tree = tree(false);
    assertThat(tree.sections()).hasSize(1);
    assertThat(rows(tree.sections().get(0)))
        .containsExactly(
            "0 company", "1 a +", "2 shared", "3 leaf", "1 b", "2 shared (also under a)");
  }

  @Test
  void withKeyResultsAChildHangsFromTheKeyResultItNames() {
    objective("company");
    objective("a", "company/kr");
    objective("b", "company", "a");
    AlignmentTree tree = tree(true);
    assertThat(rows(tree.sections().get(0)))
        .containsExactly("0 company", "1 company/kr +", "2 a", "3 b", "1 b (also under a)");
    AlignmentTree.Objective a =
        (AlignmentTree.Objective) tree.sections().get(0).rows().get(2).node();
    assertThat(a.via()).isEqualTo("company/kr");
  }

  @Test
  void aParentNamedTwiceThroughItsKeyResultIsOneChildWithoutKeyResultRows() {
    objective("company");
    objective("a", "company/kr", "company");
    assertThat(rows(tree(false).sections().get(0))).containsExactly("0 company", "1 a");
  }

  @Test
  void aParentOutsideThePeriodLeavesTheChildUnderTheOther() {
    objective("company");
    objective("a", "elsewhere", "company");
    assertThat(rows(tree(false).sections().get(0))).containsExactly("0 company", "1 a");
  }

  @Test
  void aCycleIsItsOwnSectionFromItsFirstMember() {
    objective("a", "b");
    objective("b", "a");
    AlignmentTree tree = tree(false);
    assertThat(tree.sections()).hasSize(1);
    assertThat(tree.sections().get(0).cycle()).containsExactly("a", "b", "a");
    assertThat(rows(tree.sections().get(0))).containsExactly("0 a", "1 b", "2 a (in the cycle)");
  }

  @Test
  void aChainOfTenThousandIsLaidOutWithoutRecursion() {
    objective("o0");
    for (int i = 1; i < 10_000; i++) {
      objective("o" + i, "o" + (i - 1));
    }
    List<AlignmentTree.Row> rows = tree(false).sections().get(0).rows();
    assertThat(rows).hasSize(10_000);
    assertThat(rows.get(9_999).depth()).isEqualTo(9_999);
  }
}
