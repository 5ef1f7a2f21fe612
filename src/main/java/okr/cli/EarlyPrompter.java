package okr.cli;

import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import okr.prompt.Abandoned;
import okr.prompt.Prompter;

/**
 * A prompter at the system terminal that shows its first lines and its first question before JLine
 * has opened the terminal: opening it takes 200–400 ms (a native library, a terminal description,
 * the line reader), more than the rest of the way to the first question. Until then text is written
 * as plain output, which the terminal shows the same way; a question asked then is written the same
 * way, JLine starts opening ({@link Opening#opened}), and once it is open it reads the answer,
 * drawing the question again over the same line.
 *
 * <p>Keys typed meanwhile are never read by anyone else: they wait in the terminal's input (its
 * cooked mode echoes them and applies Backspace, Ctrl-U, Ctrl-W) until JLine's editor reads them.
 * That holds because JLine is opened without its terminal queries, whose replies it would read from
 * the same input, draining every key typed with them ({@link okr.prompt.JLinePrompter#system}).
 * Ctrl-C while no editor reads is taken by {@link Interruption}.
 */
final class EarlyPrompter implements Prompter {

  /** JLine's prompter as it opens on another thread. */
  interface Opening {
    /** Whether the prompter is open (or failed to open): then {@link #take} does not wait. */
    boolean isOpen();

    /** Completes when the prompter is open, or failed to open; starts opening it if need be. */
    CompletableFuture<Prompter> opened();

    /** The prompter, waiting for it to open (and starting to open it if need be). */
    Prompter take();

    /** The terminal's width as the system says it without JLine, if it says. */
    java.util.OptionalInt plainWidth();

    /** Ctrl-C, wherever it lands during the session. */
    Interruption interruption();
  }

  private final Opening opening;
  private final PrintStream out;
  private Prompter open;

  EarlyPrompter(Opening opening, PrintStream out) {
    this.opening = opening;
    this.out = out;
  }

  /** JLine's prompter, waiting for it to open if it has not yet. */
  private Prompter open() {
    if (open == null) {
      open = opening.take();
    }
    return open;
  }

  private boolean isOpen() {
    return open != null || opening.isOpen();
  }

  /** Before a question: a Ctrl-C pressed since the last answer abandons the session now. */
  private void stopIfInterrupted() throws Abandoned {
    opening.interruption().shown();
    if (opening.interruption().pressed()) {
      throw new Abandoned();
    }
  }

  @Override
  public void say(String line) {
    opening.interruption().shown();
    if (isOpen()) {
      open().say(line);
    } else {
      out.println(line);
      out.flush();
    }
  }

  @Override
  public String ask(String prompt) throws Abandoned {
    stopIfInterrupted();
    if (isOpen()) {
      return open().ask(prompt);
    }
    out.print(prompt);
    out.flush();
    try {
      CompletableFuture.anyOf(opening.opened(), opening.interruption().whenPressed()).join();
    } catch (CompletionException failedToOpen) {
      // take() reports it
    }
    if (opening.interruption().pressed()) {
      // The terminal echoed ^C after the question; what follows starts a line of its own.
      out.println();
      out.flush();
      throw new Abandoned();
    }
    // JLine draws the question again over itself (JLinePrompter starts at the line's start).
    return open().ask(prompt);
  }

  @Override
  public String askLines(String prompt) throws Abandoned {
    stopIfInterrupted();
    return open().askLines(prompt);
  }

  @Override
  public boolean confirm(String question, boolean defaultYes) throws Abandoned {
    stopIfInterrupted();
    return open().confirm(question, defaultYes);
  }

  @Override
  public int width() {
    if (isOpen()) {
      return open().width();
    }
    // The same terminal's width as JLine reports it, asked without JLine.
    return opening.plainWidth().orElseGet(() -> open().width());
  }

  @Override
  public void close() {
    open().close();
  }
}
