package okr.store;

import java.text.Normalizer;
import java.util.Locale;

/** Ids from titles: lowercase ASCII letters, digits and dashes, accents folded. */
public final class Slugs {

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
}
