package okr;

import java.util.Optional;

/**
 * okr started by a launcher that waits for it rather than becoming it (src/main/dist/bin/okr, while
 * a class-data archive is in use, so that it can remove the archive after a crash). A signal sent
 * to the launcher's pid alone ({@code kill PID}, a program ending the okr it started) ends the
 * launcher, which cannot pass it on while it waits; okr sees its parent change and ends as it would
 * have on SIGTERM, shutdown hooks and all, instead of running on unseen.
 */
final class LauncherWatch {

  /** As the JVM ends on SIGTERM: 128 + 15. */
  static final int TERMINATED = 143;

  private static final long POLL_MILLIS = 200;

  private LauncherWatch() {}

  /** Starts watching the parent named by {@code launcherPid}, if it is this process's parent. */
  static void start(String launcherPid) {
    if (launcherPid == null) {
      return;
    }
    long launcher;
    try {
      launcher = Long.parseLong(launcherPid);
    } catch (NumberFormatException e) {
      return;
    }
    if (!isParent(launcher)) {
      return;
    }
    Thread watch =
        new Thread(
            () -> {
              while (isParent(launcher)) {
                try {
                  Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                  return;
                }
              }
              System.exit(TERMINATED);
            },
            "okr-launcher-watch");
    watch.setDaemon(true);
    watch.start();
  }

  private static boolean isParent(long pid) {
    Optional<ProcessHandle> parent = ProcessHandle.current().parent();
    return parent.isPresent() && parent.get().pid() == pid;
  }
}
