package se.stockholm.vbe.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

import se.stockholm.vbe.api.audit.AuditPage;
import se.stockholm.vbe.api.audit.AuditQuery;
import se.stockholm.vbe.api.audit.AuditRecord;
import se.stockholm.vbe.api.audit.AuditService;

/**
 * {@code vbe:audit [--committee X] [--since 2026-12-01] [--limit N]}: the newest entries of the audit trail. It
 * only reads; nothing in the shell changes or deletes an entry.
 */
@Service
@Command(scope = "vbe", name = "audit", description = "Shows the audit trail, newest first")
public class AuditCommand implements Action {

    static final int DEFAULT_LIMIT = 50;

    @Reference
    AuditService audit;

    @Reference
    Session session;

    @Option(name = "--committee", description = "Only this committee's entries, e.g. alvsjo")
    @Completion(CommitteeCompleter.class)
    String committee;

    @Option(name = "--since", description = "Only entries from this date (Stockholm time) or instant on, "
            + "e.g. 2026-12-01")
    String since;

    @Option(name = "--limit", description = "How many entries at most, 1-" + AuditService.MAX_LIMIT
            + " (default " + DEFAULT_LIMIT + ")")
    int limit = DEFAULT_LIMIT;

    @Override
    public Object execute() {
        AuditPage page = audit.entries(new AuditQuery(committee, null, null, AuditQuery.time(since, "since", false),
                null, limit, null), ShellActor.of(session));
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Id", "Time", "Actor", "Channel", "Action", "Entity", "Committee",
                "Change"}) {
            table.column(column);
        }
        for (AuditRecord entry : page.entries()) {
            table.addRow().addContent(entry.id(), entry.occurredAt(), entry.actor(), entry.channel(), entry.action(),
                    entry.entityType() + (entry.entityId() == null ? "" : " " + entry.entityId()),
                    entry.committeeId() == null ? "" : entry.committeeId(),
                    entry.withheld() ? "(sekretess)" : entry.change() == null ? "" : entry.change());
        }
        table.print(System.out);
        if (page.nextCursor() != null) {
            System.out.println("Older entries exist: use a larger --limit or a later --since.");
        }
        return null;
    }
}
