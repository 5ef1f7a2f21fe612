package okr.model;

import java.util.Optional;

/**
 * A {@code min:} or {@code max:} a value broke, with the place it was written: the values a key
 * result or KPI can take at all (a percentage between 0 and 100, a count at least 0).
 *
 * @param key {@code min} or {@code max}
 * @param limit the bound's value
 * @param span where the bound is written
 */
public record Bound(String key, double limit, SourceSpan span) {

  /** The bound {@code value} breaks, if any: below {@code min} or above {@code max}. */
  public static Optional<Bound> brokenBy(Double min, Double max, Spans spans, double value) {
    if (min != null && value < min) {
      return Optional.of(new Bound("min", min, spans.at("min")));
    }
    if (max != null && value > max) {
      return Optional.of(new Bound("max", max, spans.at("max")));
    }
    return Optional.empty();
  }

  public static Optional<Bound> brokenBy(KeyResult kr, double value) {
    return brokenBy(kr.min(), kr.max(), kr.spans(), value);
  }

  public static Optional<Bound> brokenBy(Kpi kpi, double value) {
    return brokenBy(kpi.min(), kpi.max(), kpi.spans(), value);
  }

  /** "below `min: 0`", "above `max: 100`". */
  public String describe() {
    return (key.equals("min") ? "below `min: " : "above `max: ") + plain(limit) + "`";
  }

  public static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }
}
