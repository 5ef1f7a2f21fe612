package okr.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The person's text editor, chosen and started as git starts one: {@code OKR_EDITOR}, else {@code
 * VISUAL}, else {@code EDITOR}, else {@code vi}. A value with spaces or other shell characters
 * ({@code code --wait}) runs through {@code sh -c 'VALUE "$@"'}, so its words are split and quoted
 * as the shell would; a plain name runs directly. Editors known to take {@code +LINE} before the
 * file get it, so they open at the item; VS Code gets {@code --goto FILE:LINE}.
 */
final class Editor {

  /** Editors that open a file at a line given as {@code +LINE} before it. */
  static final Set<String> PLUS_LINE =
      Set.of(
          "vi",
          "vim",
          "nvim",
          "gvim",
          "view",
          "nano",
          "pico",
          "emacs",
          "emacsclient",
          "mg",
          "micro",
          "kak",
          "joe",
          "ne");

  /** Editors that take {@code --goto FILE:LINE}. */
  private static final Set<String> GOTO = Set.of("code", "codium", "code-insiders");

  /** What makes git hand an editor's value to the shell rather than run it as one word. */
  private static final String SHELL_CHARACTERS = "|&;<>()$`\\\"' \t\n*?[#~=%";

  private final String command;

  private Editor(String command) {
    this.command = command;
  }

  static Editor of(Context ctx) {
    for (String name : List.of("OKR_EDITOR", "VISUAL", "EDITOR")) {
      String value = ctx.env(name);
      if (value != null && !value.isBlank()) {
        return new Editor(value.strip());
      }
    }
    return new Editor("vi");
  }

  /** The value as the person set it, for messages. */
  String command() {
    return command;
  }

  /** The editor's program name, e.g. {@code vim} for {@code "/usr/bin/vim -u NONE"}. */
  String program() {
    String first = command.split("[ \t]+", 2)[0].replace("\"", "").replace("'", "");
    String name = Path.of(first).getFileName() == null ? first : Path.of(first).getFileName() + "";
    name = name.toLowerCase(Locale.ROOT);
    return name.endsWith(".exe") ? name.substring(0, name.length() - 4) : name;
  }

  /** The arguments after the editor's own: the file, with the line where the editor takes one. */
  List<String> arguments(Path file, int line) {
    String program = program();
    if (line > 1 && PLUS_LINE.contains(program)) {
      return List.of("+" + line, file.toString());
    }
    if (line > 1 && GOTO.contains(program)) {
      return List.of("--goto", file + ":" + line);
    }
    return List.of(file.toString());
  }

  /** The whole command line, split the way git splits it. */
  List<String> commandLine(Path file, int line) {
    List<String> words = new ArrayList<>();
    if (command.chars().anyMatch(c -> SHELL_CHARACTERS.indexOf(c) >= 0)) {
      words.addAll(List.of("sh", "-c", command + " \"$@\"", command));
    } else {
      words.add(command);
    }
    words.addAll(arguments(file, line));
    return words;
  }

  /**
   * Runs the editor on {@code file} and waits for it; returns its exit status. At a terminal it has
   * the terminal; otherwise it reads nothing and what it prints goes to stderr. Ctrl-C while it
   * runs is the editor's (vim and emacs use it), not okr's.
   */
  int edit(Context ctx, Path file, int line) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(commandLine(file, line)).directory(ctx.cwd().toFile());
    builder.environment().clear();
    builder.environment().putAll(ctx.env());
    if (ctx.systemTerminal()) {
      builder.inheritIO();
    } else {
      builder.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
      builder.redirectErrorStream(true);
    }
    ctx.out().flush();
    ctx.err().flush();
    try (InterruptsIgnored ignored = InterruptsIgnored.whileRunning()) {
      Process process = builder.start();
      if (!ctx.systemTerminal()) {
        try (InputStream said = process.getInputStream()) {
          said.transferTo(ctx.err());
        }
      }
      return process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the editor", e);
    }
  }

  /** Why the editor could not start, in words: Java's message names the call, not the cause. */
  static String whyNot(IOException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.contains("error=2,")) {
      return "no such program";
    }
    if (message.contains("error=13,")) {
      return "permission denied";
    }
    return okr.store.IoMessages.describe(e);
  }

  private static java.io.File nullDevice() {
    return new java.io.File(
        System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  /**
   * Ctrl-C at a terminal reaches every process of the foreground group: the editor, and okr waiting
   * for it. Like git, okr ignores it while the editor runs, so pressing it in vim does not end okr
   * and leave the editor orphaned with the text.
   */
  private static final class InterruptsIgnored implements AutoCloseable {
    private final sun.misc.Signal signal;
    private final sun.misc.SignalHandler before;

    private InterruptsIgnored(sun.misc.Signal signal, sun.misc.SignalHandler before) {
      this.signal = signal;
      this.before = before;
    }

    static InterruptsIgnored whileRunning() {
      try {
        sun.misc.Signal signal = new sun.misc.Signal("INT");
        // A handler of okr's own rather than SIG_IGN: the editor, started after this, must still
        // get Ctrl-C (an ignored signal stays ignored across exec; a handled one does not).
        return new InterruptsIgnored(signal, sun.misc.Signal.handle(signal, s -> {}));
      } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
        // no such signal here (-Xrs), or a runtime without jdk.unsupported: Ctrl-C ends okr too,
        // and the copy in .okr/edit/ keeps the text
        return new InterruptsIgnored(null, null);
      }
    }

    @Override
    public void close() {
      if (signal != null) {
        sun.misc.Signal.handle(signal, before);
      }
    }
  }
}
