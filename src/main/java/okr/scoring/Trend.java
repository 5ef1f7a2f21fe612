package okr.scoring;

import java.util.List;

/** Which way a series moved over its last few points. */
public enum Trend {
  UP,
  DOWN,
  FLAT;

  /** Compares the latest value with the one {@code lookBack} points earlier (or the first). */
  public static Trend of(List<? extends Number> series, int lookBack) {
    if (series.size() < 2) {
      return FLAT;
    }
    double last = series.get(series.size() - 1).doubleValue();
    double earlier = series.get(Math.max(0, series.size() - 1 - lookBack)).doubleValue();
    if (last > earlier) {
      return UP;
    }
    return last < earlier ? DOWN : FLAT;
  }
}
