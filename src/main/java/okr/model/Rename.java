package okr.model;

import java.time.OffsetDateTime;

/**
 * A journal entry saying an id was renamed: entries that name the old id and were made before the
 * rename count for the new one, so history is never rewritten.
 */
public record Rename(
    String id, OffsetDateTime at, String by, String from, String to, Spans spans) {}
