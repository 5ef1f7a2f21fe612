package okr.render;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON for scripts: Jackson writes it, so escaping is always right, text kept exact. */
final class Json {

  private static final JsonMapper MAPPER =
      JsonMapper.builder(JsonFactory.builder().characterEscapes(new Invisible()).build())
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private Json() {}

  static String pretty(Object value) {
    return loneSurrogatesEscaped(MAPPER.writeValueAsString(value));
  }

  /**
   * Jackson writes half a surrogate pair (text such as "\\uD800" in a goal file) as the raw char,
   * which no UTF-8 output can hold: it became "?" and the text was lost. Written as {@code \\uD800}
   * it parses back to the exact text. Pairs are left as they are; a lone half can only stand inside
   * a JSON string, where the escape means the same char.
   */
  static String loneSurrogatesEscaped(String json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      boolean lone =
          Character.isHighSurrogate(c)
                  && (i + 1 == json.length() || !Character.isLowSurrogate(json.charAt(i + 1)))
              || Character.isLowSurrogate(c)
                  && (i == 0 || !Character.isHighSurrogate(json.charAt(i - 1)));
      if (lone && out == null) {
        out = new StringBuilder(json.length() + 16).append(json, 0, i);
      }
      if (out != null) {
        out.append(
            lone ? String.format(java.util.Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c));
      }
    }
    return out == null ? json : out.toString();
  }

  static Object parse(String json) {
    return MAPPER.readTree(json);
  }

  /**
   * JSON may hold C1 controls, bidi overrides and zero-width characters raw; written as {@code
   * \\uXXXX} the text is the same to any parser, but `okr status --format json` read at a terminal
   * can no longer reorder or hide what it shows.
   */
  private static final class Invisible extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (TerminalText.needsEscape(ch) && !Character.isSurrogate((char) ch)) {
        return new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04X", ch));
      }
      return null;
    }
  }
}
