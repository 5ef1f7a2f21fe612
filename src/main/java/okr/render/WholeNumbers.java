package okr.render;

/**
 * Positive whole numbers as a command line or the environment writes them, read by hand: a regex
 * there compiles a pattern and links lambdas on every run that passes `--width 120` or runs in a
 * terminal (bench/README.md, issue #18). WholeNumbersTest compares it with the regex.
 */
public final class WholeNumbers {
  private WholeNumbers() {}

  /**
   * Whether {@code s} is {@code minDigits} to {@code maxDigits} ASCII digits, the first not 0: the
   * regex {@code [1-9][0-9]{minDigits-1,maxDigits-1}}.
   */
  public static boolean isPositive(String s, int minDigits, int maxDigits) {
    int n = s.length();
    if (n < minDigits || n > maxDigits || n == 0 || s.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
