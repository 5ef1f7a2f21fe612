package okr.golden;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every entry under a folder with a digest of its bytes, to prove a read-only command changed
 * nothing. Links are recorded by their target and never followed (a case may hold a loop); large
 * files are digested as a stream, so a sparse 100 MB file costs no memory.
 */
final class WorkspaceSnapshot {

  private WorkspaceSnapshot() {}

  static Map<String, String> of(Path root) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            entries.put(name(root, dir), "folder");
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            entries.put(name(root, file), describe(file, attrs));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            entries.put(name(root, file), "unreadable");
            return FileVisitResult.CONTINUE;
          }
        });
    return entries;
  }

  private static String name(Path root, Path p) {
    return root.relativize(p).toString();
  }

  private static String describe(Path file, BasicFileAttributes attrs) throws IOException {
    if (attrs.isSymbolicLink()) {
      return "link to " + Files.readSymbolicLink(file);
    }
    if (!Files.isReadable(file)) {
      return "unreadable, " + attrs.size() + " bytes";
    }
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
      }
      return attrs.size() + " bytes, sha-256 " + HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
