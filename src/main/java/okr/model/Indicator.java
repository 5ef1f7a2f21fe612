package okr.model;

/**
 * Leading KPIs predict outcomes; lagging KPIs report them. A KPI in the middle of a chain (quotes
 * lead MQLs, which lead meetings, which lead revenue) is {@code BOTH}: it reports what the one
 * before it predicted and predicts the one after it.
 */
public enum Indicator {
  LEADING,
  LAGGING,
  BOTH;

  /** Whether a KPI of this kind may be led by another: it reports an outcome. */
  public boolean reports() {
    return this == LAGGING || this == BOTH;
  }

  /** Whether a KPI of this kind predicts another. */
  public boolean predicts() {
    return this == LEADING || this == BOTH;
  }
}
