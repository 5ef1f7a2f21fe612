package okr.render;

import org.jline.utils.WCWidth;

/**
 * Fitting text into terminal columns: display width, cutting with an ellipsis, padding. Colour
 * codes added by {@link Style} take no columns; user text never holds any, as it has been through
 * {@link TerminalText#sanitize} before it gets here.
 */
public final class Text {

  private static final String RESET = "\u001B[0m";

  private Text() {}

  /** Columns a string takes on a terminal: wide (CJK, emoji) characters count two. */
  public static int width(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int end = colourCodeEnd(s, i);
      if (end > i) {
        i = end;
        continue;
      }
      int cp = s.codePointAt(i);
      width += Math.max(0, WCWidth.wcwidth(cp));
      i += Character.charCount(cp);
    }
    return width;
  }

  /** Where an SGR colour code starting at {@code i} ends, or {@code i} if none starts there. */
  private static int colourCodeEnd(String s, int i) {
    if (s.charAt(i) != '\u001B' || i + 1 >= s.length() || s.charAt(i + 1) != '[') {
      return i;
    }
    int j = i + 2;
    while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == ';')) {
      j++;
    }
    return j < s.length() && s.charAt(j) == 'm' ? j + 1 : i;
  }

  /** Cuts {@code s} to at most {@code columns}, ending in "…" when something was cut. */
  public static String fit(String s, int columns) {
    if (width(s) <= columns) {
      return s;
    }
    if (columns <= 0) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    int used = 0;
    boolean coloured = false;
    for (int i = 0; i < s.length(); ) {
      int end = colourCodeEnd(s, i);
      if (end > i) {
        out.append(s, i, end);
        coloured = true;
        i = end;
        continue;
      }
      int cp = s.codePointAt(i);
      int w = Math.max(0, WCWidth.wcwidth(cp));
      if (used + w > columns - 1) {
        break;
      }
      out.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    out.append('…');
    return coloured ? out.append(RESET).toString() : out.toString();
  }

  /**
   * {@code s} broken into lines of at most {@code columns} at spaces, for sentences that must be
   * read whole; a word longer than a line is cut with {@link #fit}.
   */
  public static java.util.List<String> wrap(String s, int columns) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : s.split(" ")) {
      if (line.length() > 0 && width(line.toString()) + 1 + width(word) > columns) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    for (int i = 0; i < lines.size(); i++) {
      lines.set(i, fit(lines.get(i), columns));
    }
    return lines;
  }

  /** {@code s} fitted and padded with spaces to exactly {@code columns}. */
  public static String padRight(String s, int columns) {
    String fitted = fit(s, columns);
    return fitted + " ".repeat(Math.max(0, columns - width(fitted)));
  }

  public static String padLeft(String s, int columns) {
    String fitted = fit(s, columns);
    return " ".repeat(Math.max(0, columns - width(fitted))) + fitted;
  }
}
