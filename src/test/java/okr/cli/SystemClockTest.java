package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class SystemClockTest {

  /**
   * Today without --today is told from TimeZone's offset rather than java.time's zone rules (which
   * cost start-up a service loader and the time-zone database): it must be the same day in every
   * zone the runtime knows, on either side of each of its offset changes and on ordinary days.
   */
  @Test
  void theDayIsTheOneJavaTimeGivesInEveryZone() {
    long checked = 0;
    for (String id : ZoneId.getAvailableZoneIds()) {
      ZoneId zone = ZoneId.of(id);
      TimeZone timeZone = TimeZone.getTimeZone(id);
      for (long millis : instantsToTry(zone.getRules())) {
        LocalDate expected = LocalDate.ofInstant(Instant.ofEpochMilli(millis), zone);
        assertThat(SystemClock.dayAt(timeZone, millis))
            .as("%s at %s", id, Instant.ofEpochMilli(millis))
            .isEqualTo(expected);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(100_000);
    assertThat(Instant.ofEpochMilli(SystemClock.TIME_ZONE_EXACT_UNTIL))
        .isEqualTo(Instant.parse("2037-01-01T00:00:00Z"));
  }

  /**
   * Each offset change from 1970 to 2040 (past TimeZone's exact range), a millisecond and an hour
   * either side, and each noon.
   */
  private static List<Long> instantsToTry(ZoneRules rules) {
    List<Long> millis = new ArrayList<>();
    Instant from = Instant.parse("1970-01-01T00:00:00Z");
    Instant until = Instant.parse("2040-01-01T00:00:00Z");
    ZoneOffsetTransition t = rules.nextTransition(from);
    while (t != null && t.getInstant().isBefore(until)) {
      long at = t.getInstant().toEpochMilli();
      for (long delta : new long[] {-3_600_000, -1, 0, 1, 3_600_000}) {
        millis.add(at + delta);
      }
      t = rules.nextTransition(t.getInstant());
    }
    for (long day = 0; day < 70 * 366; day += 37) {
      millis.add(day * 86_400_000L + 43_200_000L);
      // the last millisecond of a UTC day, where a day boundary in the zone is closest for many
      millis.add(day * 86_400_000L + 86_399_999L);
    }
    return millis;
  }

  @Test
  void aGivenClockIsAskedAsBefore() {
    Clock fixed = Clock.fixed(Instant.parse("2026-11-23T23:30:00Z"), ZoneOffset.ofHours(2));
    assertThat(SystemClock.today(fixed)).isEqualTo(LocalDate.of(2026, 11, 24));
  }

  @Test
  void theSystemClockIsTheComputersClockInItsZone() {
    SystemClock clock = new SystemClock();
    assertThat(clock.getZone()).isEqualTo(ZoneId.systemDefault());
    long before = System.currentTimeMillis();
    long now = clock.millis();
    assertThat(now).isBetween(before, System.currentTimeMillis());
    assertThat(clock.instant().toEpochMilli()).isGreaterThanOrEqualTo(now);
    LocalDate today = SystemClock.today(clock);
    // Around midnight the day may turn between the two readings.
    assertThat(today)
        .isIn(
            LocalDate.now(Clock.systemDefaultZone()).minusDays(1),
            LocalDate.now(Clock.systemDefaultZone()));
    assertThat(clock.withZone(ZoneOffset.UTC).getZone()).isEqualTo(ZoneOffset.UTC);
  }
}
