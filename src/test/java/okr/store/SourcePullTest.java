package okr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a command's output becomes measurements. */
class SourcePullTest {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-23T09:14:05Z");

  private static List<SourcePull.Reading> lines(String text) throws SourcePull.Failed {
    return SourcePull.lines(text, NOW, ZoneOffset.UTC);
  }

  @Test
  void oneNumberIsMeasuredAtThePullsMoment() throws SourcePull.Failed {
    assertThat(lines("  6100\n\n")).containsExactly(new SourcePull.Reading(NOW, 6100, false));
  }

  @Test
  void dateValueLinesAreOneMeasurementEach() throws SourcePull.Failed {
    assertThat(lines("2026-11-20,52\r\n\n2026-11-21T08:00:00+01:00, 51.5\n"))
        .containsExactly(
            new SourcePull.Reading(OffsetDateTime.parse("2026-11-20T12:00:00Z"), 52, true),
            new SourcePull.Reading(OffsetDateTime.parse("2026-11-21T08:00:00+01:00"), 51.5, true));
  }

  @Test
  void anythingElseIsOneLineSayingWhat() {
    assertThatThrownBy(() -> lines("")).hasMessageStartingWith("printed nothing");
    assertThatThrownBy(() -> lines("1,234"))
        .hasMessage("printed on line 1 `1`, which is not a date or time");
    assertThatThrownBy(() -> lines("2026-11-20,52\n53"))
        .hasMessage("printed on line 2 `53`, which is not `date,value`");
    assertThatThrownBy(() -> lines("2026-11-20,NaN"))
        .hasMessage("printed on line 1 `NaN`, which is not a number");
  }

  @Test
  void numbersAreReadByTheOneDecimalGrammarWithItsHints() {
    assertThatThrownBy(() -> lines("1e400"))
        .hasMessage("printed `1e400`, which is too large to be a number");
    assertThatThrownBy(() -> lines("1_000"))
        .hasMessage(
            "printed `1_000`, which is not written as a plain decimal number (write `1000`)");
    assertThatThrownBy(() -> lines("00012"))
        .hasMessage("printed `00012`, which is not written as a plain decimal number (write `12`)");
    assertThatThrownBy(() -> lines("1" + "0".repeat(400)))
        .hasMessageContaining("which has more than 40 digits");
  }
}
