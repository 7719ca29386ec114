package se.stockholm.vbe.rest.internal.resource;

import java.util.Arrays;
import java.util.List;

import se.stockholm.vbe.api.audit.AuditRecord;
import se.stockholm.vbe.rest.internal.sheet.SheetText;

/**
 * A page of the audit trail as CSV (RFC 4180: comma-separated, CRLF, fields with a comma, quote or line break
 * quoted and quotes doubled), led by a byte order mark so that Excel reads åäö. City staff open these files in
 * Excel, so formulas are neutralised ({@link SheetText}).
 */
final class AuditCsv {

    static final String MEDIA_TYPE = "text/csv";
    private static final String HEADER = "id,occurredAt,actor,channel,action,entityType,entityId,committeeId,year,"
            + "change,confidential,withheld";

    private AuditCsv() {
    }

    static String write(List<AuditRecord> entries) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (AuditRecord entry : entries) {
            List<Object> cells = Arrays.asList(entry.id(), entry.occurredAt(), entry.actor(),
                    entry.channel(), entry.action(), entry.entityType(), entry.entityId(), entry.committeeId(),
                    entry.year(), entry.change(), entry.confidential(), entry.withheld());
            for (int i = 0; i < cells.size(); i++) {
                csv.append(i > 0 ? "," : "").append(cell(cells.get(i)));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = SheetText.neutralised(value.toString());
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
