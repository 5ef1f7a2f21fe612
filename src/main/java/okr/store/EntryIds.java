package okr.store;

import java.security.SecureRandom;
import java.time.Clock;
import okr.model.EntryId;

/**
 * Makes the ids of new journal entries: ULIDs, the millisecond of writing and 80 random bits.
 * Within one millisecond the random part counts up, so the entries of one command keep their order
 * when sorted by id, and two clones writing at the same instant still never make the same id.
 */
public final class EntryIds {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static long lastMillis = -1;
  private static final long[] lastRandom = new long[2]; // 16 high bits, 64 low bits

  private EntryIds() {}

  /** A new id, written now by {@code clock}. */
  public static String next(Clock clock) {
    return at(Math.max(0, clock.millis()));
  }

  /**
   * A new id later than every id in {@code earlier}: for a rename, which must come after every
   * entry its clone has seen even when a teammate's clock ran ahead of this one.
   */
  public static String after(Clock clock, java.util.Collection<String> earlier) {
    long millis = Math.max(0, clock.millis());
    for (String id : earlier) {
      java.util.Optional<java.time.Instant> written = okr.model.EntryId.writtenAt(id);
      if (written.isPresent()) {
        millis = Math.max(millis, written.get().toEpochMilli() + 1);
      }
    }
    return at(millis);
  }

  private static synchronized String at(long millis) {
    if (millis == lastMillis) {
      lastRandom[1]++;
      if (lastRandom[1] == 0) {
        lastRandom[0] = (lastRandom[0] + 1) & 0xFFFF;
      }
    } else {
      lastMillis = millis;
      lastRandom[0] = RANDOM.nextInt() & 0xFFFF;
      lastRandom[1] = RANDOM.nextLong();
      // leave room to count up within the millisecond without wrapping
      lastRandom[1] &= 0x7FFF_FFFF_FFFF_FFFFL;
    }
    char[] id = new char[26];
    for (int i = 9; i >= 0; i--) {
      id[i] = EntryId.ALPHABET.charAt((int) (millis & 31));
      millis >>>= 5;
    }
    // 80 random bits as 16 characters: the low 64 bits and the high 16.
    long low = lastRandom[1];
    long high = lastRandom[0];
    for (int i = 25; i >= 10; i--) {
      id[i] = EntryId.ALPHABET.charAt((int) (low & 31));
      low = (low >>> 5) | ((high & 31) << 59);
      high >>>= 5;
    }
    return new String(id);
  }
}
