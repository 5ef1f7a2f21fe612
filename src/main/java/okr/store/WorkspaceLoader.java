package okr.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import okr.model.Diagnostic;
import okr.model.Grade;
import okr.model.Kpi;
import okr.model.Objective;
import okr.model.PeriodCalendar;
import okr.model.Settings;
import okr.model.SmartGoal;
import okr.model.SourceSpan;
import okr.model.Workspace;

/**
 * Reads a whole workspace: okr.yaml, every goal file below the root (hidden folders, the journal
 * and {@code ignore:} paths excepted) and the journal in {@code checkins/}.
 */
public final class WorkspaceLoader {

  public static final String JOURNAL_DIR = "checkins";

  private final Path root;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final SourceTexts sources = new SourceTexts();
  private final Map<Path, String> planned;
  private final Map<Path, byte[]> edited;
  private final List<Path> files = new ArrayList<>();
  private final boolean personal;
  private final WorkspaceCache cache;

  private WorkspaceLoader(Path root, Map<Path, String> planned, boolean personal) {
    this(root, planned, Map.of(), personal, WorkspaceCache.OFF);
  }

  private WorkspaceLoader(
      Path root,
      Map<Path, String> planned,
      Map<Path, byte[]> edited,
      boolean personal,
      WorkspaceCache cache) {
    this.root = root.toAbsolutePath().normalize();
    this.planned = planned;
    this.edited = edited;
    this.personal = personal;
    this.cache = cache;
  }

  /** A shared workspace: its okr.yaml may not say who "me" is. */
  public static LoadResult load(Path root) {
    return load(root, false);
  }

  /**
   * @param personal whether this is the personal workspace (see {@link WorkspaceLocator}), whose
   *     okr.yaml may say {@code me:}
   */
  public static LoadResult load(Path root, boolean personal) {
    return new WorkspaceLoader(root, Map.of(), personal).load();
  }

  /** The workspace a location names, read as personal or shared as it was found. */
  public static LoadResult load(WorkspaceLocator.Location location) {
    return load(location.root(), location.personal());
  }

  /**
   * As {@link #load(WorkspaceLocator.Location)}, taking each file that has not changed since an
   * earlier run from {@code cache} instead of parsing it again, and keeping what it parsed there.
   */
  public static LoadResult load(WorkspaceLocator.Location location, WorkspaceCache cache) {
    LoadResult result =
        new WorkspaceLoader(location.root(), Map.of(), Map.of(), location.personal(), cache).load();
    cache.save();
    return result;
  }

  /**
   * The workspace as it would be with {@code planned} goal files added (path to text), so a new
   * file is checked with everything else before it is written.
   */
  public static LoadResult withPlannedFiles(Path root, Map<Path, String> planned) {
    return new WorkspaceLoader(root, planned, false).load();
  }

  /**
   * The workspace a location names as it would be with the goal file {@code file} holding {@code
   * bytes} instead of what is on disk: an edit is checked, bytes and all (encoding, size), exactly
   * as the file would be read once written, before it is written.
   */
  public static LoadResult withEditedFile(
      WorkspaceLocator.Location location, Path file, byte[] bytes) {
    return new WorkspaceLoader(
            location.root(), Map.of(), Map.of(file, bytes), location.personal(), WorkspaceCache.OFF)
        .load();
  }

  private LoadResult load() {
    Settings settings = readSettings();
    List<Diagnostic> journalListing = new ArrayList<>();
    List<Path> journalFiles = journalFiles(journalListing);
    // The journal's files are read on the other cores while this thread walks the folders for
    // the goal files, and put together while the goal files are read (see OverlappedReads).
    OverlappedReads<JournalRead, JournalJoined, GoalRead> reading =
        OverlappedReads.start(journalFiles, journalFileReads(), JOIN_JOURNAL, goalFileReads());
    List<Path> goalFiles;
    try {
      goalFiles = new ArrayList<>(goalFiles(settings.ignore()));
      goalFiles.addAll(planned.keySet());
    } catch (RuntimeException | Error e) {
      reading.abandon();
      throw e;
    }
    OverlappedReads.Results<JournalJoined, GoalRead> reads = reading.finish(goalFiles);
    List<Objective> objectives = new ArrayList<>();
    List<Kpi> kpis = new ArrayList<>();
    List<SmartGoal> goals = new ArrayList<>();
    // Merged in file order, so that output never depends on thread timing.
    for (GoalRead read : reads.second()) {
      files.add(read.file());
      problems.addAll(read.problems());
      if (hasNoId(read.entity())) {
        // No id (none, or `id: null`): its file's error says so; warnings about it, and views,
        // would only name it `null`.
        continue;
      }
      if (read.entity() instanceof Objective o) {
        objectives.add(o);
      } else if (read.entity() instanceof Kpi k) {
        kpis.add(k);
      } else if (read.entity() instanceof SmartGoal g) {
        goals.add(g);
      }
    }
    problems.addAll(journalListing);
    files.addAll(reads.first().files());
    problems.addAll(reads.first().problems());
    JournalFiles.Read journal = reads.first().journal();
    Workspace workspace =
        new Workspace(
            root,
            settings,
            objectives,
            kpis,
            goals,
            journal.entries(),
            canonicalPeriods(journal.grades(), settings.calendar()),
            journal.renames(),
            journal.retracted(),
            journal.retractions());
    return new LoadResult(workspace, problems, sources, files);
  }

