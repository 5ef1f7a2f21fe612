package okr.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Reads two lists of files on every core: the first list (the journal's files, few and large) from
 * the moment it is known, the second (the goal files, many and small) once the caller has found it
 * by walking the folders. Helper threads start on the first list while the caller walks; then the
 * caller joins them, and each thread takes the next file not yet taken until none is left, so all
 * finish within one small file of each other.
 *
 * <p>A parallel stream over each list in turn left a core idle twice in a large workspace: during
 * the walk, and at the end of each list, where the stream's few large chunks (a quarter of the list
 * each on two cores) ended at different times. Results come back in the lists' order, whichever
 * thread read them, so output never depends on timing.
 */
final class OverlappedReads<F, J, S> {

  private final List<Path> first;
  private final Function<Path, F> readFirst;
  private final Function<List<F>, J> joinFirst;
  private final Function<Path, S> readSecond;
  private final Object[] firstResults;
  private final AtomicInteger nextFirst = new AtomicInteger();
  private final AtomicInteger firstRead = new AtomicInteger();
  private volatile J joined;
  private final AtomicInteger nextSecond = new AtomicInteger();
  private final CountDownLatch secondKnown = new CountDownLatch(1);
  private final CountDownLatch helpersDone;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private volatile List<Path> second;
  private volatile Object[] secondResults;

  private OverlappedReads(
      List<Path> first,
      Function<Path, F> readFirst,
      Function<List<F>, J> joinFirst,
      Function<Path, S> readSecond,
      int helpers) {
    this.first = first;
    this.readFirst = readFirst;
    this.joinFirst = joinFirst;
    this.readSecond = readSecond;
    this.firstResults = new Object[first.size()];
    this.helpersDone = new CountDownLatch(helpers);
  }

  /**
   * Starts reading {@code first} on one helper thread for each core but the caller's. Whichever
   * thread reads the first list's last file then joins that list's results, in order, with {@code
   * joinFirst} (the journal's entries merged and sorted), while the others go on to the second
   * list: that join no longer waits for the goal files, nor they for it.
   */
  static <F, J, S> OverlappedReads<F, J, S> start(
      List<Path> first,
      Function<Path, F> readFirst,
      Function<List<F>, J> joinFirst,
      Function<Path, S> readSecond) {
    return start(
        first,
        readFirst,
        joinFirst,
        readSecond,
        Math.max(0, Runtime.getRuntime().availableProcessors() - 1),
        new DaemonThreads());
  }

  /** As above, with {@code helpers} threads made by {@code threads} (tests refuse some). */
  static <F, J, S> OverlappedReads<F, J, S> start(
      List<Path> first,
      Function<Path, F> readFirst,
      Function<List<F>, J> joinFirst,
      Function<Path, S> readSecond,
      int helpers,
      java.util.concurrent.ThreadFactory threads) {
    OverlappedReads<F, J, S> reads =
        new OverlappedReads<>(first, readFirst, joinFirst, readSecond, helpers);
    for (int i = 0; i < helpers; i++) {
      Thread helper = threads.newThread(new Helper(reads));
      try {
        helper.start();
      } catch (OutOfMemoryError noThread) {
        // The system's limit on processes reached (`ulimit -u`): the threads started, or the
        // caller alone, read everything; slower, with the same result.
        for (int unstarted = i; unstarted < helpers; unstarted++) {
          reads.helpersDone.countDown();
        }
        break;
      }
    }
    return reads;
  }

  /**
   * Daemons: a helper waiting for a second list that never comes holds nothing open. (A class
   * rather than a lambda: see docs/architecture.md on the view path.)
   */
  private static final class DaemonThreads implements java.util.concurrent.ThreadFactory {
    private int made;

    @Override
    public Thread newThread(Runnable work) {
      Thread thread = new Thread(work, "okr-read-" + made++);
      thread.setDaemon(true);
      return thread;
    }
  }

  /** The first list's results joined, and the second's in its order. */
  record Results<J, S>(J first, List<S> second) {}

  /**
   * Reads {@code second} with the helpers (and whatever is left of the first list), and returns
   * when every file is read; a failure on any thread is thrown here.
   */
  Results<J, S> finish(List<Path> second) {
    secondResults = new Object[second.size()];
    this.second = second;
    secondKnown.countDown();
    try {
      work();
    } finally {
      awaitHelpers();
    }
    Throwable failed = failure.get();
    if (failed instanceof RuntimeException e) {
      throw e;
    }
    if (failed instanceof Error e) {
      throw e;
    }
    return new Results<>(joined, listOf(secondResults));
  }

  /** Lets the helpers end when the caller failed before it had a second list to give them. */
  void abandon() {
    if (second == null) {
      nextFirst.set(first.size());
      secondResults = new Object[0];
      second = List.of();
      secondKnown.countDown();
    }
  }

  /** A helper thread's work: a class, not {@code reads::help}, so that no lambda is linked. */
  private static final class Helper implements Runnable {
    private final OverlappedReads<?, ?, ?> reads;

    Helper(OverlappedReads<?, ?, ?> reads) {
      this.reads = reads;
    }

    @Override
    public void run() {
      reads.help();
    }
  }

  private void help() {
    try {
      work();
    } catch (RuntimeException | Error e) {
      failure.compareAndSet(null, e);
    } finally {
      helpersDone.countDown();
    }
  }

  private void work() {
    for (int i = nextFirst.getAndIncrement(); i < first.size(); i = nextFirst.getAndIncrement()) {
      firstResults[i] = readFirst.apply(first.get(i));
      if (firstRead.incrementAndGet() == first.size()) {
        joined = joinFirst.apply(listOf(firstResults));
      }
    }
    if (first.isEmpty() && firstRead.getAndIncrement() == 0) {
      joined = joinFirst.apply(List.of());
    }
    awaitUninterruptibly(secondKnown);
    List<Path> files = second;
    Object[] results = secondResults;
    for (int i = nextSecond.getAndIncrement(); i < files.size(); i = nextSecond.getAndIncrement()) {
      results[i] = readSecond.apply(files.get(i));
    }
  }

  private void awaitHelpers() {
    awaitUninterruptibly(helpersDone);
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> listOf(Object[] results) {
    return (List<T>) new ArrayList<>(Arrays.asList(results));
  }
}
