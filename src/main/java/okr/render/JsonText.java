package okr.render;

/** JSON for commands that build their own documents; written by the same Jackson setup. */
public final class JsonText {

  private JsonText() {}

  public static String pretty(Object value) {
    return Json.pretty(value);
  }

  /** A JSON document as a tree, to nest one document in another. */
  public static Object parse(String json) {
    return Json.parse(json);
  }
}
