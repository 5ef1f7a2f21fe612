package okr.cli;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Work done on a thread of its own while the main thread goes on towards the first question (the
 * terminal opened, the check run, git asked). Daemon threads, so that none holds okr open once the
 * command is done, and never the common pool, which on two cores is one thread that parallel
 * streams take.
 */
final class Meanwhile {

  private Meanwhile() {}

  /**
   * A thread, not yet started, that completes {@code result} with what {@code work} gives, or with
   * what it threw: the thread that waits for the result then meets the failure itself, and no trace
   * reaches the terminal from this one.
   */
  static <T> Thread completing(String name, CompletableFuture<T> result, Supplier<T> work) {
    Thread thread =
        new Thread(
            () -> {
              try {
                result.complete(work.get());
              } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
              }
            },
            name);
    thread.setDaemon(true);
    return thread;
  }
}
