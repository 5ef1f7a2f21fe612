package okr.model;

/** Work planned to move a key result. */
public record Initiative(
    String title,
    InitiativeStatus status,
    String keyResult,
    String link,
    String owner,
    Spans spans) {}
