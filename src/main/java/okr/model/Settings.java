package okr.model;

import java.util.List;
import java.util.Map;

/** The workspace settings from okr.yaml; every key is optional. */
public record Settings(
    String name,
    String me,
    int fiscalYearStart,
    String confidenceScale,
    double greenAt,
    double amberAt,
    int checkinEveryDays,
    Lint lint,
    List<String> ignore,
    Map<String, NamedPeriod> periods,
    Spans spans) {

  public Settings {
    ignore = List.copyOf(ignore);
    periods = Map.copyOf(periods);
  }

  /** Rule settings: limits used by quality rules and per-rule severities. */
  public record Lint(
      int maxObjectives,
      int minKeyResults,
      int maxKeyResults,
      int maxKpis,
      Map<String, String> rules) {
    public Lint {
      rules = Map.copyOf(rules);
    }

    public static Lint defaults() {
      return new Lint(5, 2, 5, 10, Map.of());
    }
  }

  public static Settings defaults() {
    return new Settings(
        null, null, 1, "0-10", 0.7, 0.4, 7, Lint.defaults(), List.of(), Map.of(), Spans.of(null));
  }

  public PeriodCalendar calendar() {
    return new PeriodCalendar(fiscalYearStart, periods);
  }
}
