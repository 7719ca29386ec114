package se.stockholm.vbe.api.audit;

import java.util.List;

/**
 * One page of the audit trail, newest first.
 *
 * @param entries at most the query's limit
 * @param nextCursor the cursor of the next page, or {@code null} when this is the last one
 */
public record AuditPage(List<AuditRecord> entries, String nextCursor) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
