package okr.model;

import java.time.LocalDate;

/** A period defined by name in okr.yaml {@code periods:}. */
public record NamedPeriod(String name, LocalDate start, LocalDate end, SourceSpan span) {}
