package okr.cli;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import okr.prompt.Prompter;

/**
 * A prompter opened on a thread of its own while the command loads the workspace: JLine takes about
 * 200 ms to open a system terminal, time the first question would otherwise wait for.
 */
final class PrompterOpening {

  /**
   * Openings started before the command line was parsed, by the run they belong to. A run at a
   * terminal that will ask questions starts opening it first thing: JLine then works while picocli
   * builds its model and the workspace loads.
   */
  private static final Map<Context, PrompterOpening> EARLY =
      Collections.synchronizedMap(new IdentityHashMap<>());

  private final CompletableFuture<Prompter> opening = new CompletableFuture<>();
  private final Context ctx;
  private boolean taken;

  private PrompterOpening(Context ctx) {
    this.ctx = ctx;
  }

  /** Starts opening the terminal of {@code ctx} now, for the command that will ask for it. */
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
    Thread thread =
        new Thread(
            () -> {
              try {
                started.opening.complete(ctx.prompter());
              } catch (RuntimeException | Error e) {
                started.opening.completeExceptionally(e);
              }
            },
            "okr-open-terminal");
    thread.setDaemon(true);
    thread.start();
    return started;
  }

  /**
   * The prompter the command asks with, once it is open; the caller closes it. Nothing is asked
   * before JLine has the terminal: keys typed at a question shown earlier were lost to JLine's
   * terminal queries when it took over.
   */
  Prompter prompter() {
    taken = true;
    try {
      return opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  /** Closes the prompter if the command ended before asking anything (a load error, say). */
  void closeUnlessTaken() {
    if (!taken) {
      try {
        opening.join().close();
      } catch (RuntimeException e) {
        // Nothing was asked; a terminal that failed to open or close changes nothing.
      }
    }
  }
}
