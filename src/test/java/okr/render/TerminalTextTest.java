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
  void hiddenTextSeparatorsSoftHyphensAndFillersAreShown() {
    // Tag characters spell text no one sees ("ig" here); the rest break or pad a line unseen.
    assertThat(TerminalText.sanitize("Pay \uDB40\uDC69\uDB40\uDC67 vendor"))
        .isEqualTo("Pay \\u{E0069}\\u{E0067} vendor");
    assertThat(TerminalText.sanitize("a\u2028b\u2029c")).isEqualTo("a\\u{2028}b\\u{2029}c");
    assertThat(TerminalText.sanitize("X\u00ADY")).isEqualTo("X\\u{AD}Y");
    assertThat(TerminalText.sanitize("\u115Fname\u3164")).isEqualTo("\\u{115F}name\\u{3164}");
    assertThat(TerminalText.sanitize("\u2063\u206F\uFFFB"))
        .isEqualTo("\\u{2063}\\u{206F}\\u{FFFB}");
  }

  @Test
  void emojiAndAccentsStayAsWritten() {
    // A variation selector picks the emoji's look; a combining accent belongs to its letter.
    assertThat(TerminalText.sanitize("\u2764\uFE0F e\u0301")).isEqualTo("\u2764\uFE0F e\u0301");
  }

  @Test
  void nullIsEmpty() {
    assertThat(TerminalText.sanitize(null)).isEmpty();
  }
}
