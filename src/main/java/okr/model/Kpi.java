package okr.model;

import java.util.List;

/**
 * A key performance indicator, measured over time in the journal. {@code min}/{@code max} bound the
 * values a measurement may have; null when not written. {@code targets} are targets by period
 * (phased targets), in the order written; {@code target} holds where none of them does. {@code
 * source} is where {@code okr pull} measures it, or null.
 */
public record Kpi(
    Header header,
    String unit,
    Indicator indicator,
    Better better,
    Double target,
    Thresholds thresholds,
    Frequency frequency,
    boolean health,
    List<String> leads,
    Double min,
    Double max,
    List<PhasedTarget> targets,
    Spans spans,
    KpiSource source) {

  public Kpi {
    leads = List.copyOf(leads);
    targets = targets == null ? List.of() : List.copyOf(targets);
  }

  /** A KPI with a single target, measured by hand, as okr writes new ones. */
  public Kpi(
      Header header,
      String unit,
      Indicator indicator,
      Better better,
      Double target,
      Thresholds thresholds,
      Frequency frequency,
      boolean health,
      List<String> leads,
      Double min,
      Double max,
      Spans spans) {
    this(
        header,
        unit,
        indicator,
        better,
        target,
        thresholds,
        frequency,
        health,
        leads,
        min,
        max,
        List.of(),
        spans,
        null);
  }

  public String id() {
    return header.id();
  }
}
