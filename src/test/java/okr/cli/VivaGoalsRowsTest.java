package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How cells of a Viva Goals export are read: the parents in Aligned To, and the words an
 * organisation may use for its objects. The whole translation is in the golden transcripts
 * (cli/import/viva-goals*.test).
 */
class VivaGoalsRowsTest {

  @Test
  void aParentsTitleMayHoldParenthesesOfItsOwn() {
    // a title seen in a real export: "(Delivery)" is part of the title, not a parent
    assertThat(
            VivaGoalsRows.parents(
                "Clear Success Criteria for 'Definition of Done' (Delivery)(weight: 50%, Id:"
                    + " 2503050)"))
        .containsExactly("2503050");
  }

  @Test
  void severalParentsAreReadInTheirOrder() {
    assertThat(
            VivaGoalsRows.parents(
                "SP1: Lead with AI(weight: 0%, Id: 2295706) / MWB: Grow(weight: 14.29%, Id: 17)"))
        .containsExactly("2295706", "17");
  }

  @Test
  void aCellWithoutWeightAndIdNamesNoParent() {
    assertThat(VivaGoalsRows.parents("Delight new customers")).isEmpty();
    assertThat(VivaGoalsRows.parents(null)).isEmpty();
  }

  @Test
  void renamedObjectsAreKnownByMicrosoftsListOfWords() {
    assertThat(VivaGoalsRows.Kind.of("Big rock")).isEqualTo(VivaGoalsRows.Kind.OBJECTIVE);
    assertThat(VivaGoalsRows.Kind.of("Key result")).isEqualTo(VivaGoalsRows.Kind.KEY_RESULT);
    assertThat(VivaGoalsRows.Kind.of("Metric")).isEqualTo(VivaGoalsRows.Kind.KEY_RESULT);
    assertThat(VivaGoalsRows.Kind.of("To Do")).isEqualTo(VivaGoalsRows.Kind.INITIATIVE);
    assertThat(VivaGoalsRows.Kind.of("Deliverable")).isEqualTo(VivaGoalsRows.Kind.INITIATIVE);
    assertThat(VivaGoalsRows.Kind.of("Outcome")).isEqualTo(VivaGoalsRows.Kind.EITHER);
    assertThat(VivaGoalsRows.Kind.of("OKR")).isEqualTo(VivaGoalsRows.Kind.EITHER);
    assertThat(VivaGoalsRows.Kind.of("Task")).isEqualTo(VivaGoalsRows.Kind.UNKNOWN);
  }
}
