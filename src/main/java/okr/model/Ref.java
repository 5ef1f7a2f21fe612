package okr.model;

/**
 * A reference to an objective ({@code maratona}) or to one of its key results ({@code
 * maratona/climb}): the one reading of {@code obj/kr} for show, checkin, undo, mv, record, edit and
 * aligns_to. Whether the text is a valid slug path is the reader's question ({@code invalid-id});
 * this only splits it.
 *
 * @param objective the objective's id, or the whole text when it names no key result
 * @param keyResult the key result's id, or null
 */
public record Ref(String objective, String keyResult) {

  /** Splits at the first slash; {@code a/} or {@code /b} name no key result of an objective. */
  public static Ref parse(String text) {
    int slash = text.indexOf('/');
    if (slash <= 0) {
      return new Ref(text, null);
    }
    return new Ref(text.substring(0, slash), text.substring(slash + 1));
  }

  public boolean isKeyResult() {
    return keyResult != null;
  }

  /** {@code company} of {@code company/nps}, and of {@code company}. */
  public static String objectivePart(String text) {
    return parse(text).objective();
  }

  /** Whether {@code text} names objective {@code id} itself or one of its key results. */
  public static boolean within(String text, String id) {
    return text.equals(id) || text.startsWith(id + "/");
  }

  @Override
  public String toString() {
    return keyResult == null ? objective : objective + "/" + keyResult;
  }
}
