package okr.model;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The places of an entity and of each of its keys, so that any later diagnostic can point at the
 * exact value it is about.
 *
 * <p>Every entity and journal entry holds one, so it is kept compact: the key names as one array
 * shared by every entity written with the same keys, and each key's line and column as two ints. A
 * {@link SourceSpan} is made only when a place is asked for. (A map of spans cost 8 objects and a
 * hash table per journal entry, a fifth of the live heap of a 100,000-entry journal.)
 */
public final class Spans {

  /** Enough for the key sets of every kind of entity; a file of random keys must not grow it. */
  private static final int SHARED_KEY_SETS = 4096;

  private static final Interned<KeyNames, String[]> KEY_SETS = new Interned<>(SHARED_KEY_SETS);

  /**
   * A set of key names as the table's key: hashed once and compared as an array. As a list, each
   * look-up (one per entity, 60,000 on a large workspace) hashed and compared it through iterators,
   * which C1 makes as objects.
   */
  private record KeyNames(String[] names, int hash) {
    KeyNames(String[] names) {
      this(names, Arrays.hashCode(names));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof KeyNames that
          && hash == that.hash
          && Arrays.equals(names, that.names);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return Arrays.toString(names);
    }
  }

  private static final String[] NO_NAMES = {};
  private static final int[] NO_PLACES = {};

  private final SourceSpan self;
  private final String[] names;

  /** Line and column of {@code names[i]} at {@code 2i} and {@code 2i + 1}. */
  private final int[] places;

  /**
   * @param self where the entity starts; null for one that was never written
   * @param keys the place of each key; all in the file of {@code self}
   */
  public Spans(SourceSpan self, Map<String, SourceSpan> keys) {
    this.self = self;
    if (keys.isEmpty()) {
      this.names = NO_NAMES;
      this.places = NO_PLACES;
      return;
    }
    Path file =
        Objects.requireNonNull(self, "a place for the keys needs one for the entity").file();
    String[] own = new String[keys.size()];
    int[] at = new int[2 * keys.size()];
    int i = 0;
    for (Map.Entry<String, SourceSpan> key : keys.entrySet()) {
      if (!Objects.equals(key.getValue().file(), file)) {
        throw new IllegalArgumentException("the key `" + key.getKey() + "` is in another file");
      }
      own[i] = Objects.requireNonNull(key.getKey());
      at[2 * i] = key.getValue().line();
      at[2 * i + 1] = key.getValue().column();
      i++;
    }
    this.names = shared(own);
    this.places = at;
  }

  public static Spans of(SourceSpan self) {
    return new Spans(self, Map.of());
  }

  /** One array per set of key names, however many entities are written with it. */
  private static String[] shared(String[] names) {
    return KEY_SETS.of(new KeyNames(names), names);
  }

  public SourceSpan self() {
    return self;
  }

  /** The place of {@code key}'s value, or of the entity itself when the key was not written. */
  public SourceSpan at(String key) {
    int i = indexOf(key);
    return i < 0 ? self : place(i);
  }

  /** The place of item {@code index} of a list under {@code key} (a single value is item 0). */
  public SourceSpan item(String key, int index) {
    int i = indexOf(key + "[" + index + "]");
    return i < 0 ? at(key) : place(i);
  }

  public boolean has(String key) {
    return indexOf(key) >= 0;
  }

  /** Every key's place, in the order the keys were given. */
  public Map<String, SourceSpan> keys() {
    Map<String, SourceSpan> keys = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      keys.put(names[i], place(i));
    }
    return keys;
  }

  private int indexOf(String key) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  private SourceSpan place(int i) {
    return new SourceSpan(self.file(), places[2 * i], places[2 * i + 1]);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Spans that
        && Objects.equals(self, that.self)
        && keys().equals(that.keys());
  }

  @Override
  public int hashCode() {
    return Objects.hash(self, keys());
  }

  @Override
  public String toString() {
    return "Spans[self=" + self + ", keys=" + keys() + "]";
  }
}
