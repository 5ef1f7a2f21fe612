package okr.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one slug rule: an id is lowercase ASCII letters, digits and dashes, starting with a letter or
 * digit. Ids made from titles follow it, accents folded.
 */
public final class Slugs {

  /** The grammar of an id, as a regular expression. */
  public static final String GRAMMAR = "[a-z0-9][a-z0-9-]*";

  private static final int MAX_LENGTH = 48;

  private Slugs() {}

  public static String of(String title) {
    String slug =
        Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (slug.length() > MAX_LENGTH) {
      slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
    }
    return slug.isEmpty() ? "goal" : slug;
  }

  /** Words YAML reads as null or a boolean, so a plain {@code id:} holding one is no id. */
  private static final java.util.Set<String> YAML_WORDS =
      java.util.Set.of("null", "true", "false", "yes", "no", "on", "off", "y", "n");

  /** Whether YAML would read {@code id}, written plain, as something other than text. */
  public static boolean isYamlWord(String id) {
    return YAML_WORDS.contains(id);
  }

  /**
   * A slug that reads back as itself when written plain: {@code null} becomes {@code null-2}, as a
   * taken id would, so that an id made from a title like "Null" is an id.
   */
  public static String readable(String slug) {
    return isYamlWord(slug) ? slug + "-2" : slug;
  }

  /** Whether {@code text} is an id as written in goal files, settings and the journal. */
  public static boolean isId(String text) {
    if (text == null || text.isEmpty() || !idChar(text.charAt(0)) || text.charAt(0) == '-') {
      return false;
    }
    // {@link #GRAMMAR} by hand: every reference in a large journal is checked, and a matcher per
    // check was most of the time spent on them (SlugsTest holds the two to each other).
    for (int i = 1; i < text.length(); i++) {
      if (!idChar(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code [a-z0-9-]}: ASCII only, as in the grammar. */
  private static boolean idChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
  }
}
