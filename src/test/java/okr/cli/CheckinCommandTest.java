package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which command lines open the terminal before they are parsed. */
class CheckinCommandTest {

  @Test
  void aCheckinWithoutEntryFlagsWillAsk() {
    assertThat(CheckinCommand.asksQuestions(new String[] {"checkin"})).isTrue();
    assertThat(CheckinCommand.asksQuestions(new String[] {"-C", "ws", "checkin", "maratona"}))
        .isTrue();
    assertThat(CheckinCommand.asksQuestions(new String[] {"checkin", "--dry-run"})).isTrue();
  }

  @Test
  void flagsHelpOrAnotherCommandWillNot() {
    assertThat(CheckinCommand.asksQuestions(new String[] {"checkin", "x/y", "--value", "3"}))
        .isFalse();
    assertThat(CheckinCommand.asksQuestions(new String[] {"checkin", "--confidence=7"})).isFalse();
    assertThat(CheckinCommand.asksQuestions(new String[] {"checkin", "--help"})).isFalse();
    assertThat(CheckinCommand.asksQuestions(new String[] {"status"})).isFalse();
  }
}
