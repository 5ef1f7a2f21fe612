package okr.model;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one grammar for a number okr reads, wherever it comes from: a goal file, a journal, a flag, a
 * prompt or an imported CSV row. A plain decimal ({@code 70}, {@code -1.5}, {@code .5}, {@code
 * 2e3}) in ASCII digits, whatever the locale; other notations ({@code 0x1F}, {@code 012}, {@code
 * 1_000}, {@code 1,200}) are refused with the plain decimal to write instead, never reinterpreted.
 * One set of limits: at most {@link #MAX_DIGITS} digits, and a value a double holds without turning
 * into infinity or zero.
 */
public final class Decimal {

  /** More digits than a double keeps are a mistake (a pasted id, a runaway cell), not a value. */
  public static final int MAX_DIGITS = 40;

  /**
   * The grammar's patterns, compiled on first use rather than with this class: the numbers a view
   * reads are nearly all read by hand ({@link #wholeNumber}, {@link #shortFraction}), and a first
   * regex sets up the pattern compiler and its lambdas cold.
   */
  private static final class Grammar {
    static final Pattern PLAIN =
        Pattern.compile("[-+]?(0|[1-9][0-9]*)?(\\.[0-9]*)?([eE][-+]?[0-9]+)?");

    static final Pattern NOT_FINITE = Pattern.compile("[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)");

    /** Text a person meant as a number, in a notation okr does not read. */
    static final Pattern NUMBER_LIKE =
        Pattern.compile(
            "[-+]?(0[xXoObB][0-9a-fA-F_]+|[0-9][0-9_,]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?"
                + "|\\.[0-9][0-9_]*([eE][-+]?[0-9]+)?)");
  }

  /** Why a text is not a number okr reads; each says it in a phrase after the quoted text. */
  public enum Problem {
    NOT_A_NUMBER("is not a number"),
    OTHER_NOTATION("is not written as a plain decimal number"),
    NOT_FINITE("is not a finite number"),
    TOO_MANY_DIGITS("has more than " + MAX_DIGITS + " digits"),
    TOO_LARGE("is too large to be a number"),
    TOO_SMALL("is too close to zero to be a number");

    private final String phrase;

    Problem(String phrase) {
      this.phrase = phrase;
    }

    /** E.g. "is too large to be a number", to follow the quoted text. */
    public String phrase() {
      return phrase;
    }
  }

  /**
   * What a text reads as: a value, or a problem and, for another notation, the plain decimal it
   * means (null when there is none to offer).
   */
  public record Reading(Double value, Problem problem, String plain) {
    public boolean ok() {
      return problem == null;
    }
  }

  private Decimal() {}

  /** Reads {@code text} (surrounding white space ignored) by the one grammar. */
  public static Reading read(String text) {
    String t = text.strip();
    Reading whole = wholeNumber(t);
    if (whole != null) {
      return whole;
    }
    Reading fraction = shortFraction(t);
    if (fraction != null) {
      return fraction;
    }
    if (Grammar.NOT_FINITE.matcher(t).matches()) {
      return problem(Problem.NOT_FINITE, null);
    }
    if (!t.isEmpty() && Grammar.PLAIN.matcher(t).matches() && hasMantissaDigit(t)) {
      return plain(t);
    }
    if (Grammar.NUMBER_LIKE.matcher(t).matches()) {
      return problem(Problem.OTHER_NOTATION, plainOf(t));
    }
    return problem(Problem.NOT_A_NUMBER, null);
  }

  /**
   * The commonest number by far, a short whole one ({@code 150}, {@code -3}), read without the
   * patterns and BigDecimal: the same value the full grammar gives. Null for anything else.
   */
  private static Reading wholeNumber(String t) {
    int start = t.startsWith("-") ? 1 : 0;
    int length = t.length() - start;
    if (length == 1 && t.charAt(start) == '0') {
      // Zero (a count, a baseline), whatever its sign, as plain reads it.
      return new Reading(0.0, null, null);
    }
    // 15 digits stay exact in a double; a leading zero is another notation.
    if (length < 1 || length > 15 || t.charAt(start) == '0') {
      return null;
    }
    for (int i = start; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    return new Reading((double) Long.parseLong(t), null, null);
  }

  /**
   * The next commonest, a short number with a fraction ({@code 0.7}, {@code -1.5}, {@code 99.41},
   * {@code .5}), read without the patterns, streams and BigDecimal that {@link #plain} goes
   * through, each costly the first time a command uses it: the same value {@link #plain} gives, as
   * a correctly rounded {@code Double.parseDouble} is what {@code new BigDecimal(t).doubleValue()}
   * returns too. Null for anything else (an exponent, a plus sign, more than 15 digits, a leading
   * zero before other digits).
   */
  private static Reading shortFraction(String t) {
    int start = t.startsWith("-") ? 1 : 0;
    int point = t.indexOf('.', start);
    if (point < 0) {
      return null;
    }
    // Before the point: nothing, "0", or digits that do not start with 0 (012.5 is another
    // notation).
    if (point - start > 1 && t.charAt(start) == '0') {
      return null;
    }
    int digits = 0;
    boolean nonZero = false;
    for (int i = start; i < t.length(); i++) {
      char c = t.charAt(i);
      if (i == point) {
        continue;
      }
      if (c < '0' || c > '9') {
        return null;
      }
      digits++;
      nonZero |= c != '0';
    }
    if (digits == 0 || digits > 15) {
      return null;
    }
    // Zero, whatever its sign, reads as 0.0, as in plain.
    return new Reading(nonZero ? Double.parseDouble(t) : 0.0, null, null);
  }

  private static Reading plain(String t) {
    int e = Math.max(t.indexOf('e'), t.indexOf('E'));
    String mantissa = e < 0 ? t : t.substring(0, e);
    long digits = mantissa.chars().filter(c -> c >= '0' && c <= '9').count();
    if (digits > MAX_DIGITS) {
      return problem(Problem.TOO_MANY_DIGITS, null);
    }
    String exponent = e < 0 ? "0" : t.substring(e + 1).replace("+", "");
    String magnitude = exponent.replace("-", "").replaceFirst("^0+(?=.)", "");
    boolean zero = mantissa.chars().noneMatch(c -> c >= '1' && c <= '9');
    if (zero) {
      return new Reading(0.0, null, null);
    }
    if (magnitude.length() > 6) {
      // A BigDecimal's scale is an int; such an exponent is out of a double's range anyway.
      return problem(exponent.startsWith("-") ? Problem.TOO_SMALL : Problem.TOO_LARGE, null);
    }
    double value = new BigDecimal(t).doubleValue();
    if (Double.isInfinite(value)) {
      return problem(Problem.TOO_LARGE, null);
    }
    if (value == 0) {
      return problem(Problem.TOO_SMALL, null);
    }
    return new Reading(value, null, null);
  }

  private static boolean hasMantissaDigit(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == 'e' || c == 'E') {
        return false;
      }
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static Reading problem(Problem problem, String plain) {
    return new Reading(null, problem, plain);
  }

  /** The plain decimal another notation means, or null when it means none okr can write. */
  private static String plainOf(String text) {
    try {
      String unsigned = text.replaceFirst("^[-+]", "");
      String sign = text.startsWith("-") ? "-" : "";
      if (unsigned.matches("0[xX][0-9a-fA-F]{1,15}")) {
        return sign + Long.parseLong(unsigned.substring(2), 16);
      }
      if (unsigned.matches("0[oO][0-7]{1,20}")) {
        return sign + Long.parseLong(unsigned.substring(2), 8);
      }
      if (unsigned.matches("0[bB][01]{1,62}")) {
        return sign + Long.parseLong(unsigned.substring(2), 2);
      }
      String digits = unsigned.replaceAll("[_,]", "");
      if (digits.length() > MAX_DIGITS + 2 || digits.matches(".*[xXoObB].*")) {
        return null;
      }
      String plain = new BigDecimal(digits).stripTrailingZeros().toPlainString();
      return plain.length() > MAX_DIGITS + 2 ? null : sign + plain;
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }
}
