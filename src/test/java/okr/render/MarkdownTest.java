package okr.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import okr.RandomStrings;
import org.junit.jupiter.api.Test;

class MarkdownTest {

  @Test
  void aListNumberIsWhatTheRegexTook() {
    List<String> cases =
        new ArrayList<>(List.of("", "1", "123456789", "1234567890", "1a", "\u0661", "12 "));
    Random random = new Random(18);
    for (int i = 0; i < 100_000; i++) {
      cases.add(RandomStrings.of(random, "0123456789.)", 12));
    }
    for (String s : cases) {
      for (int end = 0; end <= s.length(); end++) {
        assertThat(Markdown.oneToNineDigits(s, end))
            .as(s + " to " + end)
            .isEqualTo(s.substring(0, end).matches("\\d{1,9}"));
      }
    }
  }
}
