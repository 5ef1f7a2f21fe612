package okr.store;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared copy of each string that many values of a workspace repeat, up to a limit: each file
 * brings its own copies of the same few texts, and a large workspace held a million equal strings.
 * The limit keeps a file of made-up names from growing the table without end; past it, a string is
 * simply not shared.
 */
final class SharedStrings {

  private final int limit;
  private final ConcurrentHashMap<String, String> shared = new ConcurrentHashMap<>();

  SharedStrings(int limit) {
    this.limit = limit;
  }

  /** The shared copy of {@code text}; null stays null. */
  String of(String text) {
    if (text == null) {
      return null;
    }
    String known = shared.get(text);
    if (known != null) {
      return known;
    }
    if (shared.size() >= limit) {
      return text;
    }
    known = shared.putIfAbsent(text, text);
    return known != null ? known : text;
  }
}
