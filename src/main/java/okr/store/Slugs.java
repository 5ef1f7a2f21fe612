package okr.store;

/** Kept for callers not yet moved to {@link okr.model.Slugs}, the one slug rule. */
public final class Slugs {

  private Slugs() {}

  public static String of(String title) {
    return okr.model.Slugs.of(title);
  }
}
