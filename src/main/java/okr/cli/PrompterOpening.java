package okr.cli;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import okr.prompt.Prompter;
import okr.render.TerminalWidth;

/**
 * A prompter opened on a thread of its own once the first question is on the screen: JLine takes
 * 200–400 ms to open a system terminal (bench/README.md), time the first question does not wait for
 * ({@link EarlyPrompter}). It is not opened earlier, beside the workspace's load and check: on two
 * cores its work (a native library, a terminal description, the line reader's key maps) took CPU
 * from the path to the question, which came about a fifth later (bench/README.md, "first
 * question"), while a person reads the question for longer than JLine takes to open.
 */
final class PrompterOpening implements EarlyPrompter.Opening {

  /**
   * Openings started before the command line was parsed, by the run they belong to. A run at a
   * terminal that will ask questions starts asking for the width first thing (a process), while the
   * workspace loads; JLine itself opens at the first question.
   */
  private static final Map<Context, PrompterOpening> EARLY =
      Collections.synchronizedMap(new IdentityHashMap<>());

  private final CompletableFuture<Prompter> opening = new CompletableFuture<>();
  private final CompletableFuture<OptionalInt> plainWidth = new CompletableFuture<>();
  private final Context ctx;
  private final Interruption interruption;
  private final Thread opener;
  private boolean started;
  private boolean taken;

  private PrompterOpening(Context ctx) {
    this.ctx = ctx;
    this.interruption = ctx.systemTerminal() ? Interruption.install() : Interruption.none();
    this.opener =
        Meanwhile.completing("okr-open-terminal", opening, () -> ctx.prompter(interruption::press));
  }

  /** Starts opening JLine's terminal, once; what waits for the prompter calls it. */
  private synchronized void startOpening() {
    if (!started) {
      started = true;
      opener.start();
    }
  }

  /**
   * Starts, for the command that will ask questions at the terminal of {@code ctx}, what the first
   * lines need before JLine is open: their width, and the handling of Ctrl-C.
   */
  static void startEarly(Context ctx) {
    EARLY.put(ctx, open(ctx));
  }

  /** Closes an early opening no command took (the command line had an error, say). */
  static void endEarly(Context ctx) {
    PrompterOpening unused = EARLY.remove(ctx);
    if (unused != null) {
      unused.closeUnlessTaken();
    }
  }

  /** The opening started early for {@code ctx}, or a new one. */
  static PrompterOpening start(Context ctx) {
    PrompterOpening early = EARLY.remove(ctx);
    return early != null ? early : open(ctx);
  }

  private static PrompterOpening open(Context ctx) {
    PrompterOpening started = new PrompterOpening(ctx);
    // Windows has no stty: its width comes from a JLine terminal of its own, which must not open
    // beside the prompter's; there the first lines wait for the prompter's width.
    if (ctx.systemTerminal() && !System.getProperty("os.name", "").startsWith("Windows")) {
      // What the first lines are fitted to before JLine can say it: stty starts a process.
      askingWidth(started.plainWidth).start();
    } else {
      started.plainWidth.complete(OptionalInt.empty());
    }
    return started;
  }

  /**
   * A daemon thread, not yet started, that completes {@code width} with the terminal's width as
   * {@code stty} says it, or with what it threw. (The training run of the prompts' archive starts
   * one too.)
   */
  static Thread askingWidth(CompletableFuture<OptionalInt> width) {
    return Meanwhile.completing("okr-width", width, TerminalWidth::detect);
  }

  /**
   * The prompter the command asks with; the caller closes it. At the system terminal it shows text
   * before the terminal is open ({@link EarlyPrompter}); elsewhere (a test's terminal over streams)
   * it is the opened prompter itself, so that what it writes never depends on timing.
   */
  Prompter prompter() {
    taken = true;
    return ctx.systemTerminal() ? new EarlyPrompter(this, ctx.out()) : take();
  }

  /** The terminal's width as {@code stty} says it, for text shown before JLine is open. */
  @Override
  public OptionalInt plainWidth() {
    try {
      return plainWidth.join();
    } catch (CompletionException e) {
      // Whatever went wrong on its thread (a class that did not load, say): the early lines take
      // the default width, and no trace reaches the terminal; the main thread meets the same
      // damage and says so.
      return OptionalInt.empty();
    }
  }

  @Override
  public boolean isOpen() {
    return opening.isDone();
  }

  /** Completes when the prompter is open, which it starts now if it has not yet. */
  @Override
  public CompletableFuture<Prompter> opened() {
    startOpening();
    return opening;
  }

  @Override
  public Interruption interruption() {
    return interruption;
  }

  /** The prompter, once open; the caller closes it. */
  @Override
  public Prompter take() {
    taken = true;
    startOpening();
    try {
      return opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  private synchronized boolean startedOpening() {
    return started;
  }

  /** Closes the prompter if the command ended before asking anything (a load error, say). */
  void closeUnlessTaken() {
    if (!taken && startedOpening()) {
      try {
        opening.join().close();
      } catch (RuntimeException e) {
        // Nothing was asked; a terminal that failed to open or close changes nothing.
      }
    }
  }
}
