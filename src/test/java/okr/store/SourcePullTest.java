package okr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a command's output becomes measurements. */
class SourcePullTest {

  private static final OffsetDateTime NOON = OffsetDateTime.parse("2026-11-23T12:00:00Z");

  private static List<SourcePull.Reading> lines(String text) throws SourcePull.Failed {
    return SourcePull.lines(text, NOON, ZoneOffset.UTC);
  }

  @Test
  void oneNumberIsMeasuredAtNoonToday() throws SourcePull.Failed {
    assertThat(lines("  6100\n\n")).containsExactly(new SourcePull.Reading(NOON, 6100));
  }

  @Test
  void dateValueLinesAreOneMeasurementEach() throws SourcePull.Failed {
    assertThat(lines("2026-11-20,52\r\n\n2026-11-21T08:00:00+01:00, 51.5\n"))
        .containsExactly(
            new SourcePull.Reading(OffsetDateTime.parse("2026-11-20T12:00:00Z"), 52),
            new SourcePull.Reading(OffsetDateTime.parse("2026-11-21T08:00:00+01:00"), 51.5));
  }

  @Test
  void anythingElseIsOneLineSayingWhat() {
    assertThatThrownBy(() -> lines("")).hasMessageStartingWith("printed nothing");
    assertThatThrownBy(() -> lines("1,234"))
        .hasMessage("printed on line 1 `1`, which is not a date or time");
    assertThatThrownBy(() -> lines("2026-11-20,52\n53"))
        .hasMessage("printed on line 2 `53`, which is not `date,value`");
    assertThatThrownBy(() -> lines("2026-11-20,NaN"))
        .hasMessage("printed on line 1 `NaN`, which is not a plain decimal number");
    assertThatThrownBy(() -> lines("1" + "0".repeat(400)))
        .hasMessageContaining("which is too large for a number");
  }
}
