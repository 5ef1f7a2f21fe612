package okr.render;

import java.util.List;

/** The CODEOWNERS block: one line per goal file, its path from the repository's top and owner. */
public final class CodeownersText {

  /** A goal file (path from the repository's top, with /) and its owner's handle. */
  public record Owned(String path, String handle) {}

  private CodeownersText() {}

  public static String block(String begin, String end, List<Owned> lines) {
    StringBuilder out = new StringBuilder(begin).append('\n');
    out.append("# Only an objective's owner approves changes to its targets.")
        .append(" Edit okr.yaml people: instead.\n");
    for (Owned o : lines) {
      out.append(pattern(o.path())).append(' ').append(o.handle()).append('\n');
    }
    return out.append(end).append('\n').toString();
  }

  /**
   * An exact path as a CODEOWNERS pattern: anchored at the top with a leading slash; a space, a
   * {@code #} and the glob characters escaped with a backslash, so a file named {@code [a].yaml} or
   * {@code q3 goals.yaml} names itself and nothing else.
   */
  static String pattern(String path) {
    StringBuilder out = new StringBuilder("/");
    for (char c : path.toCharArray()) {
      if (c == ' ' || c == '#' || c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
