package okr.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/** Prompts on a JLine terminal: the system's, or one over streams for tests. */
public final class JLinePrompter implements Prompter {

  private final Terminal terminal;
  private final LineReader reader;
  private final boolean system;

  private JLinePrompter(Terminal terminal, boolean system) {
    this.terminal = terminal;
    this.system = system;
    this.reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            // Typed text is data, not commands: no history expansion of "!", no completion.
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .variable(LineReader.HISTORY_SIZE, 0)
            .build();
    if (system) {
      bindKeysTypedBeforeTheEditor();
    }
  }

  private static final String COOKED_EOF = "okr-cooked-eof";

  /**
   * Keys typed before the editor first reads (at a first question shown early, or between
   * questions) reach it as the terminal's cooked mode left them. Their arrow keys are the cursor
   * keys' normal-mode sequences ({@code ESC [ D}), as the editor has not yet switched the terminal
   * to the application-mode ones ({@code ESC O D}) its key map takes from terminfo: both are bound.
   * A Ctrl-D at an empty line there is the terminal's end of file, which it keeps as a NUL byte
   * when the editor turns its cooked mode off: at an empty answer that NUL ends the session as
   * Ctrl-D does (and elsewhere does nothing; NUL's usual key, Ctrl-Space, marks a region okr's
   * answers have no use for).
   */
  private void bindKeysTypedBeforeTheEditor() {
    KeyMap<Binding> keys = reader.getKeyMaps().get(LineReader.MAIN);
    String[][] normal = {
      {LineReader.UP_LINE_OR_SEARCH, "\033[A"},
      {LineReader.DOWN_LINE_OR_SEARCH, "\033[B"},
      {LineReader.FORWARD_CHAR, "\033[C"},
      {LineReader.BACKWARD_CHAR, "\033[D"},
      {LineReader.BEGINNING_OF_LINE, "\033[H"},
      {LineReader.END_OF_LINE, "\033[F"},
      {LineReader.BEGINNING_OF_LINE, "\033[1~"},
      {LineReader.END_OF_LINE, "\033[4~"},
      {LineReader.DELETE_CHAR, "\033[3~"},
    };
    for (String[] key : normal) {
      keys.bind(new Reference(key[0]), key[1]);
    }
    reader
        .getWidgets()
        .put(
            COOKED_EOF,
            () -> {
              if (reader.getBuffer().length() == 0) {
                throw new EndOfFileException();
              }
              return true;
            });
    keys.bind(new Reference(COOKED_EOF), KeyMap.ctrl('@'));
  }

  /** The terminal okr runs in. */
  public static JLinePrompter system() {
    return new JLinePrompter(systemTerminal(), true);
  }

  /**
   * The terminal okr runs in, where a Ctrl-C outside a line read (JLine handles it only while it
   * reads one) calls {@code onInterrupt} instead of ending the JVM.
   */
  public static JLinePrompter system(Runnable onInterrupt) {
    Terminal terminal = systemTerminal();
    terminal.handle(Terminal.Signal.INT, signal -> onInterrupt.run());
    return new JLinePrompter(terminal, true);
  }

  private static Terminal systemTerminal() {
    try {
      try {
        // The native providers only: JLine asks each provider it may use whether stdout is a
        // terminal, and the exec provider asks by running `test -t 1`, a process on every run.
        return builder().exec(false).dumb(false).build();
      } catch (IllegalStateException noNativeProvider) {
        // No native access (a /tmp mounted noexec, say): the exec provider's stty serves.
        return builder().build();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * JLine asks {@code infocmp} (a process) for the terminal's description every time it opens one,
   * even for the common types whose descriptions it carries (xterm, xterm-256color, screen, rxvt…),
   * which it only falls back to: for those its own copy is taken as already loaded.
   */
  private static void takeBundledDescription() {
    String type = System.getenv("TERM");
    if (type != null && org.jline.utils.InfoCmp.getLoadedInfoCmp(type) == null) {
      String bundled = org.jline.utils.InfoCmp.getDefaultInfoCmp(type);
      if (bundled != null) {
        org.jline.utils.InfoCmp.setLoadedInfoCmp(type, bundled);
      }
    }
  }

  private static TerminalBuilder builder() {
    takeBundledDescription();
    // No grapheme-cluster probe: it is what sends the terminal queries (kitty keyboard, DECRQM,
    // DA1, cursor position) and then drains the input for their replies, swallowing every key
    // typed meanwhile, while the first question may already be on the screen. The answers are
    // plain lines: a cluster the terminal draws as one glyph is still stored whole, only the
    // editor's cursor may stand a cell off on it.
    return TerminalBuilder.builder().system(true).graphemeCluster(false);
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
      return new JLinePrompter(terminal, false);
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
    if (system) {
      startOfLine();
    }
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

  /**
   * Back to the start of the line, cleared, where the editor draws the prompt. The line may hold
   * what was written before the editor read: a first question shown as plain output before the
   * terminal was open ({@code okr.cli.EarlyPrompter}), and the keys typed since, which the terminal
   * echoed (an arrow key as {@code ^[[D}) and which wait in its input; the editor reads them and
   * draws prompt and answer over the same cells.
   */
  private void startOfLine() {
    terminal.writer().print('\r');
    terminal.puts(org.jline.utils.InfoCmp.Capability.clr_eos);
    terminal.flush();
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
