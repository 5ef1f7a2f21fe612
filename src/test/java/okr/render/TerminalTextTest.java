package okr.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

  @Test
  void plainTextPassesUnchanged() {
    assertThat(TerminalText.sanitize("Café – 4,230 m ✓ 日本")).isEqualTo("Café – 4,230 m ✓ 日本");
  }

  @Test
  void escapeSequencesAndControlsAreShownNotSent() {
    assertThat(TerminalText.sanitize("a\u001B[2Jb")).isEqualTo("a\\e[2Jb");
    assertThat(TerminalText.sanitize("\u001B]8;;http://x\u0007link"))
        .isEqualTo("\\e]8;;http://x\\u{7}link");
    assertThat(TerminalText.sanitize("line\nnext\r\t")).isEqualTo("line\\nnext\\r\\t");
    assertThat(TerminalText.sanitize("c1\u009Bx")).isEqualTo("c1\\u{9B}x");
  }

  @Test
  void bidiOverridesAndInvisibleCharactersAreShown() {
    assertThat(TerminalText.sanitize("abc\u202Edef")).isEqualTo("abc\\u{202E}def");
    assertThat(TerminalText.sanitize("\u2066x\u2069")).isEqualTo("\\u{2066}x\\u{2069}");
    assertThat(TerminalText.sanitize("zero\u200Bwidth")).isEqualTo("zero\\u{200B}width");
  }

  @Test
  void nullIsEmpty() {
    assertThat(TerminalText.sanitize(null)).isEmpty();
  }
}
