package okr.store;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import okr.model.Written;

/**
 * Sorts journal records by when they were written, then by id: the order of {@code
 * Comparator.comparing(at).thenComparing(id)}, with each record's instant and offset taken out
 * once. Compared as {@link OffsetDateTime}s, 50,000 entries (many written at the same instant)
 * spent a third of a second in their comparisons, in a part of the load that runs in one thread.
 */
final class ByTime {

  private ByTime() {}

  /** A record with its instant and offset, so most comparisons compare numbers. */
  private record Keyed<T>(long second, int nano, int offset, String id, T item) {}

  /**
   * {@link OffsetDateTime#compareTo}: the instant first, then, for one instant written with
   * different offsets, the local time, which is later exactly when the offset is larger.
   */
  private static int compare(Keyed<?> a, Keyed<?> b) {
    int order = Long.compare(a.second(), b.second());
    if (order == 0) {
      order = Integer.compare(a.nano(), b.nano());
    }
    if (order == 0) {
      order = Integer.compare(a.offset(), b.offset());
    }
    return order != 0 ? order : a.id().compareTo(b.id());
  }

  /**
   * {@link #compare} as a class of its own rather than a method reference: each lambda a view meets
   * is linked in the interpreter on every run (docs/architecture.md).
   */
  private static final class InTime implements java.util.Comparator<Keyed<?>> {
    @Override
    public int compare(Keyed<?> a, Keyed<?> b) {
      return ByTime.compare(a, b);
    }
  }

  private static final InTime IN_TIME = new InTime();

  static <T extends Written> void sort(List<T> list) {
    @SuppressWarnings("unchecked")
    Keyed<T>[] keyed = new Keyed[list.size()];
    for (int i = 0; i < keyed.length; i++) {
      T item = list.get(i);
      OffsetDateTime time = item.at();
      keyed[i] =
          new Keyed<>(
              time.toEpochSecond(),
              time.getNano(),
              time.getOffset().getTotalSeconds(),
              item.id(),
              item);
    }
    Keyed<T>[] sorted = keyed.length < IN_TWO_FROM ? sortedInOne(keyed) : sortedInTwo(keyed);
    for (int i = 0; i < sorted.length; i++) {
      list.set(i, sorted[i].item());
    }
  }

  /**
   * From this many records, two halves are sorted at once and merged: the sort ran after every file
   * was read, in one thread while the other core waited. It now runs beside the goal files' reads
   * ({@code OverlappedReads}), and the halves still help when few goal files are left to read
   * beside it. ({@code Arrays.parallelSort} sorts in one thread when the common pool has one, as on
   * two cores.)
   */
  static final int IN_TWO_FROM = 4096;

  /** Stable, as List.sort is: records equal in time and id keep their order. */
  private static <T> Keyed<T>[] sortedInOne(Keyed<T>[] keyed) {
    Arrays.sort(keyed, IN_TIME);
    return keyed;
  }

  /** The same order: each half sorted stably, then merged taking the first half's on a tie. */
  private static <T> Keyed<T>[] sortedInTwo(Keyed<T>[] keyed) {
    int middle = keyed.length / 2;
    ForkJoinTask<?> firstHalf =
        ForkJoinPool.commonPool().submit(() -> Arrays.sort(keyed, 0, middle, IN_TIME));
    Arrays.sort(keyed, middle, keyed.length, IN_TIME);
    firstHalf.join();
    Keyed<T>[] merged = keyed.clone();
    int a = 0;
    int b = middle;
    for (int i = 0; i < merged.length; i++) {
      boolean fromFirst = b == keyed.length || a < middle && compare(keyed[a], keyed[b]) <= 0;
      merged[i] = fromFirst ? keyed[a++] : keyed[b++];
    }
    return merged;
  }
}
