package okr.store;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared string per key name ("title", "leads[1]") in the places of every entity. Each file
 * brings its own copies of the same few names; a workspace of 10,000 files held over a million
 * equal strings, a quarter of its memory.
 */
final class SpanNames {

  /** Enough for every name a real workspace uses; a file of random keys must not grow it. */
  private static final int LIMIT = 4096;

  private static final ConcurrentHashMap<String, String> NAMES = new ConcurrentHashMap<>();

  private SpanNames() {}

  static String of(String name) {
    String shared = NAMES.get(name);
    if (shared != null) {
      return shared;
    }
    if (NAMES.size() >= LIMIT) {
      return name;
    }
    shared = NAMES.putIfAbsent(name, name);
    return shared != null ? shared : name;
  }

  /** The name of item {@code index} of the list under {@code key}: "leads[1]". */
  static String item(String key, int index) {
    return of(key + "[" + index + "]");
  }
}
