package okr.check;

import okr.model.Severity;

/** One entry of the rule catalogue: a stable id, its default severity and what it checks. */
public record Rule(String id, Severity severity, String summary) {}
