package okr.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The processes okr is running now (KPI sources, git asked who "me" is), so that okr ended by a
 * signal, or before it read their answer, can end them on its way out.
 *
 * <p>Starting a source and noting it are one step under one lock, and so is beginning to end: a
 * signal that comes while a source is being started waits for it to be noted and then ends it, and
 * a source asked for after okr began ending is never started. With the two apart, a signal in the
 * moment between them found nothing to end and the source outlived okr.
 */
public final class RunningSources {

  /** Thrown instead of starting a source once okr has begun ending. */
  public static final class Ending extends Exception {
    Ending() {
      super("okr is ending", null, false, false);
    }
  }

  private final Object lock = new Object();
  private final Set<Process> running = new HashSet<>();
  private boolean ending;

  /** Starts {@code builder}'s process and notes it, unless okr has begun ending. */
  public Process start(ProcessBuilder builder) throws IOException, Ending {
    synchronized (lock) {
      if (ending) {
        throw new Ending();
      }
      Process process = builder.start();
      running.add(process);
      return process;
    }
  }

  /** Forgets a process that has ended or been ended by its runner. */
  public void finished(Process process) {
    synchronized (lock) {
      running.remove(process);
    }
  }

  /** From now on nothing starts; every process running is given to {@code end}. */
  public void endAll(Consumer<Process> end) {
    List<Process> toEnd;
    synchronized (lock) {
      ending = true;
      toEnd = new ArrayList<>(running);
    }
    toEnd.forEach(end);
  }
}
