package okr.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimestampsTest {

  private static final DateTimeFormatter STRICT =
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);

  private static OffsetDateTime formatter(String text) {
    try {
      return OffsetDateTime.parse(text, STRICT);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Test
  void theCommonFormReadsAsTheFormatterReadsIt() {
    for (String text :
        List.of(
            "2026-11-20T18:02:00Z",
            "2026-11-20T18:02:00+01:00",
            "2026-11-20T18:02:00-05:30",
            "2026-11-20T18:02:00-00:00",
            "2024-02-29T23:59:59+14:00",
            "0001-01-01T00:00:00Z")) {
      OffsetDateTime read = Timestamps.common(text);
      assertThat(read).as(text).isNotNull().isEqualTo(formatter(text));
      assertThat(read.getOffset()).as(text).isEqualTo(formatter(text).getOffset());
    }
  }

  @Test
  void everythingElseIsLeftToTheFormatter() {
    for (String text :
        List.of(
            "2026-02-30T12:00:00Z",
            "2025-02-29T12:00:00Z",
            "2026-11-20T24:00:00Z",
            "2026-11-20T12:60:00Z",
            "2026-11-20T12:00:60Z",
            "2026-11-20T12:00:00+19:00",
            "2026-11-20T12:00:00+01:60",
            "2026-11-20t12:00:00Z",
            "2026-11-20T12:00:00z",
            "2026-11-20T12:00Z",
            "2026-11-20T12:00:00.5Z",
            "2026-11-20T12:00:00+0100",
            "2026-11-20 12:00:00Z",
            "2026-1a-20T12:00:00Z",
            "2026-11-20")) {
      assertThat(Timestamps.common(text)).as(text).isNull();
    }
  }
}
