package okr.model;

/**
 * A reference to an objective ({@code maratona}) or to one of its key results or initiatives
 * ({@code maratona/climb}, {@code maratona/hill-rides}): the one reading of {@code obj/kr} for
 * show, checkin, undo, log, mv, record, edit, the journal and aligns_to. Key results and
 * initiatives of one objective share one set of ids, so the second part names one of them at most;
 * which one is the workspace's answer. Whether the text is a valid slug path is the reader's
 * question ({@code invalid-id}); this only splits it.
 *
 * @param objective the objective's id, or the whole text when it names no key result
 * @param keyResult the id of the key result or initiative, or null
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

  /** The ref of a key result or initiative of {@code objective}. */
  public static Ref of(String objective, String child) {
    return new Ref(objective, child);
  }

  /** Whether it names something inside an objective: a key result or an initiative. */
  public boolean isKeyResult() {
    return keyResult != null;
  }

  /** Whether it names one key result or initiative of one objective: {@code obj/x}, no more. */
  public boolean isOneLevelDeep() {
    return keyResult != null && !keyResult.isEmpty() && keyResult.indexOf('/') < 0;
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
