package okr.cli;

import java.util.ArrayList;
import java.util.List;
import okr.render.Text;

/**
 * A {@link Manual} as plain text laid out the way {@code man} lays out a page, for {@code okr help
 * COMMAND} and {@code --help}: section titles flush left, text indented and wrapped to the width,
 * examples kept on their own lines.
 */
final class TextManual {

  private static final int INDENT = 7;
  private static final int ITEM_INDENT = 14;

  private TextManual() {}

  /** The page for a terminal {@code columns} wide; like man, it leaves the last two unused. */
  static String render(Manual manual, int columns) {
    int width = columns - 2;
    StringBuilder out = new StringBuilder();
    for (Manual.Section section : manual.sections()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(section.title()).append('\n');
      Manual.Block previous = null;
      for (Manual.Block block : section.blocks()) {
        // An example follows its lead-in line directly, as man sets it.
        if (previous != null && !(block instanceof Manual.Example)) {
          out.append('\n');
        }
        render(block, width, out);
        previous = block;
      }
    }
    return out.toString();
  }

  private static void render(Manual.Block block, int width, StringBuilder out) {
    if (block instanceof Manual.Paragraph paragraph) {
      wrap(paragraph.text(), INDENT, INDENT, width, out);
    } else if (block instanceof Manual.Example example) {
      out.append(" ".repeat(INDENT + 4)).append(example.line()).append('\n');
    } else if (block instanceof Manual.Item item) {
      String term =
          item.placeholder().isEmpty() ? item.term() : item.term() + " " + item.placeholder();
      if (Text.width(term) < ITEM_INDENT - INDENT) {
        // A short term shares its line with the text, as man does.
        StringBuilder text = new StringBuilder();
        wrap(item.text(), ITEM_INDENT, ITEM_INDENT, width, text);
        out.append(" ".repeat(INDENT)).append(term).append(text.substring(INDENT + term.length()));
      } else {
        out.append(" ".repeat(INDENT)).append(term).append('\n');
        wrap(item.text(), ITEM_INDENT, ITEM_INDENT, width, out);
      }
    }
  }

  /** Words of {@code text} filled into lines of at most {@code width} columns. */
  private static void wrap(String text, int first, int rest, int width, StringBuilder out) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(" ".repeat(first));
    boolean empty = true;
    for (String word : text.strip().split("\\s+")) {
      if (!empty && Text.width(line.toString()) + 1 + Text.width(word) > width) {
        lines.add(line.toString());
        line = new StringBuilder(" ".repeat(rest));
        empty = true;
      }
      line.append(empty ? "" : " ").append(word);
      empty = false;
    }
    lines.add(line.toString());
    lines.forEach(l -> out.append(l).append('\n'));
  }
}
