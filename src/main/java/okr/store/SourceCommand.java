package okr.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs a KPI's {@code command:} source with {@code sh -c} and gives back what it printed. The
 * command's value is what it printed by the time its shell ended: anything it started and left
 * running ({@code sleep 60 & echo 5}) is ended then, so a stray child neither holds the pull until
 * its timeout by keeping the output open nor outlives it.
 *
 * <p>Where {@code setsid} exists (Linux) the shell runs in a session of its own, so every process
 * it starts is in its process group, and one {@code kill} of the group ends them, even those whose
 * parent already exited. Elsewhere the runner notes the shell's descendants while it waits and ends
 * those; a child that detaches itself on purpose can escape that, but not the group.
 */
final class SourceCommand {

  /** After the shell ended and the rest was killed, how long the output may take to close. */
  private static final long DRAIN_MILLIS = 2_000;

  /** How often, without {@code setsid}, the shell's descendants are noted. */
  private static final long LOOK_MILLIS = 25;

  private static final Path SETSID = onPath("setsid");

  /**
   * The shells running now. okr ended by a signal (SIGTERM, or Ctrl-C, which misses a shell in a
   * session of its own) ends them and their groups on its way out, as a finished pull does: a
   * source left running would go on after okr and do what it does (write, send) unasked.
   */
  private static final RunningSources RUNNING = new RunningSources();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> RUNNING.endAll(process -> endTree(process, Set.of())), "okr-end-sources"));
  }

  private SourceCommand() {}

  static byte[] run(String command, Path root, Map<String, String> env, Duration timeout)
      throws SourcePull.Failed {
    return run(RUNNING, command, root, env, timeout);
  }

  /** Runs {@code command} noted in {@code running}, which a test can end as the signal would. */
  static byte[] run(
      RunningSources running, String command, Path root, Map<String, String> env, Duration timeout)
      throws SourcePull.Failed {
    List<String> argv =
        SETSID == null
            ? List.of("sh", "-c", command)
            : List.of(SETSID.toString(), "sh", "-c", command);
    ProcessBuilder builder = new ProcessBuilder(argv).directory(root.toFile());
    builder.environment().putAll(env);
    Process process;
    try {
      process = running.start(builder);
    } catch (IOException e) {
      throw new SourcePull.Failed("could not start `sh`: " + IoMessages.describe(e));
    } catch (RunningSources.Ending e) {
      throw new SourcePull.Failed("was not started: okr is ending");
    }
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // Its input is closed so that it waits for no input; a pipe that fails to close is one the
      // shell already closed, and the shell is waited for and ended below all the same.
    }
    Reader out = new Reader(process.getInputStream());
    Reader err = new Reader(process.getErrorStream());
    boolean finished;
    try {
      finished = waitForShell(process, timeout);
    } catch (InterruptedException e) {
      endTree(process, Set.of());
      Thread.currentThread().interrupt();
      throw new SourcePull.Failed("was interrupted");
    } finally {
      running.finished(process);
    }
    if (!finished) {
      throw new SourcePull.Failed("did not finish in " + seconds(timeout) + " (see --timeout)");
    }
    try {
      out.finish(DRAIN_MILLIS);
      err.finish(DRAIN_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SourcePull.Failed("was interrupted");
    }
    if (out.tooLong) {
      throw new SourcePull.Failed(
          "printed more than 1 MiB; it should print a number, or `date,value` lines");
    }
    if (process.exitValue() != 0) {
      String said = lastLine(err.bytes());
      throw new SourcePull.Failed(
          "exited with status " + process.exitValue() + (said.isEmpty() ? "" : ": " + said));
    }
    return out.bytes();
  }

  /**
   * Waits for the shell to end, at most {@code timeout}, then ends whatever it left running; false
   * when the shell itself was still running.
   */
  private static boolean waitForShell(Process process, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Set<ProcessHandle> seen = new HashSet<>();
    boolean finished = false;
    if (SETSID != null) {
      finished = process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } else {
      // Without a process group, a child whose shell ended is no one's descendant: note them now.
      while (!finished && System.nanoTime() < deadline) {
        process.descendants().forEach(seen::add);
        long left =
            Math.min(deadline - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(LOOK_MILLIS));
        finished = process.waitFor(Math.max(0, left), TimeUnit.NANOSECONDS);
      }
    }
    endTree(process, seen);
    return finished;
  }

  /** Ends the shell, its process group, its descendants and every process {@code seen}. */
  static void endTree(Process process, Set<ProcessHandle> seen) {
    // Found before the shell ends: then they are no longer its descendants.
    List<ProcessHandle> descendants = process.descendants().toList();
    // The shell goes first, by its pid: a shell that outlived its children would go on to its next
    // line (`sleep 60; touch SENT` would touch), and a killed one starts nothing more. Its group
    // follows. The other way round, a shell caught just starting (`setsid` not yet done: no group
    // to kill) made its group and forked in the moment between, and its child outlived okr.
    if (process.isAlive()) {
      // Only a running shell: destroying a Process also closes its output, unread or not.
      process.destroyForcibly();
    }
    if (SETSID != null) {
      killGroup(process.pid());
    }
    descendants.forEach(ProcessHandle::destroyForcibly);
    seen.forEach(ProcessHandle::destroyForcibly);
  }

  /**
   * Kills the process group {@code setsid} made for the shell: its leader's pid names it, and the
   * group lives on while any member does, so this also reaches children whose shell has ended.
   *
   * <p>Without a program: a Ctrl-C at the terminal, or {@code timeout}, signals okr's whole process
   * group, and a {@code kill} process okr had just started to end the source was in that group and
   * died of the same signal before it could, leaving the source running after okr. Linux lists each
   * process's group in {@code /proc}; the members are killed until none is left, as a member may
   * fork while it is being killed.
   */
  static void killGroup(long group) {
    if (!Files.isDirectory(PROC.resolve("self"))) {
      killGroupWithProgram(group);
      return;
    }
    for (int sweep = 0; sweep < 200; sweep++) {
      List<ProcessHandle> members = groupMembers(group);
      if (members.isEmpty()) {
        return;
      }
      members.forEach(ProcessHandle::destroyForcibly);
      Thread.onSpinWait();
    }
  }

  private static final Path PROC = Path.of("/proc");

  /** The living processes of {@code group} (a zombie is already dead, only not yet reaped). */
  static List<ProcessHandle> groupMembers(long group) {
    List<ProcessHandle> members = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.isEmpty() || !name.chars().allMatch(c -> c >= '0' && c <= '9')) {
          continue;
        }
        String stat;
        try {
          stat = Files.readString(entry.resolve("stat"), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException gone) {
          continue; // ended while the folder was read
        }
        // pid (command) state ppid pgrp ...: the command may hold spaces and parentheses.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ", 4);
        if (fields.length < 3 || fields[0].equals("Z") || fields[0].equals("X")) {
          continue;
        }
        if (fields[2].equals(Long.toString(group))) {
          ProcessHandle.of(Long.parseLong(name)).ifPresent(members::add);
        }
      }
    } catch (IOException e) {
      killGroupWithProgram(group);
    }
    return members;
  }

  /** Where there is no {@code /proc}: the {@code kill} program, with the risk told above. */
  private static void killGroupWithProgram(long group) {
    try {
      Process kill =
          new ProcessBuilder("kill", "-KILL", "--", "-" + group)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      kill.getOutputStream().close();
      kill.waitFor(5, TimeUnit.SECONDS);
    } catch (IOException e) {
      // No kill program: the descendants found before were ended one by one.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Path onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, program);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static String lastLine(byte[] bytes) {
    List<String> lines =
        new String(bytes, StandardCharsets.UTF_8).lines().map(String::strip).toList();
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (!lines.get(i).isEmpty()) {
        String line = lines.get(i);
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
      }
    }
    return "";
  }

  static String seconds(Duration timeout) {
    long s = timeout.toSeconds();
    return s * 1000 == timeout.toMillis() ? s + " s" : timeout.toMillis() + " ms";
  }

  /** Reads a stream to its end, up to {@link SourcePull#MAX_BYTES}, on a thread of its own. */
  private static final class Reader {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Thread thread;
    private volatile boolean tooLong;

    Reader(InputStream in) {
      thread =
          new Thread(
              () -> {
                byte[] buffer = new byte[8192];
                try (in) {
                  for (int n; (n = in.read(buffer)) >= 0; ) {
                    synchronized (bytes) {
                      if (bytes.size() + n > SourcePull.MAX_BYTES) {
                        tooLong = true;
                      } else {
                        bytes.write(buffer, 0, n);
                      }
                    }
                  }
                } catch (IOException e) {
                  // the process was killed: what was read is all there is
                }
              },
              "okr-pull-reader");
      thread.setDaemon(true);
      thread.start();
    }

    /**
     * Waits for the end of the output; a process that escaped the group may keep it open, and then
     * what the shell printed before it ended, which is already read, is all there is.
     */
    void finish(long millis) throws InterruptedException {
      thread.join(millis);
    }

    byte[] bytes() {
      synchronized (bytes) {
        return bytes.toByteArray();
      }
    }
  }
}
