package okr.store;

/**
 * The shapes settings.yaml's values must have, read by hand: settings are read by every command,
 * and a regex there compiles patterns and links lambdas on every view (bench/README.md, issue #18).
 * SettingsShapesTest compares each with the regex it replaced.
 */
final class SettingsShapes {
  private SettingsShapes() {}

  /** One to four ASCII digits: the regex {@code \d{1,4}}. */
  static boolean isSmallNumber(String s) {
    if (s.isEmpty() || s.length() > 4) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Something, an at sign and something, neither with an at sign or whitespace: the regex {@code
   * [^@\s]+@[^@\s]+}, where {@code \s} is {@code [ \t\n\x0B\f\r]}. Every char of a surrogate pair
   * is neither, as the code point is.
   */
  static boolean isEmail(String s) {
    int at = s.indexOf('@');
    if (at <= 0 || at == s.length() - 1 || s.indexOf('@', at + 1) >= 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (isRegexSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A GitHub handle or team: the regex {@code @[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9._-]+)?}. */
  static boolean isHandle(String s) {
    if (s.length() < 2 || s.charAt(0) != '@' || !isAlphanumeric(s.charAt(1))) {
      return false;
    }
    int slash = s.indexOf('/');
    if (slash == s.length() - 1) {
      return false;
    }
    for (int i = 2; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(isNameChar(c) || (c == '/' && i == slash))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAlphanumeric(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isNameChar(char c) {
    return isAlphanumeric(c) || c == '.' || c == '_' || c == '-';
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
