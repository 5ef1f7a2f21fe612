package okr.model;

import java.time.OffsetDateTime;

/**
 * The grade an objective or key result got when its period was closed: history that stays even if
 * the files change later.
 *
 * @param period the period closed, e.g. 2026-Q3
 * @param kind {@link EntryKind#OBJECTIVE} or {@link EntryKind#KR}
 */
public record Grade(
    String id,
    OffsetDateTime at,
    String by,
    String period,
    EntryKind kind,
    String ref,
    double score,
    String note,
    Spans spans)
    implements Written {}
