package okr.store;

/**
 * One shared string per key name ("title", "leads[1]") in the places of every entity. Each file
 * brings its own copies of the same few names; a workspace of 10,000 files held over a million
 * equal strings, a quarter of its memory.
 */
final class SpanNames {

  /** Enough for every name a real workspace uses. */
  private static final SharedStrings NAMES = new SharedStrings(4096);

  private SpanNames() {}

  static String of(String name) {
    return NAMES.of(name);
  }

  /** The name of item {@code index} of the list under {@code key}: "leads[1]". */
  static String item(String key, int index) {
    return of(key + "[" + index + "]");
  }
}
