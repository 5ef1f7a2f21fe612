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
    Scoring scoring,
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
   * The grading bands of each objective type: a score from {@code green} up is green, from {@code
   * amber} up amber, else red. {@code green} is also the score that counts as success.
   */
  public record Scoring(Limits aspirational, Limits committed) {

    /** Google's bands for aspirational OKRs; a committed one is expected to be met in full. */
    public static Scoring defaults() {
      return new Scoring(new Limits(0.7, 0.4), new Limits(1.0, 0.7));
    }

    public Limits of(ObjectiveType type) {
      return type == ObjectiveType.COMMITTED ? committed : aspirational;
    }
  }

  /** The lowest green and the lowest amber score of one objective type. */
  public record Limits(double green, double amber) {}

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
        Scoring.defaults(),
        7,
        Lint.defaults(),
        List.of(),
        Map.of(),
        People.NONE,
        Spans.of(null));
  }

  public PeriodCalendar calendar() {
    return PeriodCalendar.of(fiscalYearStart, periods);
  }
}
