package okr.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The workspace files a source command names, which an allow covers along with the command's text:
 * a clone brings {@code ./measure.sh} as surely as it brings the command that runs it.
 *
 * <p>The rule: the command's text is cut into words at white space and at the shell's characters
 * {@code ; | & < > ( ) $ ` ' " =}; each word that, taken relative to the workspace (or as an
 * absolute path inside it), names a regular file inside the workspace, also after following links,
 * is covered. Files outside the workspace (an installed {@code python3}) are not the clone's to
 * change. What a script reads or sources in turn is not seen.
 */
public final class SourceFiles {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s;|&<>()$`'\"=]+");

  private SourceFiles() {}

  /** Each file {@code command} names in the workspace (as a relative path with '/') to its hash. */
  public static SortedMap<String, String> named(Path root, String command) {
    SortedMap<String, String> files = new TreeMap<>();
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      return files;
    }
    for (String word : SEPARATORS.split(command)) {
      if (word.isEmpty()) {
        continue;
      }
      Path named;
      try {
        named = realRoot.resolve(word).normalize();
      } catch (InvalidPathException e) {
        continue;
      }
      if (!named.startsWith(realRoot) || named.equals(realRoot)) {
        continue;
      }
      try {
        Path real = named.toRealPath();
        if (real.startsWith(realRoot)
            && Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .isRegularFile()) {
          files.put(realRoot.relativize(named).toString().replace('\\', '/'), sha256(real));
        }
      } catch (IOException e) {
        // not a file (yet): nothing to cover
      }
    }
    return files;
  }

  /** The files of {@code allowed} that differ from {@code now}: changed, gone or new. */
  public static java.util.List<String> changed(
      Map<String, String> allowed, Map<String, String> now) {
    java.util.SortedSet<String> names = new java.util.TreeSet<>(allowed.keySet());
    names.addAll(now.keySet());
    names.removeIf(n -> java.util.Objects.equals(allowed.get(n), now.get(n)));
    return java.util.List.copyOf(names);
  }

  private static String sha256(Path file) throws IOException {
    try (DigestInputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(in.getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
