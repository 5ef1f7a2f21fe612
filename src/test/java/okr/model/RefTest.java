package okr.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefTest {

  @Test
  void anObjectiveOrOneOfItsKeyResults() {
    assertThat(Ref.parse("maratona")).isEqualTo(new Ref("maratona", null));
    assertThat(Ref.parse("maratona").isKeyResult()).isFalse();
    assertThat(Ref.parse("maratona/climb")).isEqualTo(new Ref("maratona", "climb"));
    assertThat(Ref.parse("maratona/climb").isKeyResult()).isTrue();
    assertThat(Ref.parse("maratona/climb")).hasToString("maratona/climb");
  }

  @Test
  void onlyTheFirstSlashSplitsAndALeadingOneNamesNoKeyResult() {
    assertThat(Ref.parse("a/b/c")).isEqualTo(new Ref("a", "b/c"));
    assertThat(Ref.parse("/climb").isKeyResult()).isFalse();
    assertThat(Ref.parse("a/")).isEqualTo(new Ref("a", ""));
  }

  @Test
  void withinNamesTheObjectiveOrItsKeyResultsNotAnotherWithTheSamePrefix() {
    assertThat(Ref.within("company", "company")).isTrue();
    assertThat(Ref.within("company/nps", "company")).isTrue();
    assertThat(Ref.within("company-2", "company")).isFalse();
    assertThat(Ref.within("company-2/nps", "company")).isFalse();
    assertThat(Ref.objectivePart("company/nps")).isEqualTo("company");
    assertThat(Ref.objectivePart("company")).isEqualTo("company");
  }

  @Test
  void oneLevelDeepIsAnObjectiveAndOneKeyResultOrInitiative() {
    assertThat(Ref.parse("maratona/hill-rides").isOneLevelDeep()).isTrue();
    assertThat(Ref.parse("maratona").isOneLevelDeep()).isFalse();
    assertThat(Ref.parse("a/b/c").isOneLevelDeep()).isFalse();
    assertThat(Ref.parse("a/").isOneLevelDeep()).isFalse();
    assertThat(Ref.of("maratona", "hill-rides")).hasToString("maratona/hill-rides");
  }
}
