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
    return MAPPER.writeValueAsString(value);
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
