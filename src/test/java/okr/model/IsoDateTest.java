package okr.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoDateTest {

  private static final DateTimeFormatter STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private static LocalDate formatter(String text, DateTimeFormatter format) {
    try {
      return LocalDate.parse(text, format);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Every day from year 0 to 9999 reads as both formatters read it. */
  @Test
  void everyDayOfFourDigitYearsReadsAsTheFormattersReadIt() {
    for (LocalDate day = LocalDate.of(0, 1, 1);
        day.getYear() <= 9999;
        day = day.plusDays(day.getYear() < 1890 || day.getYear() > 2110 ? 13 : 1)) {
      String text = day.toString();
      assertThat(IsoDate.plain(text)).as(text).isEqualTo(day);
      assertThat(formatter(text, STRICT)).isEqualTo(day);
      assertThat(formatter(text, DateTimeFormatter.ISO_LOCAL_DATE)).isEqualTo(day);
    }
  }

  /**
   * Near misses (days past a month's end, month 00 or 13, other digits, other lengths, signs) are
   * never read as another day: null, so the caller's formatter reads them or says why not.
   */
  @Test
  void whatItReadsIsWhatTheFormattersReadAndTheRestIsLeftToThem() {
    Random random = new Random(18);
    String alphabet = "0123456789-+ \u0665/";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      if (i % 2 == 0) {
        // Shaped like a date, with numbers in and out of range.
        text.append(String.format(Locale.ROOT, "%04d", random.nextInt(10000)))
            .append('-')
            .append(String.format(Locale.ROOT, "%02d", random.nextInt(14)))
            .append('-')
            .append(String.format(Locale.ROOT, "%02d", random.nextInt(33)));
        if (random.nextInt(10) == 0) {
          text.setCharAt(random.nextInt(10), alphabet.charAt(random.nextInt(alphabet.length())));
        }
      } else {
        int length = 8 + random.nextInt(5);
        for (int j = 0; j < length; j++) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String written = text.toString();
      LocalDate plain = IsoDate.plain(written);
      LocalDate strict = formatter(written, STRICT);
      if (plain != null) {
        assertThat(strict).as(written).isEqualTo(plain);
        assertThat(formatter(written, DateTimeFormatter.ISO_LOCAL_DATE)).isEqualTo(plain);
      } else if (written.length() == 10 && written.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        // Shaped as a date but not a day: the formatters refuse it too.
        assertThat(strict).as(written).isNull();
      }
    }
    assertThat(IsoDate.plain("2026-02-29")).isNull();
    assertThat(IsoDate.plain("2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(IsoDate.plain("+12026-01-01")).isNull();
    assertThat(IsoDate.plain("2026-1-01")).isNull();
    assertThat(IsoDate.plain(null)).isNull();
  }
}
