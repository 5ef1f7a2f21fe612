package okr.model;

import java.time.OffsetDateTime;

/**
 * Where a pulled measurement came from ({@code src:} of a journal entry written by {@code okr
 * pull}): the kind of source, when it was pulled, and the SHA-256 of the raw output the value was
 * read from, so a reviewer sees it was measured, not typed.
 *
 * @param pulled when it was pulled; null in an entry that does not say
 */
public record Provenance(String kind, OffsetDateTime pulled, String sha256) {}
