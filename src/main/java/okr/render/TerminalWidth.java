package okr.render;

import java.io.IOException;
import java.util.OptionalInt;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The width of the terminal okr writes to; asked only when stdout is a terminal. */
public final class TerminalWidth {

  private TerminalWidth() {}

  public static OptionalInt detect() {
    try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
      int width = terminal.getWidth();
      return width > 0 ? OptionalInt.of(width) : OptionalInt.empty();
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    }
  }
}
