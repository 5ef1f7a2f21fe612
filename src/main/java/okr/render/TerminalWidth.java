package okr.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The width of the terminal okr writes to; asked only when stdin and stdout are a terminal.
 *
 * <p>On Unix it asks {@code stty size} about the terminal okr's stdin is: about 20 ms, where
 * opening a JLine system terminal costs 200–400 ms (providers, native access and the terminal
 * queries JLine 4 sends), which would double the time of every {@code okr status} typed at a
 * prompt. Windows has no {@code stty}, so there JLine is asked.
 */
public final class TerminalWidth {

  private TerminalWidth() {}

  public static OptionalInt detect() {
    if (System.getProperty("os.name", "").startsWith("Windows")) {
      return fromJLine();
    }
    return fromStty();
  }

  private static OptionalInt fromStty() {
    try {
      Process stty =
          new ProcessBuilder("stty", "size")
              .redirectInput(ProcessBuilder.Redirect.INHERIT)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String answer = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      if (!stty.waitFor(2, TimeUnit.SECONDS) || stty.exitValue() != 0) {
        stty.destroy();
        return OptionalInt.empty();
      }
      return columns(answer);
    } catch (IOException e) {
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.empty();
    }
  }

  /** The columns in stty's answer "ROWS COLUMNS", if it is one. */
  static OptionalInt columns(String sttySize) {
    String[] parts = sttySize.strip().split(" ");
    if (parts.length == 2 && WholeNumbers.isPositive(parts[1], 1, 5)) {
      return OptionalInt.of(Integer.parseInt(parts[1]));
    }
    return OptionalInt.empty();
  }

  private static OptionalInt fromJLine() {
    try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
      int width = terminal.getWidth();
      return width > 0 ? OptionalInt.of(width) : OptionalInt.empty();
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    }
  }
}
