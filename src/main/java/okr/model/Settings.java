package okr.model;

import java.util.List;
import java.util.Map;

/**
 * The workspace settings from okr.yaml; every key is optional. {@code me} is set only in the
 * personal workspace: in a shared okr.yaml it would name one person for everyone.
 */
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
    People people,
    Spans spans) {

  public Settings {
    ignore = List.copyOf(ignore);
    periods = Map.copyOf(periods);
  }

  /**
   * Rule settings: limits used by quality rules, the words that mark a key result as an activity,
   * and per-rule severities ({@code off}, {@code warning}, {@code error}) with the place each was
   * set.
   */
  public record Lint(
      int maxObjectives,
      int minKeyResults,
      int maxKeyResults,
      int maxKpis,
      List<String> activityVerbs,
      Map<String, String> rules,
      Map<String, SourceSpan> ruleSpans) {
    public Lint {
      activityVerbs = List.copyOf(activityVerbs);
      rules = Map.copyOf(rules);
      ruleSpans = Map.copyOf(ruleSpans);
    }

    /** The activity words of the source material: work described instead of its result. */
    public static final List<String> ACTIVITY_VERBS =
        List.of(
            "consult",
            "help",
            "participate",
            "analyze",
            "analyse",
            "support",
            "work on",
            "attend",
            "ensure",
            "assist");

    public static Lint defaults() {
      return new Lint(5, 2, 5, 10, ACTIVITY_VERBS, Map.of(), Map.of());
    }
  }

  public static Settings defaults() {
    return new Settings(
        null,
        null,
        1,
        "0-10",
        0.7,
        0.4,
        7,
        Lint.defaults(),
        List.of(),
        Map.of(),
        People.NONE,
        Spans.of(null));
  }

  public PeriodCalendar calendar() {
    return new PeriodCalendar(fiscalYearStart, periods);
  }
}
