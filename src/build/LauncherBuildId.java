import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Build step (pom.xml, execution launcher-build-id; run as a source file by the build's JDK):
 * copies the launchers of src/main/dist/bin with {@code @OKR_BUILD@} replaced by okr.jar's
 * SHA-256, so that bin/okr knows which class-data archive belongs to its build without hashing
 * the jar on every run. Usage: {@code LauncherBuildId.java OKR_JAR FROM_DIR TO_DIR}.
 */
public class LauncherBuildId {
  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]);
    Path from = Path.of(args[1]);
    Path to = Path.of(args[2]);
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar));
    String id = HexFormat.of().formatHex(digest);
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(file.getFileName());
        // Bytes, not lines: the scripts keep their own line endings.
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        Files.write(target, text.replace("@OKR_BUILD@", id).getBytes(StandardCharsets.ISO_8859_1));
        Files.setLastModifiedTime(target, Files.getLastModifiedTime(file));
      }
    }
  }
}
