package okr.cli;

import java.util.concurrent.CompletableFuture;

/**
 * Ctrl-C during a check-in or a wizard, wherever it lands. JLine turns it into an abandoned answer
 * only while it reads a line; the first question is on the screen before JLine is open (see {@link
 * EarlyPrompter}), and between questions nobody reads. From the first line shown on, a Ctrl-C is
 * noted here and the session stops at once if it is waiting for JLine, or at its next question,
 * with the same "nothing was written" as a Ctrl-C at a question. Before anything is shown (while
 * the workspace loads) it ends the JVM as Java's own handler would: exit 130, nothing written. Once
 * the answers are confirmed and writing began, it is noted and nobody asks again: an atomic write
 * ends whole rather than be cut between two files.
 */
final class Interruption {

  private static final sun.misc.Signal INT = new sun.misc.Signal("INT");

  private final CompletableFuture<Void> pressed = new CompletableFuture<>();
  private volatile boolean shown;
  private sun.misc.SignalHandler replaced;

  /** Takes SIGINT from Java's default handler until JLine's terminal is open and takes it on. */
  static Interruption install() {
    Interruption interruption = new Interruption();
    interruption.replaced = sun.misc.Signal.handle(INT, signal -> interruption.press());
    return interruption;
  }

  /**
   * Installs the handler and gives SIGINT back to the one before: for the training run of the
   * prompts' archive, which keeps what this spins (a lambda) for the check-ins that install it.
   */
  static void rehearse() {
    try {
      sun.misc.Signal.handle(INT, install().replaced);
    } catch (IllegalArgumentException ignoredByTheSystem) {
      // A JVM started with SIGINT ignored (in the background) may not take a handler.
    }
  }

  /** An interruption nothing raises: for prompters over streams (tests), which get no signals. */
  static Interruption none() {
    return new Interruption();
  }

  /** The session has shown its first line: from now on Ctrl-C abandons it. */
  void shown() {
    shown = true;
  }

  /** Ctrl-C was pressed (a signal thread, or JLine's terminal outside a line read, calls it). */
  void press() {
    if (!shown) {
      // What Java's own SIGINT handler does: run the shutdown hooks, exit 130.
      Runtime.getRuntime().exit(ExitCode.INTERRUPTED);
    }
    pressed.complete(null);
  }

  boolean pressed() {
    return pressed.isDone();
  }

  /** Completes when Ctrl-C is pressed; for waiting on it together with something else. */
  CompletableFuture<Void> whenPressed() {
    return pressed;
  }
}
