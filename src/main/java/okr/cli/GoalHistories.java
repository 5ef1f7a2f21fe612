package okr.cli;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import okr.model.GoalHistory;
import okr.model.Workspace;
import okr.render.TerminalText;
import okr.store.Git;
import okr.store.GoalHistoryReader;

/** What git remembers of a workspace's goal files, for the commands and rules that use it. */
final class GoalHistories {

  private GoalHistories() {}

  /**
   * The history of {@code files} (null: of every goal file); {@link GoalHistory#NONE} when the
   * workspace is in no git repository. When git fails, a one-line note says so on stderr and the
   * command goes on without history.
   */
  static GoalHistory of(Context ctx, Workspace ws, Collection<Path> files) {
    Optional<Git> git = Git.at(ws.root(), ctx.env());
    if (git.isEmpty()) {
      return GoalHistory.NONE;
    }
    if (git.get().shallow()) {
      // Silence here would read as "no goalpost moved": say what cannot be seen.
      ctx.err()
          .println(
              "okr: this git history is shallow, so changes made before its first commit are not"
                  + " seen; fetch all of it (`git fetch --unshallow`, or `fetch-depth: 0` for"
                  + " actions/checkout)");
    }
    try {
      return GoalHistoryReader.read(git.get(), ws, files);
    } catch (Git.GitFailed e) {
      ctx.err()
          .println(
              "okr: the goal files' git history could not be read: "
                  + TerminalText.sanitize(e.getMessage()));
      return GoalHistory.NONE;
    }
  }
}