  /**
   * Grades with their period labelled one way: a hand-written {@code grade: 2026-q3} is the grade
   * of 2026-Q3 for every view, for closing again and for the checks.
   */
  private static List<Grade> canonicalPeriods(List<Grade> grades, PeriodCalendar calendar) {
    // Loops rather than streams and lambdas on the path of every view: each lambda a command
    // meets costs its linking in the interpreter, archived or not (docs/architecture.md).
    List<Grade> canonical = new ArrayList<>(grades.size());
    for (Grade g : grades) {
      canonical.add(
          new Grade(
              g.id(),
              g.at(),
              g.by(),
              calendar.canonical(g.period()),
              g.kind(),
              g.ref(),
              g.score(),
              g.note(),
              g.spans()));
    }
    return List.copyOf(canonical);
  }

  /** One goal file read on its own: what it holds and what was wrong. */
  private static boolean hasNoId(Object entity) {
    return entity instanceof Objective o && o.id() == null
        || entity instanceof Kpi k && k.id() == null
        || entity instanceof SmartGoal g && g.id() == null;
  }

  private record GoalRead(Path file, Object entity, List<Diagnostic> problems) {}

  private GoalRead readGoalFile(Path file) {
    List<Diagnostic> own = new ArrayList<>();
    Optional<YNode> node = readYaml(file, true, own, sources);
    Object entity =
        node.isPresent() ? GoalFileReader.read(file, node.get(), own).orElse(null) : null;
    return new GoalRead(file, entity, own);
  }

  private Settings readSettings() {
    Path file = root.resolve(WorkspaceLocator.SETTINGS_FILE);
    if (!Files.isRegularFile(file)) {
      return Settings.defaults();
    }
    files.add(file);
    Optional<YNode> node = readYaml(file, false, problems, sources);
    return node.isPresent()
        ? SettingsReader.read(file, node.get(), personal, problems)
        : Settings.defaults();
  }

  /**
   * Reads, decodes and parses one file. Empty files are an error only where content is required (a
   * goal file says what it is); an empty okr.yaml or journal month is fine.
   */
  private static final List<Diagnostic> TOLERATE_NOTHING = List.of();

  private Optional<YNode> readYaml(
      Path file, boolean contentRequired, List<Diagnostic> problems, SourceTexts sources) {
    return readYaml(file, contentRequired, problems, sources, TOLERATE_NOTHING, null);
  }

