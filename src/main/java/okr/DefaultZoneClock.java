package okr;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The system clock in the default time zone, as {@link Clock#systemDefaultZone()}, whose zone is
 * looked up on a thread of its own from the start: the first lookup reads the JDK's time-zone
 * database, twice (once for {@code TimeZone}, once for {@code ZoneId}'s rules), about 30–45 ms of a
 * fresh JVM on this project's machine, which every command paid on its main thread before anything
 * else. A command asks for the zone only once it has read its workspace (today's date, a time to
 * write), by when the lookup is done.
 */
final class DefaultZoneClock extends Clock {

  private final CompletableFuture<ZoneId> zone = new CompletableFuture<>();

  /** Starts looking the default zone up now. */
  DefaultZoneClock() {
    Thread lookup =
        new Thread(
            () -> {
              try {
                zone.complete(ZoneId.systemDefault());
              } catch (RuntimeException | Error e) {
                zone.completeExceptionally(e);
              }
            },
            "okr-time-zone");
    lookup.setDaemon(true);
    lookup.start();
  }

  @Override
  public ZoneId getZone() {
    try {
      return zone.join();
    } catch (CompletionException e) {
      // The lookup's own failure, as the main thread would have met it.
      return ZoneId.systemDefault();
    }
  }

  @Override
  public Clock withZone(ZoneId other) {
    return Clock.system(other);
  }

  @Override
  public Instant instant() {
    return Instant.now();
  }

  @Override
  public long millis() {
    return System.currentTimeMillis();
  }
}
