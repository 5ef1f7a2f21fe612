package okr.model;

import java.util.Map;

/**
 * The places of an entity and of each of its keys, so that any later diagnostic can point at the
 * exact value it is about.
 */
public record Spans(SourceSpan self, Map<String, SourceSpan> keys) {

  public Spans {
    keys = Map.copyOf(keys);
  }

  public static Spans of(SourceSpan self) {
    return new Spans(self, Map.of());
  }

  /** The place of {@code key}'s value, or of the entity itself when the key was not written. */
  public SourceSpan at(String key) {
    return keys.getOrDefault(key, self);
  }

  /** The place of item {@code index} of a list under {@code key} (a single value is item 0). */
  public SourceSpan item(String key, int index) {
    return keys.getOrDefault(key + "[" + index + "]", at(key));
  }

  public boolean has(String key) {
    return keys.containsKey(key);
  }
}