  /**
   * Reads a file; with {@code tolerated} rule ids, findings of those rules go there instead of
   * making the whole file unreadable (a journal file reports its fused entries itself); with {@code
   * items}, the items of a top-level list go there as they are read.
   */
  private Optional<YNode> readYaml(
      Path file,
      boolean contentRequired,
      List<Diagnostic> problems,
      SourceTexts sources,
      List<Diagnostic> tolerated,
      LocatedYamlParser.ItemSink items) {
    byte[] bytes;
    if (planned.containsKey(file)) {
      return parse(
          file, planned.get(file), contentRequired, problems, sources, tolerated, items, null, 0);
    }
    boolean journal = tolerated != TOLERATE_NOTHING && isJournal(file);
    byte[] edit = edited.get(file);
    // What the file is before it is read: the cache's key for what is read next.
    FileIdentity before = edit == null ? cache.identity(file) : null;
    if (before != null) {
      WorkspaceCache.Hit hit = cache.lookup(file, before);
      if (hit != null) {
        try {
          Optional<YNode> root = hit.tree().read(items);
          sources.onDisk(file, hit.textHash());
          return contentChecked(file, root, contentRequired, problems);
        } catch (TreeCodec.Unreadable e) {
          cache.drop(file);
          if (items != null) {
            // Some items may have gone to the reader already: the caller starts it again.
            throw e;
          }
        }
      }
    }
    try {
      long size = edit != null ? edit.length : Files.size(file);
      long limit = journal ? SourceText.MAX_JOURNAL_BYTES : SourceText.MAX_BYTES;
      if (size > limit) {
        problems.add(
            Diagnostic.error(
                "file-too-large",
                SourceSpan.fileOnly(file),
                journal
                    ? String.format(
                        Locale.ROOT,
                        "the journal file is %,d bytes; a journal file may be at most 64 MiB",
                        size)
                    : String.format(
                        Locale.ROOT,
                        "the file is %,d bytes; goal files may be at most 1 MiB",
                        size),
                journal
                    ? "move some of its entries to a second file in the same folder"
                        + " (okr starts a new file before 8 MiB)"
                    : "split it into several files, or list it under `ignore:` in okr.yaml"));
        return Optional.empty();
      }
      bytes = edit != null ? edit : Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      problems.add(
          Diagnostic.error(
              "unreadable",
              SourceSpan.fileOnly(file),
              "the file cannot be read: " + IoMessages.describe(e),
              "check its permissions, or list it under `ignore:` in okr.yaml"));
      return Optional.empty();
    }
    List<Diagnostic> decoding = new ArrayList<>();
    String text = SourceText.decode(file, bytes, decoding);
    problems.addAll(decoding);
    if (text == null) {
      return Optional.empty();
    }
    int bytesHash = Arrays.hashCode(bytes);
    if (edit == null) {
      sources.onDisk(file, bytesHash);
    }
    // Only a file that decodes without a word is kept: its findings then all come from the
    // binders, which run again on the cached tree. Its hash is the one quoted lines are checked
    // against when the file is read again to quote them.
    return parse(
        file,
        text,
        contentRequired,
        problems,
        sources,
        tolerated,
        items,
        decoding.isEmpty() ? before : null,
        bytesHash);
  }

  private Optional<YNode> parse(
      Path file,
      String text,
      boolean contentRequired,
      List<Diagnostic> problems,
      SourceTexts sources,
      List<Diagnostic> tolerated,
      LocatedYamlParser.ItemSink items,
      FileIdentity before,
      int bytesHash) {
    if (planned.containsKey(file) || edited.containsKey(file)) {
      sources.inMemory(file, text);
    }
    TreeCodec.Writer tree = before != null ? new TreeCodec.Writer() : null;
    LocatedYamlParser.ItemSink sink = items;
    if (tree != null && items != null) {
      sink =
          (item, found) -> {
            if (found.isEmpty()) {
              tree.item(item);
            } else {
              tree.spoil();
            }
            items.item(item, found);
          };
    }
    LocatedYamlParser.Result parsed = LocatedYamlParser.parse(file, text, sink);
    if (tree != null && parsed.clean()) {
      byte[] kept = tree.finish(parsed.root());
      if (kept != null) {
        cache.put(file, before, bytesHash, kept);
      }
    }
    boolean onlyTolerated =
        tolerated != TOLERATE_NOTHING
            && parsed.problems().stream().allMatch(d -> d.rule().equals("duplicate-key"));
    if (onlyTolerated) {
      tolerated.addAll(parsed.problems());
    } else {
      problems.addAll(parsed.problems());
      if (!parsed.clean()) {
        return Optional.empty();
      }
    }
    return contentChecked(file, parsed.root(), contentRequired, problems);
  }

  private static Optional<YNode> contentChecked(
      Path file, Optional<YNode> root, boolean contentRequired, List<Diagnostic> problems) {
    if (root.isEmpty() && contentRequired) {
      problems.add(
          Diagnostic.error(
              "empty-file",
              new SourceSpan(file, 1, 1),
              "the goal file is empty",
              "add `kind:`, `id:` and `title:`, or delete the file"));
    }
    return root;
  }

