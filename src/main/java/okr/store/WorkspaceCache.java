package okr.store;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * The parsed files of one workspace, kept between runs in the user's cache so that a file that has
 * not changed is not parsed again: a warm {@code okr status} never loads the YAML parser. Each file
 * is kept as its {@link TreeCodec tree} under its path and {@link FileIdentity identity}; the
 * binders run on the tree as they run on a fresh parse, so what a command prints cannot differ.
 *
 * <p>Never trusted over the files: a file is taken from the cache only when every field of its
 * identity is as recorded and it is not racily clean ({@link FileIdentity#racy}); otherwise it is
 * read and parsed as without a cache. Only files that read and parsed without any finding are kept
 * (a file with a parse diagnostic is always read again). A cache that does not read whole (wrong
 * magic, another format or okr build, another workspace, a checksum that does not match, truncated)
 * is as good as none. Writing it is best effort: it is replaced by a rename of a whole new file, so
 * a reader sees the old cache or the new one; a folder that cannot be written, a full disk or
 * another okr writing at the same moment only means this run's reading is not kept.
 */
public final class WorkspaceCache {

  /** Turns the cache off when set to anything (as {@code OKR_NO_ARCHIVE} does the archives). */
  public static final String OFF_VARIABLE = "OKR_NO_CACHE";

  static final int FORMAT = 1;
  private static final byte[] MAGIC = "okr-tree".getBytes(StandardCharsets.US_ASCII);
  static final String FILE = "parsed";

  /** No cache: every file is read. */
  public static final WorkspaceCache OFF =
      new WorkspaceCache(null, null, null, null, Identities.OF_FILE_SYSTEM);

  /** How a file's identity is found; tests stand in a file system without some fields. */
  interface Identities {
    FileIdentity of(Path file) throws IOException;

    /**
     * The file system's. A class rather than {@code FileIdentity::of}: every lambda a command meets
     * is linked in the interpreter on every run, archived or not (docs/architecture.md).
     */
    Identities OF_FILE_SYSTEM =
        new Identities() {
          @Override
          public FileIdentity of(Path file) throws IOException {
            return FileIdentity.of(file);
          }
        };
  }

  /** A file as the cache holds it. */
  private record Slot(FileIdentity identity, int textHash, byte[] bytes, int offset, int length) {}

  /** A file the cache could give: its text's hash (for quoting lines) and its tree. */
  record Hit(int textHash, TreeCodec.Reader tree) {}

  private final Path dir;
  private final Path base;
  private final String root;
  private final String build;
  private final Identities identities;

  private Map<String, Slot> loaded;
  private long loadedStamp;
  private final Map<String, Slot> next = new ConcurrentHashMap<>();
  private final AtomicInteger hits = new AtomicInteger();
  private final Set<String> refused = ConcurrentHashMap.newKeySet();
  private volatile boolean missed;
  private Path temp;
  private long stamp;
  private boolean unwritable;

  WorkspaceCache(Path dir, Path base, String root, String build, Identities identities) {
    this.dir = dir;
    this.base = base;
    this.root = root;
    this.build = build;
    this.identities = identities;
  }

  /**
   * The cache of the workspace at {@code root} in the user's cache folder ({@code
   * $XDG_CACHE_HOME/okr/workspaces/}, else {@code ~/.cache/okr/workspaces/}), or {@link #OFF} when
   * {@value #OFF_VARIABLE} is set or there is no such folder to name.
   */
  public static WorkspaceCache forUser(Path root, Map<String, String> env) {
    String off = env.get(OFF_VARIABLE);
    if (off != null && !off.isEmpty()) {
      return OFF;
    }
    Path home = cacheHome(env);
    String build = buildId();
    if (home == null || build == null) {
      return OFF;
    }
    return at(home.resolve("okr").resolve("workspaces"), root, build);
  }

  /** The cache of {@code root} under {@code workspaces}, one folder per workspace's real path. */
  static WorkspaceCache at(Path workspaces, Path root, String build) {
    return at(workspaces, root, build, Identities.OF_FILE_SYSTEM);
  }

  static WorkspaceCache at(Path workspaces, Path root, String build, Identities identities) {
    String real;
    try {
      real = root.toRealPath().toString();
    } catch (IOException | SecurityException e) {
      // Not there yet (the personal workspace before its first write): nothing to keep.
      return OFF;
    }
    if (inside(workspaces, root, Path.of(real))) {
      // A cache folder in the workspace (HOME inside it): reading never writes into a workspace.
      return OFF;
    }
    return new WorkspaceCache(
        workspaces.resolve(folderName(real)),
        root.toAbsolutePath().normalize(),
        real,
        build,
        identities);
  }

  private static boolean inside(Path folder, Path root, Path realRoot) {
    Path absolute = folder.toAbsolutePath().normalize();
    if (absolute.startsWith(root.toAbsolutePath().normalize()) || absolute.startsWith(realRoot)) {
      return true;
    }
    // The folder's nearest existing parent, made real, catches a link into the workspace.
    for (Path p = absolute; p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        try {
          return p.toRealPath().resolve(p.relativize(absolute)).startsWith(realRoot);
        } catch (IOException | SecurityException e) {
          return false;
        }
      }
    }
    return false;
  }

  private static Path cacheHome(Map<String, String> env) {
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && xdg.startsWith("/")) {
      return Path.of(xdg);
    }
    String home = env.get("HOME");
    if (home != null && home.startsWith("/")) {
      return Path.of(home, ".cache");
    }
    return null;
  }

  /**
   * A name for the workspace's folder from its real path (FNV-1a, 64 bits): two paths that share a
   * name only take turns with one cache, since the cache names the path it was made for.
   */
  static String folderName(String realPath) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : realPath.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    // Sixteen hex digits, zero-padded, by hand: java.util.Formatter's first use compiles its
    // pattern and sets up locale data, a few milliseconds of every warm start.
    String hex = Long.toHexString(hash);
    return "0".repeat(16 - hex.length()) + hex;
  }

  /**
   * This okr build: the hash of okr.jar the launcher names ({@code -Dokr.build}, written into it
   * when it is built), and the version and the size and time of the jar (or folder) the classes
   * came from, so that a cache written by any other build, whose parser may read differently, is
   * not used. The hash matters: a reproducible build gives every jar the same time, so a rebuilt
   * jar of the same size would otherwise pass for the old one. Where no launcher names it (the
   * Windows launcher, {@code java -cp 'lib/*' okr.Main}) the jar's CRC-32 is taken instead: about a
   * millisecond for its megabyte, which the Unix launcher saves. Null (no cache) where the jar
   * cannot be told.
   */
  private static String buildId() {
    try {
      var source = WorkspaceCache.class.getProtectionDomain().getCodeSource();
      Path where = Path.of(source.getLocation().toURI());
      BasicFileAttributes a = Files.readAttributes(where, BasicFileAttributes.class);
      String hash = System.getProperty(BUILD_PROPERTY);
      if (hash == null && a.isRegularFile()) {
        hash = "crc" + contentCrc(where);
      }
      return buildId(
          hash,
          WorkspaceCache.class.getPackage().getImplementationVersion(),
          a.size(),
          a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    } catch (Exception e) {
      return null;
    }
  }

  /** The CRC-32 of a file's bytes. */
  static long contentCrc(Path file) throws IOException {
    CRC32 crc = new CRC32();
    crc.update(Files.readAllBytes(file));
    return crc.getValue();
  }

  /** The property the launcher sets to the hash of okr.jar. */
  static final String BUILD_PROPERTY = "okr.build";

  static String buildId(String jarHash, String version, long size, long modified) {
    return (jarHash == null ? "" : jarHash + " ") + version + " " + size + " " + modified;
  }

  boolean enabled() {
    return dir != null;
  }

  /** How many files this run took from the cache. */
  int hits() {
    return hits.get();
  }

  /** A file's identity now, or null when it cannot be told (the file is then just read). */
  FileIdentity identity(Path file) {
    if (dir == null) {
      return null;
    }
    try {
      return identities.of(file);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The cached tree of {@code file} if its identity is exactly {@code now} and it is not racily
   * clean; else null, and the caller reads the file, only after this call returns.
   */
  Hit lookup(Path file, FileIdentity now) {
    String key = key(file);
    Slot slot = refused.contains(key) ? null : loaded().get(key);
    if (slot != null && slot.identity().equals(now) && !now.racy(loadedStamp)) {
      hits.incrementAndGet();
      next.put(key, slot);
      return new Hit(
          slot.textHash(), new TreeCodec.Reader(slot.bytes(), slot.offset(), slot.length(), file));
    }
    missed = true;
    stamp();
    return null;
  }

  /** Keeps a file just read and parsed cleanly, under the identity it had before it was read. */
  void put(Path file, FileIdentity before, int textHash, byte[] tree) {
    next.put(key(file), new Slot(before, textHash, tree, 0, tree.length));
  }

  /** Forgets a file whose cached tree did not decode: it was read from disk instead. */
  void drop(Path file) {
    String key = key(file);
    refused.add(key);
    next.remove(key);
    missed = true;
    stamp();
  }

  /** A file's key: its path in the workspace as the loader names it (links not followed). */
  private String key(Path file) {
    return base.relativize(file.toAbsolutePath().normalize()).toString();
  }

  private synchronized Map<String, Slot> loaded() {
    if (loaded == null) {
      loaded = read();
    }
    return loaded;
  }

  /**
   * The moment this run's reading began, as the file system tells time: the time of a new file made
   * in the cache folder before the first file is read from disk. It later becomes the cache, and a
   * file modified at or after it is racily clean next time.
   */
  private synchronized void stamp() {
    if (temp != null || unwritable) {
      return;
    }
    try {
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + FILE + ".", ".tmp");
      stamp = Files.getLastModifiedTime(temp).to(TimeUnit.NANOSECONDS);
    } catch (IOException | RuntimeException e) {
      unwritable = true;
      temp = null;
    }
  }

  private Map<String, Slot> read() {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(dir.resolve(FILE));
    } catch (NoSuchFileException e) {
      return Map.of();
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
    try {
      return parse(bytes);
    } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
      return Map.of();
    }
  }

  /** The cache's entries, or none when anything about it is not as this build writes it. */
  private Map<String, Slot> parse(byte[] bytes) {
    if (bytes.length < MAGIC.length + 8) {
      return Map.of();
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 8);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    if (in.getLong(bytes.length - 8) != crc.getValue()) {
      return Map.of();
    }
    in.limit(bytes.length - 8);
    for (byte b : MAGIC) {
      if (in.get() != b) {
        return Map.of();
      }
    }
    if (in.getInt() != FORMAT || !build.equals(string(in)) || !root.equals(string(in))) {
      return Map.of();
    }
    long written = in.getLong();
    int count = in.getInt();
    Map<String, Slot> entries = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String path = string(in);
      FileIdentity identity =
          new FileIdentity(in.getLong(), in.getLong(), in.getLong(), in.getLong());
      int textHash = in.getInt();
      int length = in.getInt();
      if (length < 0 || length > in.remaining()) {
        return Map.of();
      }
      entries.put(path, new Slot(identity, textHash, bytes, in.position(), length));
      in.position(in.position() + length);
    }
    if (in.hasRemaining()) {
      return Map.of();
    }
    loadedStamp = written;
    return entries;
  }

  private static String string(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IllegalArgumentException("string past the end");
    }
    String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return text;
  }

  /**
   * Writes what this run read, if it read anything from disk or a file went away: into the file
   * made when its first file was read, then renamed over the cache. Never fails.
   */
  public synchronized void save() {
    if (dir == null) {
      return;
    }
    if (!missed && (loaded == null || next.size() == loaded.size())) {
      return;
    }
    // A file that went away is dropped from the cache too, under a stamp taken now.
    stamp();
    if (temp == null) {
      return;
    }
    try {
      write(temp);
      Files.move(temp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
      temp = null;
      removeAbandoned();
    } catch (IOException | RuntimeException e) {
      // A full disk or a folder taken away: this run's reading is simply not kept.
    } finally {
      removeTemp();
    }
  }

  /**
   * Temporary files of runs killed between their first read and their write, once they are an hour
   * older than this run's: a run still going has not been going that long.
   */
  private void removeAbandoned() {
    long hourBefore = stamp - TimeUnit.HOURS.toNanos(1);
    try (var files = Files.newDirectoryStream(dir, "." + FILE + ".*.tmp")) {
      for (Path file : files) {
        if (Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS) < hourBefore) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException | RuntimeException e) {
      // tried again at the next write
    }
  }

  private void removeTemp() {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException | RuntimeException e) {
        // left for the next write to clear
      }
      temp = null;
    }
  }

  private void write(Path file) throws IOException {
    CRC32 crc = new CRC32();
    try (OutputStream raw = Files.newOutputStream(file)) {
      DataOutputStream out =
          new DataOutputStream(
              new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), crc));
      out.write(MAGIC);
      out.writeInt(FORMAT);
      string(out, build);
      string(out, root);
      out.writeLong(stamp);
      Map<String, Slot> entries = new HashMap<>(next);
      out.writeInt(entries.size());
      for (Map.Entry<String, Slot> entry : entries.entrySet()) {
        Slot slot = entry.getValue();
        string(out, entry.getKey());
        FileIdentity id = slot.identity();
        out.writeLong(id.size());
        out.writeLong(id.modified());
        out.writeLong(id.inode());
        out.writeLong(id.changed());
        out.writeInt(slot.textHash());
        out.writeInt(slot.length());
        out.write(slot.bytes(), slot.offset(), slot.length());
      }
      out.flush();
      new DataOutputStream(raw).writeLong(crc.getValue());
    }
  }

  private static void string(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }
}
