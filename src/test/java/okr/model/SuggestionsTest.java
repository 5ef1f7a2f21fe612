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
  void aTieIsBrokenTheSameWayWhateverOrderTheCandidatesComeIn() {
    // `kp` is one edit from both `kpi` and `kr`: a set of keys iterates in a different order on
    // each run, and the hint must not change with it.
    assertThat(Suggestions.closest("kp", List.of("kr", "kpi", "kind"))).contains("kpi");
    assertThat(Suggestions.closest("kp", List.of("kind", "kpi", "kr"))).contains("kpi");
    for (int run = 0; run < 50; run++) {
      java.util.List<String> shuffled =
          new java.util.ArrayList<>(List.of("sprint-1", "sprint-2", "sprint-4", "kind"));
      java.util.Collections.shuffle(shuffled);
      assertThat(Suggestions.closest("sprint-3", shuffled)).contains("sprint-1");
    }
  }

  @Test
  void distanceCountsEdits() {
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("same", "same")).isZero();
  }
}
