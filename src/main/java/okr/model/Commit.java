package okr.model;

import java.time.OffsetDateTime;

/**
 * A git commit as the goal history tells it: its full hash, its author (a person's key from
 * okr.yaml {@code people:} when git's email or name matches one, else git's name as it is) and when
 * it was committed, in the committer's own offset.
 */
public record Commit(String hash, String author, OffsetDateTime when) {

  /** The seven-character abbreviation people read. */
  public String shortHash() {
    return hash.length() > 7 ? hash.substring(0, 7) : hash;
  }
}
