package okr.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import okr.model.Bound;
import okr.model.Commit;
import okr.model.Diagnostic;
import okr.model.GoalChange;
import okr.model.GoalHistory;
import okr.model.KeyResult;
import okr.model.Objective;
import okr.model.Workspace;

/**
 * The history of the workspace's objectives from git: every version of every goal file git has (its
 * blobs, read in one {@code git cat-file --batch}), parsed as okr parses the files today, and each
 * commit's versions compared with its parent's. Objectives and key results are matched by id, not
 * by file, and under the names they have today: the {@code okr mv} renames a version's commit did
 * not hold yet in its journal are followed ({@link RenamesByCommit}), so moving a file, renaming a
 * key result or swapping two ids does not lose or mix up its history. Uncommitted edits are
 * compared with {@code HEAD} and reported without a commit.
 *
 * <p>Merge commits are not compared with their parents: a change made on a branch is reported at
 * the commit that made it, by its author.
 */
public final class GoalHistoryReader {

  private final Git git;
  private final Workspace ws;
  private final Map<String, Optional<Objective>> parsed = new HashMap<>();
  private final GitBlobs blobs;
  private final RenamesByCommit renames;

  /** Where each objective read from a version came from, to find a value's text as written. */
  private final Map<Objective, Version> versions = new java.util.IdentityHashMap<>();

  /** Each version's scalars by place, parsed again only when a value could not be read. */
  private final Map<String, Map<List<Integer>, String>> scalars = new HashMap<>();

  private record Version(Path file, String blob) {}

  private GoalHistoryReader(Git git, Workspace ws) {
    this.git = git;
    this.ws = ws;
    this.blobs = new GitBlobs(git);
    this.renames = new RenamesByCommit(git, ws, blobs);
  }

  /**
   * @param files the goal files whose history to read, each followed across renames ({@code git log
   *     --follow}); null for every goal file of the workspace
   */
  public static GoalHistory read(Git git, Workspace ws, Collection<Path> files)
      throws Git.GitFailed {
    return new GoalHistoryReader(git, ws).read(files);
  }

  private GoalHistory read(Collection<Path> files) throws Git.GitFailed {
    try {
      git.run(null, "rev-parse", "--verify", "--quiet", "HEAD^{commit}");
    } catch (Git.GitFailed e) {
      // A repository without a commit yet: nothing is committed, nothing has moved.
      return new GoalHistory(true, List.of(), Map.of());
    }
    List<GitLog.FileChange> changes = new ArrayList<>();
    if (files == null) {
      changes.addAll(log(false, List.of(".")));
    } else {
      for (Path file : files) {
        changes.addAll(follow(relative(file)));
      }
    }
    List<GitLog.FileChange> uncommitted =
        GitLog.parse(
            git.run(
                null,
                // Plumbing: unlike `git diff`, it never refreshes (writes) the index.
                "diff-index",
                "-z",
                "--no-abbrev",
                "--no-renames",
                "HEAD",
                "--",
                ".",
                ":(exclude)" + WorkspaceLoader.JOURNAL_DIR));
    // Which renames each version was written after: its commit's journal tells, for the versions
    // a commit made and the ones its parent had. The journal's versions are read in the same
    // process as the goal files'.
    Set<String> revs = new LinkedHashSet<>();
    for (GitLog.FileChange c : changes) {
      revs.add(c.hash());
      revs.add(c.hash() + "^");
    }
    revs.add("HEAD");
    renames.load(revs, versions(changes, uncommitted));
    return compare(changes, uncommitted);
  }

  /**
   * What every {@code git log} here asks for: raw records with full blob ids, NUL-separated, and
   * nothing a user's configuration could run or colour.
   */
  private static final List<String> RAW_LOG =
      List.of("-z", "--raw", "--no-abbrev", "--no-color", "--no-ext-diff", "--no-textconv");

  /** How many times one file's history is followed into a file of another name by its id. */
  private static final int MAX_HOPS = 100;

