package okr.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TerminalWidthTest {

  @Test
  void readsTheColumnsOfSttySize() {
    assertThat(TerminalWidth.columns("50 120\n")).isEqualTo(OptionalInt.of(120));
  }

  @Test
  void anythingElseIsNoAnswer() {
    assertThat(TerminalWidth.columns("")).isEmpty();
    assertThat(TerminalWidth.columns("0 0\n")).isEmpty();
    assertThat(TerminalWidth.columns("stty: 'standard input': Inappropriate ioctl\n")).isEmpty();
  }
}
