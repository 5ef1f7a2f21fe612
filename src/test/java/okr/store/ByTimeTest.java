package okr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ByTimeTest {

  private record Entry(OffsetDateTime at, String id, int written) implements okr.model.Written {}

  @Test
  void ordersAsComparingTheTimesThemselvesThenTheIdsKeepingEqualRecordsInOrder() {
    sortsAsTheComparator(300);
  }

  /** From ByTime.IN_TWO_FROM records, the halves sorted apart must merge to the same order. */
  @Test
  void aLongListSortedInTwoHalvesComesOutInTheSameOrder() {
    sortsAsTheComparator(2 * ByTime.IN_TWO_FROM + 3);
  }

  private static void sortsAsTheComparator(int size) {
    Random random = new Random(18);
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      // few distinct instants, offsets and ids, so ties of every kind occur
      OffsetDateTime utc =
          OffsetDateTime.of(
                  2026, 11, 1 + random.nextInt(3), random.nextInt(3), 0, 0, 0, ZoneOffset.UTC)
              .plusNanos(random.nextInt(2));
      ZoneOffset offset = ZoneOffset.ofHours(random.nextInt(5) - 2);
      entries.add(new Entry(utc.withOffsetSameInstant(offset), "id-" + random.nextInt(4), i));
    }
    List<Entry> expected = new ArrayList<>(entries);
    expected.sort(Comparator.comparing(Entry::at).thenComparing(Entry::id));
    ByTime.sort(entries);
    assertThat(entries).containsExactlyElementsOf(expected);
  }
}
