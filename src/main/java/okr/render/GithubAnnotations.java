package okr.render;

import java.util.List;
import okr.model.Diagnostic;

/**
 * GitHub Actions workflow commands, one per diagnostic, so each problem is annotated at its line in
 * the pull request: {@code ::error file=F,line=L,col=C,title=RULE::MESSAGE}.
 */
public final class GithubAnnotations {

  private GithubAnnotations() {}

  public static String render(List<Diagnostic> diagnostics, PathDisplay paths) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append("::")
          .append(
              switch (d.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case HINT -> "notice";
              })
          .append(' ');
      out.append("file=").append(property(paths.showRaw(d.span().file())));
      if (d.span().hasPosition()) {
        out.append(",line=").append(d.span().line()).append(",col=").append(d.span().column());
      }
      out.append(",title=").append(property("okr " + d.rule()));
      // The Actions log is a terminal of sorts (it renders escape sequences): text from files
      // and from git (an author's name) is sanitized as for any terminal, then escaped.
      out.append("::")
          .append(
              data(
                  TerminalText.sanitize(d.message())
                      + "\nhelp: "
                      + TerminalText.sanitize(d.help())))
          .append('\n');
    }
    return out.toString();
  }

  /** Escaping of a command's message, as the Actions runner reads it. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escaping of a command's property values, where ':' and ',' are separators. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
