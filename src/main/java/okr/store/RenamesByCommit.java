package okr.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import okr.model.Rename;
import okr.model.Workspace;

/**
 * Which of the workspace's {@code okr mv} renames a commit's goal files were written after: those
 * whose journal entry that commit holds. {@code okr mv} writes the goal files and the rename entry
 * together, so a version of a goal file names things as they were named once the renames in its own
 * commit's journal were made, and the later renames say what those names stand for today. The
 * working tree holds every rename.
 *
 * <p>Asking the journal rather than the order of commits is what keeps a swap through a temporary
 * id (k → t, j → k, t → j) apart, whatever commits it was spread over, and a rename made on a
 * branch out of the versions of another branch that had not seen it.
 *
 * <p>Each journal file holding a rename is looked up in every commit asked about in one {@code git
 * cat-file --batch-check} ({@code COMMIT:./PATH}), and its distinct versions are read in one {@code
 * git cat-file --batch}; nothing is run when the journal holds no rename.
 */
final class RenamesByCommit {

  private final Git git;
  private final Workspace ws;
  private final GitBlobs blobs;

  /** The renames of each journal file that holds any, by its path from the workspace's root. */
  private final Map<String, List<Rename>> byFile = new LinkedHashMap<>();

  /** The ids of the renames each commit asked about holds. */
  private final Map<String, Set<String>> held = new HashMap<>();

  /** The ids of the renames each version of a journal file holds. */
  private final Map<String, Set<String>> inBlob = new HashMap<>();

  RenamesByCommit(Git git, Workspace ws, GitBlobs blobs) {
    this.git = git;
    this.ws = ws;
    this.blobs = blobs;
    for (Rename rename : ws.renames()) {
      Path file = rename.spans().self() == null ? null : rename.spans().self().file();
      if (file == null) {
        continue; // a rename no file holds is in no commit: it counts for the working tree only
      }
      String path =
          ws.root()
              .toAbsolutePath()
              .normalize()
              .relativize(file.toAbsolutePath().normalize())
              .toString()
              .replace('\\', '/');
      if (!path.startsWith("..") && !path.contains("\n")) {
        byFile.computeIfAbsent(path, p -> new ArrayList<>()).add(rename);
      }
    }
  }

  /**
   * What the ids in a version of a goal file stand for today.
   *
   * @param rev the commit the version is from ({@code HASH}, {@code HASH^}, {@code HEAD}), read
   *     with {@link #load} first; null for the working tree, whose ids are today's
   */
  UnaryOperator<String> idsAt(String rev) {
    if (rev == null || ws.renames().isEmpty()) {
      return UnaryOperator.identity();
    }
    Set<String> made = held.getOrDefault(rev, Set.of());
    return ref -> ws.currentAfter(ref, rename -> made.contains(rename.id()));
  }

  /**
   * Finds which renames each of {@code revs} holds, for those not looked up yet.
   *
   * @param alongWith blobs to read in the same {@code git cat-file --batch} as the journal's (the
   *     goal files' versions), so that history runs one process less
   */
  void load(Collection<String> revs, Set<String> alongWith) throws Git.GitFailed {
    List<String> wanted = new ArrayList<>(new LinkedHashSet<>(revs));
    wanted.removeAll(held.keySet());
    if (wanted.isEmpty() || byFile.isEmpty()) {
      wanted.forEach(rev -> held.put(rev, Set.of()));
      blobs.fetch(alongWith);
      return;
    }
    List<String> files = new ArrayList<>(byFile.keySet());
    StringBuilder names = new StringBuilder();
    for (String rev : wanted) {
      for (String file : files) {
        names.append(rev).append(":./").append(file).append('\n');
      }
    }
    String[] found =
        new String(
                git.run(
                    names.toString().getBytes(StandardCharsets.UTF_8),
                    "cat-file",
                    "--batch-check=%(objectname) %(objecttype)"),
                StandardCharsets.UTF_8)
            .split("\n", -1);
    // One line out for each line in: a blob's id, or the name asked for and "missing".
    String[] versions = new String[wanted.size() * files.size()];
    Set<String> blobIds = new LinkedHashSet<>(alongWith);
    for (int i = 0; i < versions.length && i < found.length; i++) {
      if (found[i].endsWith(" blob")) {
        versions[i] = found[i].substring(0, found[i].indexOf(' '));
        blobIds.add(versions[i]);
      }
    }
    blobs.fetch(blobIds);
    for (int r = 0; r < wanted.size(); r++) {
      Set<String> ids = new HashSet<>();
      for (int f = 0; f < files.size(); f++) {
        String blob = versions[r * files.size() + f];
        if (blob != null) {
          ids.addAll(renamesIn(files.get(f), blob));
        }
      }
      held.put(wanted.get(r), ids);
    }
  }

  /**
   * The renames of today's journal a version of {@code file} holds: an entry okr wrote is found by
   * its id (26 characters no other entry has); one without an id (the block form of the first
   * journals, named by its content) by reading the version as a journal.
   */
  private Set<String> renamesIn(String file, String blob) {
    return inBlob.computeIfAbsent(
        blob,
        b -> {
          String text = blobs.text(b);
          Set<String> ids = new HashSet<>();
          if (text == null) {
            return ids;
          }
          Set<String> read = null;
          for (Rename rename : byFile.get(file)) {
            if (rename.spans().has("id")) {
              if (text.contains(rename.id())) {
                ids.add(rename.id());
              }
              continue;
            }
            if (read == null) {
              read = renameIds(ws.root().resolve(file), text);
            }
            if (read.contains(rename.id())) {
              ids.add(rename.id());
            }
          }
          return ids;
        });
  }

  /** The ids of the renames a journal file's text holds, as okr reads it. */
  private static Set<String> renameIds(Path file, String text) {
    JournalReader reader = new JournalReader();
    LocatedYamlParser.parse(file, text, reader).root().ifPresent(reader::root);
    Set<String> ids = new HashSet<>();
    reader.contents().renames().forEach(r -> ids.add(r.id()));
    return ids;
  }
}
