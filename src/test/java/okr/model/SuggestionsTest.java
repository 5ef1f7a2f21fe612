package okr.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  @Test
  void suggestsTheClosestNearMiss() {
    assertThat(Suggestions.closest("key_result", List.of("key_results", "kind", "title")))
        .contains("key_results");
    assertThat(Suggestions.closest("grwo/nps", List.of("grow/nps", "grow/churn")))
        .contains("grow/nps");
  }

  @Test
  void saysNothingWhenNothingIsClose() {
    assertThat(Suggestions.closest("budget", List.of("kind", "title"))).isEmpty();
    assertThat(Suggestions.closest("x", List.of())).isEmpty();
  }

  @Test
  void distanceCountsEdits() {
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("same", "same")).isZero();
  }
}
