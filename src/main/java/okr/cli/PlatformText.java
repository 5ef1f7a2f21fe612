package okr.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import okr.render.TerminalText;

/**
 * Text the JVM decoded from bytes before okr saw it: arguments, environment values and file names.
 * Java decodes them with the locale's character set ({@code sun.jnu.encoding}, and the environment
 * on Java 17 with {@code file.encoding}), so under {@code LC_ALL=C} "Café" arrives as
 * "Caf\uFFFD\uFFFD" and under a Latin-1 locale as "CafÃ©". okr's text is UTF-8 whatever the locale:
 * text that was not decoded as UTF-8, or held bytes that are not UTF-8, is refused before anything
 * is written, never written wrong. The launcher picks a UTF-8 locale when it can, so this is the
 * last line.
 */
public final class PlatformText {

  private final boolean utf8;
  private final Map<String, String> env;

  PlatformText(Charset names, Charset contents, Map<String, String> env) {
    this.utf8 = isUtf8(names) && isUtf8(contents);
    this.env = env;
  }

  /** As this JVM decodes. */
  public static PlatformText of(Map<String, String> env) {
    String jnu = System.getProperty("sun.jnu.encoding");
    Charset names;
    try {
      names = jnu == null ? Charset.defaultCharset() : Charset.forName(jnu);
    } catch (IllegalArgumentException e) {
      names = StandardCharsets.US_ASCII;
    }
    return new PlatformText(names, Charset.defaultCharset(), env);
  }

  private static boolean isUtf8(Charset charset) {
    return charset.equals(StandardCharsets.UTF_8);
  }

  /** Whether {@code text} is what its bytes said: decoded as UTF-8, or plain ASCII. */
  public boolean readable(String text) {
    if (utf8) {
      return text.indexOf('\uFFFD') < 0;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The first argument that is not readable, as a one-line message; null if all are. */
  public String unreadableArgument(String... args) {
    for (String arg : args) {
      if (!readable(arg)) {
        return "the argument \"" + TerminalText.sanitize(arg) + "\" " + notUtf8();
      }
    }
    return null;
  }

  /** Why, and what to do: "is not valid UTF-8 in this locale (LANG=C); run with ...". */
  public String notUtf8() {
    return "is not valid UTF-8 in this locale ("
        + locale()
        + "); run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8";
  }

  private String locale() {
    for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      String value = env.get(name);
      if (value != null && !value.isEmpty()) {
        return name + "=" + TerminalText.sanitize(value);
      }
    }
    return "LANG and LC_ALL are not set";
  }

  /**
   * The environment, whose values are checked when okr reads them: an unreadable {@code OKR_USER}
   * is a usage error, while an unreadable variable okr never reads stays harmless.
   */
  public Map<String, String> environment() {
    return new AbstractMap<>() {
      @Override
      public String get(Object key) {
        String value = env.get(key);
        if (value != null && !readable(value)) {
          throw new UsageException("the environment variable " + key + " " + notUtf8());
        }
        return value;
      }

      @Override
      public boolean containsKey(Object key) {
        return env.containsKey(key);
      }

      @Override
      public Set<Entry<String, String>> entrySet() {
        return env.entrySet();
      }
    };
  }
}
