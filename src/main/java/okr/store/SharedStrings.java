package okr.store;

import okr.model.Interned;

/** One shared copy of each string that many values of a workspace repeat, up to a limit. */
final class SharedStrings {

  private final Interned<String, String> shared;

  SharedStrings(int limit) {
    this.shared = new Interned<>(limit);
  }

  /** The shared copy of {@code text}; null stays null. */
  String of(String text) {
    return text == null ? null : shared.of(text, text);
  }
}
