package okr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okr.Git;
import okr.TestFiles;

/**
 * A team's repository for tests: a bare origin holding a copy of examples/acme, which each teammate
 * clones; okr runs in-process in a clone, git as a real process.
 */
final class TeamClones {

  private final Path temp;
  private final Path origin;

  /** The origin, made in {@code temp} from examples/acme. */
  TeamClones(Path temp) {
    this.temp = temp;
    Path work = temp.resolve("work");
    try {
      TestFiles.copyTree(Path.of("examples/acme"), work);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Git.run(work, "init", "-q");
    Git.run(work, "add", ".");
    Git.run(work, "commit", "-q", "-m", "Acme's OKRs");
    origin = temp.resolve("origin.git");
    Git.run(temp, "clone", "-q", "--bare", work.toString(), origin.toString());
  }

  Path clone(String name) {
    Path dir = temp.resolve(name);
    Git.run(temp, "clone", "-q", origin.toString(), dir.toString());
    return dir;
  }

  /** Runs okr in a clone; fails the test unless it succeeds. */
  static CliRunner.Result okr(Path clone, String... args) {
    CliRunner.Result result = CliRunner.run(clone, args);
    assertThat(result.exit()).as("okr %s: %s", String.join(" ", args), result.err()).isZero();
    return result;
  }

  /** Runs okr in a clone as {@code who} (OKR_USER); fails the test unless it succeeds. */
  static CliRunner.Result okrAs(String who, Path clone, String... args) {
    CliRunner.Result result =
        CliRunner.run(
            clone, java.util.Map.of("NO_COLOR", "1", "USER", "tester", "OKR_USER", who), args);
    assertThat(result.exit()).as("okr %s: %s", String.join(" ", args), result.err()).isZero();
    return result;
  }

  static void commit(Path clone, String message) {
    Git.run(clone, "add", "-A");
    Git.run(clone, "commit", "-q", "-m", message);
  }

  /** Every entry `okr log --format json` shows (with {@code more} options), newest first. */
  static List<JsonNode> log(Path clone, String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("log", "--format", "json"));
    args.addAll(List.of(more));
    CliRunner.Result result = okr(clone, args.toArray(String[]::new));
    List<JsonNode> entries = new ArrayList<>();
    new ObjectMapper().readTree(result.out()).get("entries").forEach(entries::add);
    return entries;
  }
}
