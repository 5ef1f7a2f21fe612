package okr.cli;

import java.io.PrintStream;
import okr.prompt.Abandoned;
import okr.prompt.Prompter;

/**
 * A prompter at the system terminal that shows its first lines and its first question before JLine
 * has opened the terminal: opening it takes 200–400 ms (a native library, {@code test -t}, {@code
 * infocmp}, terminal queries), most of the time to the first question. Until then text is written
 * as plain output, which the terminal shows the same way; a question asked then is written the same
 * way, and once JLine is open it reads the answer, drawing the question again over the same line.
 * Keys typed meanwhile wait in the terminal's input and reach JLine's line editor.
 */
final class EarlyPrompter implements Prompter {

  /** JLine's prompter as it opens on another thread. */
  interface Opening {
    /** Whether the prompter is open (or failed to open): then {@link #take} does not wait. */
    boolean isOpen();

    /** The prompter, waiting for it to open. */
    Prompter take();

    /** The terminal's width as the system says it without JLine, if it says. */
    java.util.OptionalInt plainWidth();
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

  @Override
  public void say(String line) {
    if (isOpen()) {
      open().say(line);
    } else {
      out.println(line);
      out.flush();
    }
  }

  @Override
  public String ask(String prompt) throws Abandoned {
    if (isOpen()) {
      return open().ask(prompt);
    }
    out.print(prompt);
    out.flush();
    return open().askShown(prompt);
  }

  @Override
  public String askLines(String prompt) throws Abandoned {
    return open().askLines(prompt);
  }

  @Override
  public boolean confirm(String question, boolean defaultYes) throws Abandoned {
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
