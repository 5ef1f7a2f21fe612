package okr.model;

import java.util.Comparator;

/**
 * One problem found in the goal files: what rule, where, what is wrong and how to fix it.
 *
 * @param rule a stable kebab-case id, documented in the rule catalogue
 * @param message one line saying what is wrong
 * @param help one line saying how to fix it
 */
public record Diagnostic(
    Severity severity, String rule, SourceSpan span, String message, String help) {

  public static Diagnostic error(String rule, SourceSpan span, String message, String help) {
    return new Diagnostic(Severity.ERROR, rule, span, message, help);
  }

  public static Diagnostic warning(String rule, SourceSpan span, String message, String help) {
    return new Diagnostic(Severity.WARNING, rule, span, message, help);
  }

  public static Diagnostic hint(String rule, SourceSpan span, String message, String help) {
    return new Diagnostic(Severity.HINT, rule, span, message, help);
  }

  /** Sorted by file, then line and column, so output is stable and reads top to bottom. */
  public static final Comparator<Diagnostic> BY_PLACE =
      Comparator.<Diagnostic, String>comparing(d -> d.span().file().toString())
          .thenComparingInt(d -> d.span().line())
          .thenComparingInt(d -> d.span().column())
          .thenComparing(Diagnostic::rule);
}
