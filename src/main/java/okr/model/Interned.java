package okr.model;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared copy of each value that many parts of a workspace repeat (a key name, a person, a set
 * of keys), up to a limit: each file brings its own equal copies, and a large workspace held
 * millions. The limit keeps a file of made-up names from growing the table without end; past it, a
 * value is simply not shared.
 */
public final class Interned<K, V> {

  private final int limit;
  private final ConcurrentHashMap<K, V> shared = new ConcurrentHashMap<>();

  public Interned(int limit) {
    this.limit = limit;
  }

  /** The value first kept for {@code key}, or {@code value} itself (kept while there is room). */
  public V of(K key, V value) {
    V known = shared.get(key);
    if (known != null) {
      return known;
    }
    if (shared.size() >= limit) {
      return value;
    }
    known = shared.putIfAbsent(key, value);
    return known != null ? known : value;
  }
}
