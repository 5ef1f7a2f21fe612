package okr.cli;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a value typed by a person: a plain decimal number, or done / not done. */
final class ValueText {

  private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Set<String> YES = Set.of("yes", "y", "true", "done");
  private static final Set<String> NO = Set.of("no", "n", "false", "not done", "open");

  /** A value: exactly one of number or done is set; problem is set when it could not be read. */
  record Parsed(Double number, Boolean done, String problem) {}

  private ValueText() {}

  static Parsed milestone(String text) {
    String word = text.strip().toLowerCase(Locale.ROOT);
    if (YES.contains(word)) {
      return new Parsed(null, true, null);
    }
    if (NO.contains(word)) {
      return new Parsed(null, false, null);
    }
    return new Parsed(
        null, null, "`" + text + "` is not yes or no; this key result is a milestone");
  }

  static Parsed number(String text) {
    String trimmed = text.strip();
    if (!DECIMAL.matcher(trimmed).matches()) {
      return new Parsed(
          null, null, "`" + text + "` is not a number; write it in plain digits, e.g. 2800 or 4.5");
    }
    double value = Double.parseDouble(trimmed);
    if (!Double.isFinite(value)) {
      return new Parsed(null, null, "`" + text + "` is too large");
    }
    return new Parsed(value, null, null);
  }

  /** A plain decimal number as options take it, or null. */
  static Double plainNumber(String text) {
    return number(text).number();
  }

  static Integer confidence(String text) {
    String trimmed = text.strip();
    if (!trimmed.matches("\\d{1,2}")) {
      return null;
    }
    int value = Integer.parseInt(trimmed);
    return value <= 10 ? value : null;
  }
}
