package okr.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SlugsTest {

  @Test
  void anIdIsLowercaseAsciiLettersDigitsAndDashesNotStartingWithADash() {
    assertThat(Slugs.isId("maratona")).isTrue();
    assertThat(Slugs.isId("q4-2026")).isTrue();
    assertThat(Slugs.isId("7")).isTrue();
    assertThat(Slugs.isId("a-")).isTrue();
    assertThat(Slugs.isId("-a")).isFalse();
    assertThat(Slugs.isId("")).isFalse();
    assertThat(Slugs.isId(null)).isFalse();
    assertThat(Slugs.isId("Maratona")).isFalse();
    assertThat(Slugs.isId("a_b")).isFalse();
    assertThat(Slugs.isId("a/b")).isFalse();
    assertThat(Slugs.isId("café")).isFalse();
    assertThat(Slugs.isId("a\n")).isFalse();
  }

  /** The check written by hand says what the published grammar says, for every short text. */
  @Test
  void theCheckIsTheGrammar() {
    Pattern grammar = Pattern.compile(Slugs.GRAMMAR);
    // Around each edge of the allowed ranges, and characters that look like them elsewhere.
    char[] alphabet = {
      'a', 'z', 'm', '0', '9', '-', '`', '{', '/', ':', '@', 'A', 'Z', '_', ' ', '\n', '\u0660',
      '\uff10', 'é', 'ı', '\u2010'
    };
    List<String> texts = new ArrayList<>(List.of(""));
    for (int length = 1; length <= 3; length++) {
      List<String> longer = new ArrayList<>();
      for (String text : texts) {
        if (text.length() == length - 1) {
          for (char c : alphabet) {
            longer.add(text + c);
          }
        }
      }
      texts.addAll(longer);
    }
    for (String text : texts) {
      assertThat(Slugs.isId(text)).as("%s", text).isEqualTo(grammar.matcher(text).matches());
    }
  }
}
