package okr.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import okr.model.Diagnostic;
import okr.model.SourceSpan;

/**
 * Decodes a file's bytes as strict UTF-8. A UTF-8 byte-order mark is dropped; anything else that is
 * not UTF-8 is an error at the first bad byte, so no text is ever read as something it is not.
 */
final class SourceText {

  static final int MAX_BYTES = 1024 * 1024;

  /**
   * Journal files hold many entries and are written by okr, which starts a new file long before
   * this ({@link JournalWriter#PART_BYTES}); the limit guards memory against a file that is not a
   * journal at all.
   */
  static final int MAX_JOURNAL_BYTES = 64 * 1024 * 1024;

  private SourceText() {}

  /** The decoded text, or null after adding a diagnostic. */
  static String decode(Path file, byte[] bytes, List<Diagnostic> sink) {
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE) || utf16WithoutMark(bytes)) {
      sink.add(
          Diagnostic.error(
              "encoding",
              new SourceSpan(file, 1, 1),
              "the file is UTF-16, but goal files are UTF-8",
              "save the file as UTF-8 (most editors: File > Save with Encoding > UTF-8)"));
      return null;
    }
    int offset = hasByteOrderMark(bytes) ? 3 : 0;
    if (plainAscii(bytes, offset)) {
      // Nothing to decode or report: each byte is its character (a journal written by okr).
      return new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      String before = out.flip().toString();
      sink.add(
          Diagnostic.error(
              "encoding",
              spanOfOffset(file, before + "x", before.length()),
              String.format(
                  java.util.Locale.ROOT,
                  "the byte 0x%02X is not valid UTF-8",
                  bytes[in.position()] & 0xFF),
              "save the file as UTF-8; if it was written as Latin-1, convert it with"
                  + " `iconv -f latin1 -t utf-8`"));
      return null;
    }
    decoder.flush(out);
    String text = out.flip().toString();
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      sink.add(
          Diagnostic.error(
              "encoding",
              spanOfOffset(file, text, nul),
              "the file contains a NUL character, so it is not a text file",
              "remove the NUL byte, or list the file under ignore: in okr.yaml"));
      return null;
    }
    int control = firstControl(text);
    if (control >= 0) {
      int cp = text.codePointAt(control);
      sink.add(
          Diagnostic.error(
              "encoding",
              spanOfOffset(file, text, control),
              String.format(
                  java.util.Locale.ROOT,
                  "the file contains the control character U+%04X, which YAML forbids",
                  cp),
              "remove it; inside double quotes, write it as an escape such as \\e or \\x9B"));
      return null;
    }
    return text;
  }

  /**
   * The first character outside YAML's printable set (C0 and C1 controls but tab, line breaks and
   * NEL; DEL; U+FFFE and U+FFFF), or -1. The YAML reader would reject it too, but at 1:1; found
   * here, it is reported where it is.
   */
  private static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || c == 0x85
              || (c >= 0x20 && c < 0x7F)
              || (c >= 0xA0 && c <= 0xFFFD);
      if (!allowed) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether every byte from {@code offset} is printable ASCII, a tab or a line break: such bytes
   * decode to themselves and hold nothing {@link #decode} reports.
   */
  private static boolean plainAscii(byte[] bytes, int offset) {
    for (int i = offset; i < bytes.length; i++) {
      byte b = bytes[i];
      if ((b < 0x20 || b == 0x7F) && b != '\n' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The 1-based line and column (in code points) of a character offset. */
  static SourceSpan spanOfOffset(Path file, String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    int column = text.codePointCount(lineStart, Math.min(offset, text.length())) + 1;
    return new SourceSpan(file, line, column);
  }

  /**
   * UTF-16 without a byte-order mark, detected as the YAML spec does (5.2): of the first two bytes
   * exactly one is zero. Otherwise the file would be named by its first non-ASCII byte, deep inside
   * it, as if it were nearly UTF-8.
   */
  private static boolean utf16WithoutMark(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] == 0) != (bytes[1] == 0);
  }

  /** Whether the bytes start with UTF-8's byte-order mark, which decoding drops. */
  static boolean hasByteOrderMark(byte[] bytes) {
    return startsWith(bytes, 0xEF, 0xBB, 0xBF);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
