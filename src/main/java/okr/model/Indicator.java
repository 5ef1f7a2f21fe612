package okr.model;

/** Leading KPIs predict outcomes; lagging KPIs report them. */
public enum Indicator {
  LEADING,
  LAGGING
}