  private List<Path> goalFiles(List<String> ignore) {
    if (personal && !Files.exists(root)) {
      // The personal workspace before anything was written to it: empty, not an error. The
      // first write creates it.
      return List.of();
    }
    List<PathMatcher> ignored = new ArrayList<>();
    for (String pattern : ignore) {
      String trimmed = pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern;
      ignored.add(FileSystems.getDefault().getPathMatcher("glob:" + trimmed));
      ignored.add(FileSystems.getDefault().getPathMatcher("glob:" + trimmed + "/**"));
    }
    List<Path> files = new ArrayList<>();
    walk(root, files, ignored, new HashSet<>());
    files.sort(null);
    return files;
  }

  private void walk(Path dir, List<Path> files, List<PathMatcher> ignored, Set<Path> visited) {
    try {
      visited.add(dir.toRealPath());
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              if (d.equals(dir)) {
                return FileVisitResult.CONTINUE;
              }
              return skipped(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              if (skipped(f)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink()) {
                followLink(f, files, ignored, visited);
              } else if (attrs.isRegularFile() && isYaml(f)) {
                files.add(f);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              // The walker opens a folder before asking preVisitDirectory, so a hidden or ignored
              // folder it cannot open (`.cache` with mode 000) lands here: it is skipped, not an
              // error, exactly as it would be if it could be read.
              if (!f.equals(dir) && skipped(f)) {
                return FileVisitResult.CONTINUE;
              }
              problems.add(
                  Diagnostic.error(
                      "unreadable",
                      SourceSpan.fileOnly(f),
                      "cannot be read: " + IoMessages.describe(e),
                      "check its permissions, or list it under `ignore:` in okr.yaml"));
              return FileVisitResult.CONTINUE;
            }

            private boolean skipped(Path p) {
              String name = p.getFileName().toString();
              if (name.startsWith(".")) {
                return true;
              }
              // Most files are neither the journal nor okr.yaml, and most workspaces ignore
              // nothing: the path is made relative (10,000 times in a large one) only if needed.
              if ((name.equals(JOURNAL_DIR) || name.equals(WorkspaceLocator.SETTINGS_FILE))
                  && root.relativize(p).getNameCount() == 1) {
                return true;
              }
              if (ignored.isEmpty()) {
                return false;
              }
              Path relative = root.relativize(p);
              return ignored.stream().anyMatch(m -> m.matches(relative));
            }
          });
    } catch (IOException e) {
      problems.add(
          Diagnostic.error(
              "unreadable",
              SourceSpan.fileOnly(dir),
              "the folder cannot be read: " + IoMessages.describe(e),
              "check its permissions"));
    }
  }

  /**
   * Symlinks are followed only while they stay inside the workspace, and each real folder is walked
   * once, so links out of the workspace and link loops are reported, never followed.
   */
  private void followLink(
      Path link, List<Path> files, List<PathMatcher> ignored, Set<Path> visited) {
    Path target = insideTarget(link, problems);
    if (target == null) {
      return;
    }
    if (Files.isDirectory(target)) {
      if (visited.contains(target)) {
        problems.add(
            Diagnostic.warning(
                "broken-symlink",
                SourceSpan.fileOnly(link),
                "the symbolic link loops back to a folder already read, so it was skipped",
                "fix or remove the link"));
      } else {
        walk(link, files, ignored, visited);
      }
    } else if (Files.isRegularFile(target) && isYaml(link)) {
      files.add(link);
    }
  }

  /** Where a link really leads, or null (reported) when it is broken, loops or leaves the root. */
  private Path insideTarget(Path link, List<Diagnostic> problems) {
    Path target;
    try {
      target = link.toRealPath();
    } catch (IOException e) {
      problems.add(
          Diagnostic.warning(
              "broken-symlink",
              SourceSpan.fileOnly(link),
              "the symbolic link is broken or loops, so it was skipped",
              "fix or remove the link"));
      return null;
    }
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      realRoot = root;
    }
    if (!target.startsWith(realRoot)) {
      problems.add(
          Diagnostic.warning(
              "symlink-outside",
              SourceSpan.fileOnly(link),
              "the symbolic link points outside the workspace ("
                  + target
                  + "), so it was not followed",
              "move the file into the workspace, or remove the link"));
      return null;
    }
    return target;
  }

  /** One journal file read on its own: what it holds (if it could be read) and what was wrong. */
  private record JournalRead(
      Path file, JournalReader.Contents contents, List<Diagnostic> problems) {}

  /** The journal's files put together: the files, what was wrong in them, the journal. */
  private record JournalJoined(
      List<Path> files, List<Diagnostic> problems, JournalFiles.Read journal) {

    /** Put together in file order, so output never depends on timing. */
    static JournalJoined of(List<JournalRead> reads) {
      List<Path> files = new ArrayList<>();
      List<Diagnostic> problems = new ArrayList<>();
      JournalFiles.Builder journal = JournalFiles.builder(problems);
      for (JournalRead read : reads) {
        files.add(read.file());
        problems.addAll(read.problems());
        if (read.contents() != null) {
          journal.add(read.contents());
        }
      }
      return new JournalJoined(files, problems, journal.build());
    }
  }

  // The three steps as classes, not method references: a warm view links no lambda (each costs
  // its linking in the interpreter, the first one java.lang.invoke's set-up; bench/README.md).
  private static final Function<List<JournalRead>, JournalJoined> JOIN_JOURNAL =
      new Function<>() {
        @Override
        public JournalJoined apply(List<JournalRead> reads) {
          return JournalJoined.of(reads);
        }
      };

  private Function<Path, JournalRead> journalFileReads() {
    return new Function<>() {
      @Override
      public JournalRead apply(Path file) {
        return readJournalFile(file);
      }
    };
  }

  private Function<Path, GoalRead> goalFileReads() {
    return new Function<>() {
      @Override
      public GoalRead apply(Path file) {
        return readGoalFile(file);
      }
    };
  }

  private JournalRead readJournalFile(Path file) {
    List<Diagnostic> own = new ArrayList<>();
    List<Diagnostic> fused = new ArrayList<>();
    // The entries are read while the file is parsed; they count only if the file as a whole is
    // sound (fused entries aside, which the reader reports itself).
    JournalReader reader = new JournalReader();
    Optional<YNode> root;
    try {
      root = readYaml(file, false, own, sources, fused, reader);
    } catch (TreeCodec.Unreadable e) {
      // Its cached tree failed half-way (the cache no longer offers it): read it from disk.
      own.clear();
      fused.clear();
      reader = new JournalReader();
      root = readYaml(file, false, own, sources, fused, reader);
    }
    if (root.isEmpty()) {
      return new JournalRead(file, null, own);
    }
    reader.root(root.get());
    own.addAll(reader.problems());
    return new JournalRead(file, reader.contents(), own);
  }

  /**
   * Every journal file: the month files of the first journals ({@code checkins/2026-11.yaml}) and
   * the files of each person in each month ({@code checkins/2026-11/glen.yaml}); what cannot be
   * listed goes to {@code problems}.
   */
  private List<Path> journalFiles(List<Diagnostic> problems) {
    Path dir = root.resolve(JOURNAL_DIR);
    // The journal folder itself linked out of the workspace (or broken, or looping) is reported
    // and not read, as any link below it is: its entries would otherwise be quoted and counted.
    if (Files.isSymbolicLink(dir) && insideTarget(dir, problems) == null) {
      return List.of();
    }
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    listJournal(dir, files, problems);
    List<Path> months = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path d : entries) {
        if (!d.getFileName().toString().startsWith(".")
            && Files.isDirectory(d)
            && (!Files.isSymbolicLink(d) || insideTarget(d, problems) != null)) {
          months.add(d);
        }
      }
    } catch (IOException e) {
      // reported by listJournal on the same folder
    }
    for (Path month : months) {
      listJournal(month, files, problems);
    }
    files.sort(null);
    return files;
  }

  private void listJournal(Path dir, List<Path> files, List<Diagnostic> problems) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path f : entries) {
        if (isYaml(f)
            && !f.getFileName().toString().startsWith(".")
            // A journal file linked out of the workspace is not read, as for goal files: its
            // content would otherwise be quoted in diagnostics.
            && (!Files.isSymbolicLink(f) || insideTarget(f, problems) != null)
            && Files.isRegularFile(f)) {
          files.add(f);
        }
      }
    } catch (IOException e) {
      problems.add(
          Diagnostic.error(
              "unreadable",
              SourceSpan.fileOnly(dir),
              "the journal folder cannot be read: " + IoMessages.describe(e),
              "check its permissions"));
    }
  }

  private boolean isJournal(Path file) {
    return root.relativize(file.toAbsolutePath().normalize()).startsWith(JOURNAL_DIR);
  }

  private static boolean isYaml(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }
}
