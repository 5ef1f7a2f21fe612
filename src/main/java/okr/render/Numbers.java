package okr.render;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as people write them in goal files: 4,230 and 99.9, never 4230.0. */
public final class Numbers {

  private Numbers() {}

  public static String format(Double value) {
    if (value == null) {
      return "–";
    }
    DecimalFormat format =
        new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    String text = format.format(value);
    return text.equals("-0") ? "0" : text;
  }

  /** A value with its unit: "58 points", "4.3 %", "12 h"; currency-like units stay tight. */
  public static String withUnit(Double value, String unit) {
    String number = format(value);
    if (unit == null || unit.isBlank()) {
      return number;
    }
    return number + " " + TerminalText.sanitize(unit);
  }

  /** A 0..1 score on Google's scale: 0.43. */
  public static String score(Double score) {
    return score == null ? "–" : String.format(Locale.ROOT, "%.2f", score);
  }

  /** A progress as a percentage: 40%, 125% beyond target, -10% when going backwards. */
  public static String percent(Double progress) {
    return progress == null ? "–" : Math.round(progress * 100) + "%";
  }
}
