package okr.model;

import java.util.List;

/** A key performance indicator, measured over time in the journal. */
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
    Spans spans) {

  public Kpi {
    leads = List.copyOf(leads);
  }

  public String id() {
    return header.id();
  }
}
