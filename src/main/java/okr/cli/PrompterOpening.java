package okr.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import okr.prompt.Prompter;

/**
 * A prompter opened on a thread of its own while the command loads the workspace: JLine takes about
 * 200 ms to open a system terminal, time the first question would otherwise wait for.
 */
final class PrompterOpening {

  private final CompletableFuture<Prompter> opening = new CompletableFuture<>();
  private boolean taken;

  private PrompterOpening() {}

  static PrompterOpening start(Context ctx) {
    PrompterOpening started = new PrompterOpening();
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

  /** The prompter, once open; the caller closes it. */
  Prompter take() {
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
