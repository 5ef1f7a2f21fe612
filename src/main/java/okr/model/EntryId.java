package okr.model;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The id of a journal entry. Entries okr writes carry a ULID: 26 characters of Crockford's base 32,
 * lowercase, whose first ten encode the millisecond the entry was written (not its {@code at},
 * which may be backdated) and whose last sixteen are random. Entries written before ids existed get
 * a {@link #derived derived} id from their content, so they can be retracted too.
 */
public final class EntryId {

  /** Crockford's base 32: no i, l, o or u, so an id reads back the same when typed. */
  public static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

  /**
   * Compiled on first use, not with this class: a view derives ids for an old journal without
   * asking whether an id is valid, and a first regex sets up the pattern compiler cold.
   */
  private static final class Shapes {
    static final Pattern WRITTEN = Pattern.compile("[0-7][0-9a-hjkmnp-tv-z]{25}");
    static final Pattern DERIVED = Pattern.compile("[0-9a-f]{16}(-[0-9]+)?");
  }

  private EntryId() {}

  /** Whether {@code id} has the shape of an id okr writes or derives. */
  public static boolean isValid(String id) {
    return id != null
        && (Shapes.WRITTEN.matcher(id).matches() || Shapes.DERIVED.matcher(id).matches());
  }

  /** When an entry with a written id was written; empty for a derived id. */
  public static Optional<Instant> writtenAt(String id) {
    if (id == null || !Shapes.WRITTEN.matcher(id).matches()) {
      return Optional.empty();
    }
    long millis = 0;
    for (int i = 0; i < 10; i++) {
      millis = (millis << 5) | ALPHABET.indexOf(id.charAt(i));
    }
    return Optional.of(Instant.ofEpochMilli(millis));
  }

  /**
   * The id of an entry written without one (the block format of the first journals): sixteen hex
   * digits of a SHA-256 of its fields, and {@code -2}, {@code -3}... for further entries with the
   * same fields in the same file, so identical entries stay distinct.
   */
  public static String derived(String canonicalFields, int occurrence) {
    byte[] hash = Sha256.digest(canonicalFields.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder(16);
    for (int i = 0; i < 8; i++) {
      hex.append(Character.forDigit((hash[i] >> 4) & 0xF, 16))
          .append(Character.forDigit(hash[i] & 0xF, 16));
    }
    return occurrence <= 1 ? hex.toString() : hex + "-" + occurrence;
  }
}
