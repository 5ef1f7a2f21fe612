package okr.model;

import java.time.OffsetDateTime;

/**
 * A journal entry taking back an earlier one ({@code okr undo}, {@code okr checkin --amend}): the
 * earlier entry stays in the file, views leave it out, and the log shows it as retracted.
 */
public record Retraction(String id, OffsetDateTime at, String by, String retracts, Spans spans)
    implements Written {}
