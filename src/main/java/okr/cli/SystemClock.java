package okr.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;

/**
 * The computer's clock in its time zone, as {@link Clock#systemDefaultZone()}, but with the zone
 * looked up only when a command asks for it. Java's zone rules ({@code java.time.zone}) are read
 * from the runtime's time-zone database through a service loader the first time any zone is
 * resolved: 30–45 ms of a warm {@code okr status} at start-up (bench/README.md), spent before the
 * command line was even read, and for nothing when {@code --today} names the day. The day itself is
 * told from {@link TimeZone}'s offset, which the JVM has read at start already; SystemClockTest
 * checks it against the zone rules in every zone the runtime knows.
 */
public final class SystemClock extends Clock {

  private volatile ZoneId zone;

  public SystemClock() {}

  @Override
  public ZoneId getZone() {
    ZoneId z = zone;
    if (z == null) {
      z = ZoneId.systemDefault();
      zone = z;
    }
    return z;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.system(zone);
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  @Override
  public long millis() {
    return System.currentTimeMillis();
  }

  /**
   * TimeZone keeps each zone's offset changes up to the end of 2037 and only a repeating rule after
   * that, where java.time has them all (Morocco's, tied to Ramadan, run to 2087): past this instant
   * (2037-01-01T00:00Z) the day is asked of java.time.
   */
  static final long TIME_ZONE_EXACT_UNTIL = 2_114_380_800_000L;

  /** Today on {@code clock}: for this clock without resolving java.time's zone rules. */
  static LocalDate today(Clock clock) {
    if (clock instanceof SystemClock) {
      return dayAt(TimeZone.getDefault(), System.currentTimeMillis());
    }
    return LocalDate.now(clock);
  }

  /** The calendar day in {@code zone} at {@code millis} since the epoch. */
  static LocalDate dayAt(TimeZone zone, long millis) {
    if (millis >= TIME_ZONE_EXACT_UNTIL) {
      return LocalDate.ofInstant(Instant.ofEpochMilli(millis), zone.toZoneId());
    }
    long local = millis + zone.getOffset(millis);
    return LocalDate.ofEpochDay(Math.floorDiv(local, 86_400_000L));
  }
}
