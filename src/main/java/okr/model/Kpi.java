package okr.model;

import java.util.List;

/**
 * A key performance indicator, measured over time in the journal. {@code min}/{@code max} bound the
 * values a measurement may have; null when not written.
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
    Spans spans) {

  public Kpi {
    leads = List.copyOf(leads);
  }

  public String id() {
    return header.id();
  }
}
