package okr.model;

import java.time.LocalDate;

/**
 * Work planned to move a key result: the work, not the result, so it never changes its objective's
 * score. With an {@code id} it can be named as {@code objective/initiative} and checked in to; an
 * initiative without one is only listed (ids are never made from titles, so an old file keeps
 * meaning what it meant).
 *
 * @param id its slug, unique among its objective's key results and initiatives, or null
 * @param due the day, inside its objective's period, by which it should be done; null when not set
 * @param progress how far along it is by the file, 0-100 percent; null when not written
 * @param done whether the file says it is done ({@code done: true} or {@code status: done})
 */
public record Initiative(
    String id,
    String title,
    InitiativeStatus status,
    String keyResult,
    String link,
    String owner,
    LocalDate due,
    Double progress,
    boolean done,
    Spans spans) {

  /** An initiative as files wrote it before initiatives had ids: listed, never checked in to. */
  public Initiative(
      String title,
      InitiativeStatus status,
      String keyResult,
      String link,
      String owner,
      Spans spans) {
    this(null, title, status, keyResult, link, owner, null, null, false, spans);
  }
}
