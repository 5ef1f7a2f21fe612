package okr.model;

/**
 * How much a diagnostic matters. A {@code HINT} is advice about wording ("a number in an
 * objective", "an output, not an outcome"): shown, never counted as a warning, and never made an
 * error by {@code --strict}, since the source material itself writes OKRs that draw it.
 */
public enum Severity {
  ERROR,
  WARNING,
  HINT;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
