package okr.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/** Prompts on a JLine terminal: the system's, or one over streams for tests. */
public final class JLinePrompter implements Prompter {

  private final Terminal terminal;
  private final LineReader reader;

  private JLinePrompter(Terminal terminal) {
    this.terminal = terminal;
    this.reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            // Typed text is data, not commands: no history expansion of "!", no completion.
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .variable(LineReader.HISTORY_SIZE, 0)
            .build();
  }

  /** The terminal okr runs in. */
  public static JLinePrompter system() {
    try {
      return new JLinePrompter(TerminalBuilder.builder().system(true).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A dumb terminal over streams: what tests use to script key presses. */
  public static JLinePrompter over(InputStream in, OutputStream out) {
    try {
      // A dumb terminal reads keys straight from the stream: no pty, no echo of its own.
      // Closing the terminal closes its streams; the command's own stdin and stdout outlive it
      // (`okr edit` asks, runs the editor, and may ask again, then reports).
      Terminal terminal =
          new DumbTerminal(
              "okr", Terminal.TYPE_DUMB, unclosable(in), unclosable(out), StandardCharsets.UTF_8);
      terminal.setSize(new org.jline.terminal.Size(80, 24));
      return new JLinePrompter(terminal);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream unclosable(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {
        // the command's stdin, not the terminal's to close
      }
    };
  }

  private static OutputStream unclosable(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  @Override
  public void say(String line) {
    terminal.writer().println(line);
    terminal.flush();
  }

  @Override
  public String ask(String prompt) throws Abandoned {
    String line;
    try {
      // JLine expands %-sequences in prompts; a literal % is written %%.
      line = reader.readLine(prompt.replace("%", "%%"));
    } catch (UserInterruptException | EndOfFileException e) {
      throw new Abandoned();
    }
    // A terminal without signals (a dumb one, as in tests) passes Ctrl-C on as a character.
    if (line.indexOf('\u0003') >= 0) {
      throw new Abandoned();
    }
    return line.strip();
  }

  @Override
  public String askLines(String prompt) throws Abandoned {
    StringBuilder text = new StringBuilder();
    String line = ask(prompt);
    String continuation = " ".repeat(Math.max(0, prompt.length() - 2)) + "> ";
    while (!line.isEmpty()) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(line);
      line = ask(continuation);
    }
    return text.toString();
  }

  @Override
  public boolean confirm(String question, boolean defaultYes) throws Abandoned {
    while (true) {
      String answer =
          ask(question + (defaultYes ? " [Y/n] " : " [y/N] ")).toLowerCase(java.util.Locale.ROOT);
      if (answer.isEmpty()) {
        return defaultYes;
      }
      if (answer.equals("y") || answer.equals("yes")) {
        return true;
      }
      if (answer.equals("n") || answer.equals("no")) {
        return false;
      }
      say("Please answer y or n.");
    }
  }

  @Override
  public int width() {
    int width = terminal.getWidth();
    return width > 0 ? width : 80;
  }

  @Override
  public void close() {
    try {
      terminal.close();
    } catch (IOException e) {
      // closing a terminal we are done with; nothing to recover
    }
  }
}
