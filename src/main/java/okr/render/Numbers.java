package okr.render;

/** Numbers as people write them in goal files: 4,230 and 99.9, never 4230.0. */
public final class Numbers {

  private Numbers() {}

  public static String format(Double value) {
    if (value == null || value.isNaN()) {
      return "–";
    }
    if (value.isInfinite()) { // a sum of increments past the largest double
      return value > 0 ? "∞" : "-∞";
    }
    // By hand rather than with DecimalFormat, whose locale machinery costs a CLI tens of
    // milliseconds at start-up: round half-up to two decimals, group thousands with commas.
    return grouped(
        java.math.BigDecimal.valueOf(value)
            .setScale(2, java.math.RoundingMode.HALF_UP)
            .stripTrailingZeros());
  }

  /**
   * A number a verdict compares against (a threshold, a health edge) with every digit it was
   * written with: 99.995, not 100. Rounded like {@link #format}, an edge of 99.995 read "100" and a
   * value of 99.98 was shown "below 100" when the check compared it with 99.995.
   */
  public static String exact(Double value) {
    if (value == null || !Double.isFinite(value)) {
      return format(value);
    }
    return grouped(java.math.BigDecimal.valueOf(value).stripTrailingZeros());
  }

  /** A decimal with its thousands grouped by commas: 4,230.5. */
  private static String grouped(java.math.BigDecimal rounded) {
    String plain = rounded.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(whole.charAt(i));
    }
    String text = grouped + (dot < 0 ? "" : plain.substring(dot));
    return rounded.signum() < 0 ? "-" + text : text;
  }

  /**
   * A computed value (the value on pace today) as precise as the numbers it was computed from: as
   * many decimals as the most precise of {@code like}, one more when they are less than ten apart,
   * so 3,992.6 between 2,800 and 4,230 reads 3,993 and 9.17 between 11 and 9 reads 9.2.
   */
  public static String formatLike(double value, Double a, Double b) {
    if (!Double.isFinite(value)) {
      return format(value);
    }
    int decimals = Math.max(decimals(a), decimals(b));
    if (a != null && b != null && Math.abs(b - a) < 10) {
      decimals++;
    }
    return format(
        java.math.BigDecimal.valueOf(value)
            .setScale(Math.min(decimals, 2), java.math.RoundingMode.HALF_UP)
            .doubleValue());
  }

  private static int decimals(Double value) {
    if (value == null || !Double.isFinite(value)) {
      return 0;
    }
    return Math.max(0, java.math.BigDecimal.valueOf(value).stripTrailingZeros().scale());
  }

  /** A value with its unit: "58 points", "4.3 %", "12 h"; currency-like units stay tight. */
  public static String withUnit(Double value, String unit) {
    return unitAfter(format(value), unit);
  }

  /** A value a verdict is about, with every digit it was written with, and its unit. */
  public static String exactWithUnit(Double value, String unit) {
    return unitAfter(exact(value), unit);
  }

  private static String unitAfter(String number, String unit) {
    if (unit == null || unit.isBlank()) {
      return number;
    }
    return number + " " + TerminalText.sanitize(unit);
  }

  /** A 0..1 score on Google's scale: 0.43. */
  public static String score(Double score) {
    if (score == null || !Double.isFinite(score)) {
      return "–";
    }
    // As String.format(Locale.ROOT, "%.2f", score) writes it (half-up on the shortest decimal of
    // the double, a minus on anything below zero, -0.0 included), without java.util.Formatter,
    // whose first use sets up the locale providers: about 15 ms of every view at start-up.
    String digits =
        java.math.BigDecimal.valueOf(Math.abs(score))
            .setScale(2, java.math.RoundingMode.HALF_UP)
            .toPlainString();
    return Double.compare(score, 0.0) < 0 ? "-" + digits : digits;
  }

  /** A band's edge as people write it: 0.7, 1.0, 0.75. */
  public static String edge(double score) {
    return dropLastZero(score(score));
  }

  /**
   * The regex replacement {@code replaceFirst("(\\.\\d)0$", "$1")} by hand, for text with no line
   * terminator (what {@link #score} makes): no pattern compiled on every view (issue #18).
   */
  static String dropLastZero(String s) {
    int n = s.length();
    boolean oneDigitThenZero =
        n >= 3
            && s.charAt(n - 1) == '0'
            && s.charAt(n - 2) >= '0'
            && s.charAt(n - 2) <= '9'
            && s.charAt(n - 3) == '.';
    return oneDigitThenZero ? s.substring(0, n - 1) : s;
  }

  /** Percentages beyond this many are shown as "more than" it: a bar of digits says nothing. */
  static final long MAX_PERCENT = 999;

  /**
   * A progress as a percentage: 40%, 125% beyond target, -10% when going backwards; past a million
   * percent either way ">999,999%" or "<-999,999%" (a value of 1e308 against a target of 10 once
   * showed "-9223372036854775808%", Math.round's overflow), and "–" when there is no number at all.
   */
  public static String percent(Double progress) {
    if (progress == null || progress.isNaN()) {
      return "–";
    }
    double percent = progress * 100;
    if (percent >= MAX_PERCENT + 0.5) {
      return ">" + format((double) MAX_PERCENT) + "%";
    }
    if (percent <= -MAX_PERCENT - 0.5) {
      return "<-" + format((double) MAX_PERCENT) + "%";
    }
    return format((double) Math.round(percent)) + "%";
  }

  /**
   * How far a score moved, as the difference of the two scores as shown, so that "0.40 → 0.55
   * (+0.15)" always adds up: +0.15, -0.05, ±0.00; null when either score is missing.
   */
  public static String scoreChange(Double before, Double after) {
    if (before == null || after == null) {
      return null;
    }
    java.math.BigDecimal change =
        new java.math.BigDecimal(score(after)).subtract(new java.math.BigDecimal(score(before)));
    return switch (change.signum()) {
      case 0 -> "±0.00";
      case 1 -> "+" + change.toPlainString();
      default -> change.toPlainString();
    };
  }
}
