package okr.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The text of git blobs, read many at a time in one {@code git cat-file --batch} and kept: the
 * versions of goal and journal files that history compares.
 */
final class GitBlobs {

  private final Git git;
  private final Map<String, String> texts = new HashMap<>();

  GitBlobs(Git git) {
    this.git = git;
  }

  /** The text of a blob read before; null when it was not read or git did not have it. */
  String text(String id) {
    return texts.get(id);
  }

  /** Reads the blobs {@code wanted} not read yet, in one {@code git cat-file --batch}. */
  void fetch(Set<String> wanted) throws Git.GitFailed {
    wanted = new LinkedHashSet<>(wanted);
    wanted.removeAll(texts.keySet());
    if (wanted.isEmpty()) {
      return;
    }
    ByteArrayOutputStream ids = new ByteArrayOutputStream();
    for (String id : wanted) {
      ids.writeBytes((id + "\n").getBytes(StandardCharsets.US_ASCII));
    }
    byte[] out = git.run(ids.toByteArray(), "cat-file", "--batch");
    int at = 0;
    while (at < out.length) {
      int newline = indexOf(out, (byte) '\n', at);
      if (newline < 0) {
        break;
      }
      String[] header = new String(out, at, newline - at, StandardCharsets.US_ASCII).split(" ");
      at = newline + 1;
      if (header.length < 3) {
        continue; // "<id> missing"
      }
      int size = Integer.parseInt(header[2]);
      if (header[1].equals("blob")) {
        texts.put(header[0], new String(out, at, size, StandardCharsets.UTF_8));
      }
      at += size + 1;
    }
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
