package okr.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import okr.check.Checker;
import okr.model.Diagnostic;
import okr.prompt.Abandoned;
import okr.prompt.Prompter;
import okr.store.LoadResult;

/**
 * The check of a workspace a command will write to after asking questions, run on a thread of its
 * own while the command works out its first question (whom to ask about what, the scores it shows),
 * rather than before: the two took about as long as each other, one after the other, on the way to
 * the first question (bench/README.md, "first question"). Nothing is shown until the check has
 * passed: the prompter from {@link #gate} holds the lines said before the first question and shows
 * them with it, so that okr still never asks for answers it would refuse to write, and a workspace
 * with errors shows only the refusal, as {@link Writing#load} gives it. The write itself checks
 * again under the workspace lock ({@link Writing#append}).
 */
final class CheckBeforeAsking {

  private final LoadResult loaded;
  private final CompletableFuture<List<Diagnostic>> findings = new CompletableFuture<>();

  private CheckBeforeAsking(LoadResult loaded) {
    this.loaded = loaded;
  }

  /**
   * Starts checking {@code loaded} as of {@code today}. A workspace that did not read without
   * errors is refused at once ({@link Writing.Blocked}): what a command would work out from it is
   * not worth working out.
   */
  static CheckBeforeAsking start(LoadResult loaded, LocalDate today) {
    if (Writing.unreadable(loaded)) {
      Writing.requireClean(loaded, today);
    }
    CheckBeforeAsking check = new CheckBeforeAsking(loaded);
    // The rules only read the workspace, an immutable model, which the command reads meanwhile.
    Meanwhile.completing(
            "okr-check", check.findings, () -> Checker.check(loaded.workspace(), today))
        .start();
    return check;
  }

  /** The workspace as read; its check may still be running. */
  okr.model.Workspace workspace() {
    return loaded.workspace();
  }

  /** Waits for the check; refuses ({@link Writing.Blocked}) a workspace with errors. */
  void require() {
    List<Diagnostic> found;
    try {
      found = findings.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
    Writing.refuseErrors(loaded, found);
  }

  /**
   * What went wrong while the command worked out its questions: the refusal if the workspace has
   * errors (what was worked out read a workspace the check refuses), else {@code failure} itself.
   */
  RuntimeException explain(RuntimeException failure) {
    require();
    return failure;
  }

  /**
   * {@code prompter}, holding back what is said until the check has passed: at the first question,
   * or when {@link Gate#release} is called (a session that ends without asking anything).
   */
  Gate gate(Prompter prompter) {
    return new Gate(prompter);
  }

  /** A prompter that shows nothing before the check has passed. */
  final class Gate implements Prompter {

    private final Prompter prompter;
    private List<String> held = new ArrayList<>();

    private Gate(Prompter prompter) {
      this.prompter = prompter;
    }

    /** Waits for the check (refusing on errors), then shows the lines held back. */
    void release() {
      if (held != null) {
        require();
        List<String> lines = held;
        held = null;
        lines.forEach(prompter::say);
      }
    }

    @Override
    public void say(String line) {
      if (held != null) {
        held.add(line);
      } else {
        prompter.say(line);
      }
    }

    @Override
    public String ask(String prompt) throws Abandoned {
      release();
      return prompter.ask(prompt);
    }

    @Override
    public String askLines(String prompt) throws Abandoned {
      release();
      return prompter.askLines(prompt);
    }

    @Override
    public boolean confirm(String question, boolean defaultYes) throws Abandoned {
      release();
      return prompter.confirm(question, defaultYes);
    }

    @Override
    public int width() {
      return prompter.width();
    }

    @Override
    public void close() {
      prompter.close();
    }
  }
}
