package okr.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpansTest {

  private static final Path FILE = Path.of("checkins/2026-11/ana.yaml");

  private static SourceSpan at(int line, int column) {
    return new SourceSpan(FILE, line, column);
  }

  private static Spans entry() {
    Map<String, SourceSpan> keys = new LinkedHashMap<>();
    keys.put("at", at(3, 12));
    keys.put("leads", at(3, 40));
    keys.put("leads[0]", at(3, 41));
    keys.put("leads[1]", at(3, 46));
    return new Spans(at(3, 3), keys);
  }

  @Test
  void eachKeyAtItsOwnPlaceAndAnyOtherAtTheEntity() {
    Spans spans = entry();
    assertThat(spans.self()).isEqualTo(at(3, 3));
    assertThat(spans.at("at")).isEqualTo(at(3, 12));
    assertThat(spans.has("at")).isTrue();
    assertThat(spans.at("by")).isEqualTo(at(3, 3));
    assertThat(spans.has("by")).isFalse();
  }

  @Test
  void listItemsAtTheirOwnPlacesAndASingleValueIsItsOwnItemZero() {
    Spans spans = entry();
    assertThat(spans.item("leads", 1)).isEqualTo(at(3, 46));
    assertThat(spans.item("leads", 7)).isEqualTo(at(3, 40));
    assertThat(spans.item("at", 0)).isEqualTo(at(3, 12));
    assertThat(spans.item("by", 0)).isEqualTo(at(3, 3));
  }

  @Test
  void equalWhenTheSamePlacesWhateverTheOrderTheKeysCameIn() {
    Map<String, SourceSpan> reversed = new LinkedHashMap<>();
    reversed.put("leads[1]", at(3, 46));
    reversed.put("leads[0]", at(3, 41));
    reversed.put("leads", at(3, 40));
    reversed.put("at", at(3, 12));
    assertThat(new Spans(at(3, 3), reversed)).isEqualTo(entry()).hasSameHashCodeAs(entry());
    assertThat(new Spans(at(4, 3), reversed)).isNotEqualTo(entry());
    assertThat(entry().keys()).containsEntry("leads[1]", at(3, 46)).hasSize(4);
  }

  @Test
  void anEntityNeverWrittenHasNoPlacesAndKeysMustBeInTheEntitysFile() {
    assertThat(Spans.of(null).at("title")).isNull();
    assertThatThrownBy(() -> new Spans(at(1, 1), Map.of("at", new SourceSpan(Path.of("x"), 1, 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
