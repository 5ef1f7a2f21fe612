package okr.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What git's index keeps of a file to tell, without reading it, that it is still the file that was
 * read: its size, its modification time, its inode and its status-change time (in nanoseconds where
 * the file system has them). Any difference in any of them means the file is read again. The
 * status-change time cannot be set by a program, so an edit that keeps the size and puts the old
 * modification time back still changes it; the inode changes when an editor writes a new file and
 * renames it over the old one.
 */
record FileIdentity(long size, long modified, long inode, long changed) {

  private static final String UNIX = "unix:size,lastModifiedTime,ino,ctime";

  /** Where the platform has no unix view (Windows): the basic attributes and the file key. */
  private static volatile boolean unixView = true;

  /** The identity of the file a path leads to (links followed, as the loader reads them). */
  static FileIdentity of(Path file) throws IOException {
    if (unixView) {
      try {
        Map<String, Object> a = Files.readAttributes(file, UNIX);
        return new FileIdentity(
            (Long) a.get("size"),
            nanos((FileTime) a.get("lastModifiedTime")),
            ((Number) a.get("ino")).longValue(),
            nanos((FileTime) a.get("ctime")));
      } catch (UnsupportedOperationException | IllegalArgumentException e) {
        unixView = false;
      }
    }
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    Object key = a.fileKey();
    return new FileIdentity(
        a.size(),
        nanos(a.lastModifiedTime()),
        key == null ? 0 : key.hashCode(),
        nanos(a.creationTime()));
  }

  private static long nanos(FileTime time) {
    return time.to(TimeUnit.NANOSECONDS);
  }

  /**
   * Git's "racily clean" rule: a file modified (or its status changed) no earlier than the moment
   * its cached reading began ({@code stamp}, a time the same file system gave) may have changed
   * again within the same tick of that clock after it was read, with every field above unchanged;
   * it is read again. Git compares with the index file's own time; the stamp is earlier than that,
   * so this marks at least as many files.
   */
  boolean racy(long stamp) {
    return modified >= stamp || changed >= stamp;
  }

  // Written out: a record's generated equals and hashCode are linked at their first call through
  // java.lang.runtime.ObjectMethods, whose method handles no class-data archive keeps; that first
  // comparison cost 40-55 ms of a warm `okr status` (bench/README.md), more than reading the cache.

  @Override
  public boolean equals(Object o) {
    return o instanceof FileIdentity other
        && size == other.size
        && modified == other.modified
        && inode == other.inode
        && changed == other.changed;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(size) * 31 * 31 * 31
        + Long.hashCode(modified) * 31 * 31
        + Long.hashCode(inode) * 31
        + Long.hashCode(changed);
  }
}
