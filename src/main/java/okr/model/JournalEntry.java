package okr.model;

import java.time.OffsetDateTime;

/**
 * One check-in or measurement from the journal. {@code value} is null for a note, {@code done} is
 * set for milestone check-ins; {@code confidence} is kept as written so that the checker can report
 * values outside 0-10.
 *
 * @param id the entry's {@link EntryId}, unique in the workspace
 * @param src where a pulled measurement came from; null for an entry a person made
 */
public record JournalEntry(
    String id,
    OffsetDateTime at,
    String by,
    EntryKind kind,
    String ref,
    Double value,
    Boolean done,
    Integer confidence,
    String progress,
    String plans,
    String problems,
    Spans spans,
    Provenance src)
    implements Written {}