  /**
   * The history of one goal file, followed across renames: git's own ({@code --follow}, which needs
   * the two versions to be alike), and, where git saw the file created, a goal file deleted in that
   * commit holding an objective of the same id. A file moved and rewritten in one commit (a new
   * title, a description, key results reordered) is too unlike its old self for git, but it is the
   * same objective.
   */
  private List<GitLog.FileChange> follow(String path) throws Git.GitFailed {
    List<GitLog.FileChange> all = new ArrayList<>();
    String spec = path;
    String rev = null;
    for (int hop = 0; hop < MAX_HOPS && spec != null; hop++) {
      List<GitLog.FileChange> found = log(true, List.of(spec), rev);
      all.addAll(found);
      spec = null;
      // Newest first: the last record is where git saw the file begin.
      GitLog.FileChange created = found.isEmpty() ? null : found.get(found.size() - 1);
      if (created == null || created.status() != 'A' || created.newBlob() == null) {
        break;
      }
      fetch(Set.of(created.newBlob()));
      String parent = created.hash() + "^";
      renames.load(List.of(created.hash(), parent), Set.of());
      Optional<String> id =
          objective(created.newPath(), created.newBlob())
              .map(o -> renames.idsAt(created.hash()).apply(o.id()));
      if (id.isEmpty()) {
        break;
      }
      UnaryOperator<String> deletedIds = renames.idsAt(parent);
      for (GitLog.FileChange deleted : deletedIn(created.hash())) {
        Optional<Objective> was = objective(deleted.oldPath(), deleted.oldBlob());
        if (was.isPresent() && deletedIds.apply(was.get().id()).equals(id.get())) {
          all.add(deleted);
          spec = ":(top,literal)" + deleted.oldPath();
          rev = parent;
          break;
        }
      }
    }
    return all;
  }

  /** The goal files {@code commit} deleted, their old versions fetched. */
  private List<GitLog.FileChange> deletedIn(String commit) throws Git.GitFailed {
    List<String> args = new ArrayList<>(List.of("log", "-1"));
    args.addAll(RAW_LOG);
    args.addAll(List.of("--no-renames", "--diff-filter=D", GitLog.FORMAT, commit));
    List<GitLog.FileChange> deleted =
        GitLog.parse(git.run(null, args.toArray(String[]::new))).stream()
            .filter(c -> isGoalFile(c.oldPath()) && c.oldBlob() != null)
            .toList();
    Set<String> blobIds = new LinkedHashSet<>();
    deleted.forEach(c -> blobIds.add(c.oldBlob()));
    fetch(blobIds);
    return deleted;
  }

  private List<GitLog.FileChange> log(boolean follow, List<String> paths) throws Git.GitFailed {
    return log(follow, paths, null);
  }

  /** {@code git log} of {@code paths}, from {@code rev} (null: HEAD). */
  private List<GitLog.FileChange> log(boolean follow, List<String> paths, String rev)
      throws Git.GitFailed {
    List<String> args = new ArrayList<>(List.of("log"));
    args.addAll(RAW_LOG);
    // Newest first: git's --reverse does not mix with --follow (it loses the file).
    args.addAll(List.of("--find-renames", "--date-order", GitLog.FORMAT));
    if (rev != null) {
      args.add(rev);
    }
    if (follow) {
      args.add("--follow");
    }
    args.add("--");
    args.addAll(paths);
    if (!follow) {
      args.add(":(exclude)" + WorkspaceLoader.JOURNAL_DIR);
    }
    return GitLog.parse(git.run(null, args.toArray(String[]::new)));
  }

  private String relative(Path file) {
    return ws.root().relativize(file.toAbsolutePath().normalize()).toString();
  }

  /** The blobs of every version of a goal file named. */
  private static Set<String> versions(
      List<GitLog.FileChange> changes, List<GitLog.FileChange> uncommitted) {
    Set<String> wanted = new LinkedHashSet<>();
    for (GitLog.FileChange c : changes) {
      if (isGoalFile(c.oldPath()) && c.oldBlob() != null) {
        wanted.add(c.oldBlob());
      }
      if (isGoalFile(c.newPath()) && c.newBlob() != null) {
        wanted.add(c.newBlob());
      }
    }
    for (GitLog.FileChange c : uncommitted) {
      if (isGoalFile(c.oldPath()) && c.oldBlob() != null) {
        wanted.add(c.oldBlob());
      }
    }
    return wanted;
  }

  private void fetch(Set<String> wanted) throws Git.GitFailed {
    blobs.fetch(wanted);
  }

