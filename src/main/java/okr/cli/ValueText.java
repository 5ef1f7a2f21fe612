package okr.cli;

import java.util.Locale;
import java.util.Set;
import okr.model.Decimal;

/** Reads a value typed by a person: a plain decimal number, or done / not done. */
final class ValueText {

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

  /**
   * An initiative's progress: a percentage from 0 to 100, or done (yes, true), which is 100; never
   * true/false, so the journal holds one kind of value for initiatives.
   */
  static Parsed percent(String text) {
    if (YES.contains(text.strip().toLowerCase(Locale.ROOT))) {
      return new Parsed(100.0, null, null);
    }
    Parsed parsed = number(text);
    if (parsed.number() != null && (parsed.number() < 0 || parsed.number() > 100)) {
      return new Parsed(
          null,
          null,
          "`" + text + "` is not a percentage; an initiative's progress is 0 to 100 (or done)");
    }
    return parsed;
  }

  static Parsed number(String text) {
    Decimal.Reading reading = Decimal.read(text);
    if (reading.ok()) {
      return new Parsed(reading.value(), null, null);
    }
    String fix =
        reading.plain() != null
            ? "write `" + reading.plain() + "`"
            : switch (reading.problem()) {
              case TOO_MANY_DIGITS -> "write at most " + Decimal.MAX_DIGITS + " digits";
              case TOO_LARGE, TOO_SMALL, NOT_FINITE -> "write a finite number";
              default -> "write it in plain digits, e.g. 2800 or 4.5";
            };
    return new Parsed(null, null, "`" + text + "` " + reading.problem().phrase() + "; " + fix);
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
