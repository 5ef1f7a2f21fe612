package okr.model;

import java.time.OffsetDateTime;

/**
 * A journal entry saying an id was renamed: entries that name the old id count for the new one, so
 * history is never rewritten.
 */
public record Rename(OffsetDateTime at, String by, String from, String to, Spans spans) {}