  private static boolean isGoalFile(String path) {
    if (path == null) {
      return false;
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    return (name.endsWith(".yaml") || name.endsWith(".yml"))
        && !name.equals(WorkspaceLocator.SETTINGS_FILE);
  }

  /** The objective a version of a goal file holds, if it reads as one. */
  private Optional<Objective> objective(String path, String blob) {
    if (blob == null || !isGoalFile(path)) {
      return Optional.empty();
    }
    return parsed.computeIfAbsent(
        blob,
        id -> {
          String text = blobs.text(id);
          if (text == null || text.length() > 1 << 20) {
            return Optional.empty();
          }
          Path file = git.top().resolve(path);
          List<Diagnostic> ignored = new ArrayList<>();
          Optional<Objective> read =
              LocatedYamlParser.parse(file, text)
                  .root()
                  .flatMap(node -> GoalFileReader.read(file, node, ignored))
                  .filter(Objective.class::isInstance)
                  .map(Objective.class::cast);
          read.ifPresent(o -> versions.put(o, new Version(file, id)));
          return read;
        });
  }

  /**
   * The text written for {@code key} of {@code kr} in the version {@code owner} was read from, when
   * it is there: an old version may hold a value okr cannot read ({@code target: 1_000}), which
   * then reads as absent, and history shows it as written rather than as none.
   */
  private String written(Objective owner, KeyResult kr, String key) {
    Version version = owner == null ? null : versions.get(owner);
    if (version == null || !kr.spans().has(key)) {
      return null;
    }
    okr.model.SourceSpan at = kr.spans().at(key);
    Map<List<Integer>, String> byPlace =
        scalars.computeIfAbsent(
            version.blob(),
            id -> {
              Map<List<Integer>, String> found = new HashMap<>();
              LocatedYamlParser.parse(version.file(), blobs.text(id))
                  .root()
                  .ifPresent(root -> collectScalars(root, found));
              return found;
            });
    return byPlace.get(List.of(at.line(), at.column()));
  }

  private static void collectScalars(YNode node, Map<List<Integer>, String> out) {
    if (node instanceof YNode.YScalar s) {
      if (!s.isNull()) {
        out.put(List.of(s.span().line(), s.span().column()), s.text());
      }
      return;
    }
    if (node instanceof YNode.YSeq seq) {
      seq.items().forEach(item -> collectScalars(item, out));
    } else if (node instanceof YNode.YMap map) {
      map.entries().forEach(e -> collectScalars(e.value(), out));
    }
    // A list or mapping where a number belongs is shown as written too, in flow style.
    out.put(List.of(node.span().line(), node.span().column()), flow(node));
  }

  /** A value's text in YAML flow style: {@code [1, 2]}, {@code {x: 1}}. */
  private static String flow(YNode node) {
    if (node instanceof YNode.YSeq seq) {
      return "["
          + String.join(", ", seq.items().stream().map(GoalHistoryReader::flow).toList())
          + "]";
    }
    if (node instanceof YNode.YMap map) {
      return "{"
          + String.join(
              ", ", map.entries().stream().map(e -> e.key() + ": " + flow(e.value())).toList())
          + "}";
    }
    YNode.YScalar scalar = (YNode.YScalar) node;
    return scalar.isNull() ? "null" : scalar.text();
  }

  private GoalHistory compare(
      List<GitLog.FileChange> changes, List<GitLog.FileChange> uncommitted) {
    // The file changes of each commit together: an objective moved from one file to another is
    // removed from one and added to the other in the same commit.
    Map<String, List<GitLog.FileChange>> byCommit = new LinkedHashMap<>();
    Set<String> seen = new java.util.HashSet<>();
    for (GitLog.FileChange c : changes) {
      String key = c.hash() + "\0" + c.oldPath() + "\0" + c.newPath();
      if (seen.add(key)) {
        byCommit.computeIfAbsent(c.hash(), h -> new ArrayList<>()).add(c);
      }
    }
    List<GoalChange> found = new ArrayList<>();
    Map<String, LocalDate> appeared = new HashMap<>();
    List<List<GitLog.FileChange>> oldestFirst = new ArrayList<>(byCommit.values());
    java.util.Collections.reverse(oldestFirst);
    for (List<GitLog.FileChange> files : oldestFirst) {
      GitLog.FileChange first = files.get(0);
      if (first.when() == null) {
        continue;
      }
      Commit commit = new Commit(first.hash(), author(first.author(), first.email()), first.when());
      List<Objective> olds = new ArrayList<>();
      List<Objective> news = new ArrayList<>();
      for (GitLog.FileChange f : files) {
        objective(f.oldPath(), f.oldBlob()).ifPresent(olds::add);
        objective(f.newPath(), f.newBlob()).ifPresent(news::add);
      }
      // A commit that is no merge is compared with its parent.
      UnaryOperator<String> oldIds = renames.idsAt(commit.hash() + "^");
      UnaryOperator<String> newIds = renames.idsAt(commit.hash());
      Map<String, Objective> before = new LinkedHashMap<>();
      Map<String, Objective> after = new LinkedHashMap<>();
      olds.forEach(o -> before.put(oldIds.apply(o.id()), o));
      news.forEach(o -> after.put(newIds.apply(o.id()), o));
      for (Map.Entry<String, Objective> now : after.entrySet()) {
        for (KeyResult kr : now.getValue().keyResults()) {
          appeared.merge(
              newIds.apply(now.getValue().id() + "/" + kr.id()),
              commit.when().toLocalDate(),
              (a, b) -> a.isBefore(b) ? a : b);
        }
        Objective old = before.get(now.getKey());
        if (old != null) {
          diff(now.getKey(), old, oldIds, now.getValue(), newIds, commit, found);
        }
      }
    }
    UnaryOperator<String> headIds = renames.idsAt("HEAD");
    UnaryOperator<String> today = renames.idsAt(null);
    for (GitLog.FileChange f : uncommitted) {
      objective(f.oldPath(), f.oldBlob())
          .ifPresent(
              old -> {
                String id = headIds.apply(old.id());
                ws.objective(id).ifPresent(now -> diff(id, old, headIds, now, today, null, found));
              });
    }
    return new GoalHistory(true, found, appeared);
  }

  private String author(String name, String email) {
    return ws.settings()
        .people()
        .byEmail(email)
        .or(() -> ws.settings().people().byName(name))
        .orElse(name);
  }

  private void diff(
      String id,
      Objective old,
      UnaryOperator<String> oldIds,
      Objective now,
      UnaryOperator<String> nowIds,
      Commit commit,
      List<GoalChange> out) {
    field(id, "title", old.header().title(), now.header().title(), commit, out);
    Map<String, KeyResult> olds = new HashMap<>();
    for (KeyResult kr : old.keyResults()) {
      olds.put(oldIds.apply(old.id() + "/" + kr.id()), kr);
    }
    for (KeyResult kr : now.keyResults()) {
      String ref = nowIds.apply(now.id() + "/" + kr.id());
      KeyResult was = olds.get(ref);
      if (was == null) {
        continue;
      }
      field(ref, "title", was.title(), kr.title(), commit, out);
      Numbers numbers = new Numbers(ref, old, was, now, kr, commit, out);
      numbers.field("baseline", was.baseline(), kr.baseline());
      numbers.field("target", was.target(), kr.target());
      numbers.field("stretch", was.stretch(), kr.stretch());
      numbers.field("weight", was.weight(), kr.weight());
      field(
          ref,
          "direction",
          was.direction() == null ? null : was.direction().word(),
          kr.direction() == null ? null : kr.direction().word(),
          commit,
          out);
    }
  }

  /**
   * Compares the numbers of one key result in two versions; a value that reads as absent but is
   * written (unreadable) is compared, and shown, as its text.
   */
  private final class Numbers {
    private final String ref;
    private final Objective oldOwner;
    private final KeyResult was;
    private final Objective nowOwner;
    private final KeyResult now;
    private final Commit commit;
    private final List<GoalChange> out;

    Numbers(
        String ref,
        Objective oldOwner,
        KeyResult was,
        Objective nowOwner,
        KeyResult now,
        Commit commit,
        List<GoalChange> out) {
      this.ref = ref;
      this.oldOwner = oldOwner;
      this.was = was;
      this.nowOwner = nowOwner;
      this.now = now;
      this.commit = commit;
      this.out = out;
    }

    void field(String key, Double before, Double after) {
      String beforeText = before != null ? null : written(oldOwner, was, key);
      String afterText = after != null ? null : written(nowOwner, now, key);
      if (Objects.equals(before, after) && Objects.equals(beforeText, afterText)) {
        return;
      }
      int rise = before == null || after == null ? 0 : Double.compare(after, before);
      out.add(
          new GoalChange(
              ref,
              key,
              before != null ? Bound.plain(before) : beforeText,
              after != null ? Bound.plain(after) : afterText,
              rise,
              commit,
              beforeText != null,
              afterText != null));
    }
  }

  private static void field(
      String ref, String field, String was, String now, Commit commit, List<GoalChange> out) {
    if (!Objects.equals(was, now)) {
      out.add(new GoalChange(ref, field, was, now, 0, commit));
    }
  }
}
