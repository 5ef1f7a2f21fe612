package okr.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OverlappedReadsTest {

  private static List<Path> files(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> Path.of(prefix + i + ".yaml")).toList();
  }

  /**
   * At the system's limit on processes a thread cannot start (`ulimit -u`): the threads that did
   * start, or the caller alone, read everything, in order, instead of failing or waiting forever.
   */
  @Test
  void threadsTheSystemRefusesLeaveTheWorkToTheOthers() {
    List<Path> journal = files("checkins/2026-", 5);
    List<Path> goals = files("goals/g", 300);
    for (int started = 0; started <= 3; started++) {
      int allowed = started;
      java.util.concurrent.ThreadFactory refusing =
          new java.util.concurrent.ThreadFactory() {
            private int made;

            @Override
            public Thread newThread(Runnable work) {
              boolean refused = made++ >= allowed;
              Thread thread =
                  new Thread(work) {
                    @Override
                    public synchronized void start() {
                      if (refused) {
                        throw new OutOfMemoryError("unable to create native thread");
                      }
                      super.start();
                    }
                  };
              thread.setDaemon(true);
              return thread;
            }
          };
      OverlappedReads<String, List<String>, String> reads =
          OverlappedReads.start(
              journal, f -> "journal " + f, List::copyOf, f -> "goal " + f, 4, refusing);
      OverlappedReads.Results<List<String>, String> results = reads.finish(goals);

      assertEquals(journal.stream().map(f -> "journal " + f).toList(), results.first());
      assertEquals(goals.stream().map(f -> "goal " + f).toList(), results.second());
    }
  }

  @Test
  void everyFileIsReadOnceAndComesBackInItsListsOrder() {
    List<Path> journal = files("checkins/2026-", 9);
    List<Path> goals = files("goals/g", 2_000);
    Set<Path> read = ConcurrentHashMap.newKeySet();
    List<Path> twice = java.util.Collections.synchronizedList(new ArrayList<>());
    OverlappedReads<String, List<String>, String> reads =
        OverlappedReads.start(
            journal,
            f -> {
              if (!read.add(f)) {
                twice.add(f);
              }
              return "journal " + f;
            },
            List::copyOf,
            f -> {
              if (!read.add(f)) {
                twice.add(f);
              }
              return "goal " + f;
            });
    OverlappedReads.Results<List<String>, String> results = reads.finish(goals);

    assertEquals(journal.stream().map(f -> "journal " + f).toList(), results.first());
    assertEquals(goals.stream().map(f -> "goal " + f).toList(), results.second());
    assertTrue(twice.isEmpty(), "read twice: " + twice);
    assertEquals(journal.size() + goals.size(), read.size());
  }

  @Test
  void aFailureOnAnyThreadReachesTheCaller() {
    IllegalStateException broken = new IllegalStateException("a bug in a reader");
    OverlappedReads<String, List<String>, String> reads =
        OverlappedReads.start(
            files("checkins/", 50),
            f -> {
              if (f.toString().equals("checkins/7.yaml")) {
                throw broken;
              }
              return "";
            },
            List::copyOf,
            f -> "");

    assertSame(broken, assertThrows(IllegalStateException.class, () -> reads.finish(List.of())));
  }

  @Test
  void noFilesAtAll() {
    OverlappedReads<String, List<String>, String> reads =
        OverlappedReads.start(List.of(), f -> "journal", List::copyOf, f -> "goal");
    OverlappedReads.Results<List<String>, String> results = reads.finish(List.of());

    assertEquals(List.of(), results.first());
    assertEquals(List.of(), results.second());
  }
}
