package okr.cli;

import java.util.Locale;

/** A {@link Manual} as a man page in roff, for {@code man}. */
final class RoffManual {

  private RoffManual() {}

  static String render(Manual manual) {
    StringBuilder out = new StringBuilder();
    out.append(".TH ")
        .append(manual.name().toUpperCase(Locale.ROOT))
        .append(" 1 \"\" \"okr\" \"okr manual\"\n");
    // Ragged right and no hyphenation: the page reads as `okr help` prints it.
    out.append(".ad l\n.nh\n");
    for (Manual.Section section : manual.sections()) {
      out.append(".SH ").append(section.title()).append('\n');
      boolean first = true;
      for (Manual.Block block : section.blocks()) {
        if (block instanceof Manual.Paragraph paragraph) {
          out.append(first ? "" : ".PP\n").append(escape(paragraph.text())).append('\n');
        } else if (block instanceof Manual.Example example) {
          out.append(".RS 4\n.nf\n").append(escape(example.line())).append("\n.fi\n.RE\n");
        } else if (block instanceof Manual.Item item) {
          out.append(".TP\n.B ").append(escape(item.term()));
          if (!item.placeholder().isEmpty()) {
            out.append(" \\fI").append(escape(item.placeholder())).append("\\fR");
          }
          out.append('\n').append(escape(item.text())).append('\n');
        }
        first = false;
      }
    }
    return out.toString();
  }

  /** roff: backslashes and leading dots or quotes would be read as requests. */
  static String escape(String text) {
    String escaped = text.replace("\\", "\\e").replace("-", "\\-");
    return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
  }
}
