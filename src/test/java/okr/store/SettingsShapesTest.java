package okr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import okr.RandomStrings;
import org.junit.jupiter.api.Test;

/** settings.yaml's shapes, read by hand, against the regexes they were read with before. */
class SettingsShapesTest {

  @Test
  void smallNumbersAreWhatTheRegexTook() {
    takesWhatTheRegexTook(
        SettingsShapes::isSmallNumber,
        "\\d{1,4}",
        cases("0123456789", 6, "", "0", "1234", "12345", "\u0661", "1 ", "+1"));
  }

  @Test
  void emailsAreWhatTheRegexTook() {
    takesWhatTheRegexTook(
        SettingsShapes::isEmail,
        "[^@\\s]+@[^@\\s]+",
        cases(
            "ab@.c @",
            12,
            "a@b",
            "@b",
            "a@",
            "a@@b",
            "a@b@c",
            "a b@c",
            "a@b\u00A0c",
            "a\u000B@b",
            "\uD83D\uDE00@\uDE00",
            "ana@example.com"));
  }

  @Test
  void handlesAreWhatTheRegexTook() {
    takesWhatTheRegexTook(
        SettingsShapes::isHandle,
        "@[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9._-]+)?",
        cases(
            "@aZ9._-/",
            12,
            "@",
            "@a",
            "@-a",
            "@a/",
            "@a/b",
            "@a//b",
            "@a/b/c",
            "@/a",
            "@acme/platform-team",
            "a@b",
            "@\u00E9"));
  }

  private static void takesWhatTheRegexTook(
      Predicate<String> byHand, String regex, List<String> cases) {
    for (String s : cases) {
      assertThat(byHand.test(s)).as(s).isEqualTo(s.matches(regex));
    }
  }

  private static List<String> cases(String alphabet, int maxLength, String... edges) {
    List<String> cases = new ArrayList<>(List.of(edges));
    Random random = new Random(18);
    for (int i = 0; i < 100_000; i++) {
      cases.add(RandomStrings.of(random, alphabet, maxLength));
    }
    return cases;
  }
}
