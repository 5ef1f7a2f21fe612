package okr.check;

import okr.model.Severity;

/**
 * One entry of the rule catalogue: a stable id, its default severity, what it checks, and for the
 * quality rules an example of what it catches.
 *
 * @param configurable whether okr.yaml `lint:` and `lint_ignore` may change it: quality rules can
 *     be tuned, validity rules cannot (a file that does not read right is never fine)
 */
public record Rule(
    String id, Severity severity, String summary, String example, boolean configurable) {}
