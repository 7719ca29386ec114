package se.stockholm.vbe.platform.internal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * A query over the audit trail built from fixed conditions, each with its value bound as a parameter: a
 * condition whose value is {@code null} is left out.
 */
final class AuditSql {

    private final StringBuilder sql;
    private final List<Object> values = new ArrayList<>();
    private boolean hasWhere;

    AuditSql(String select) {
        sql = new StringBuilder(select);
    }

    void where(String condition, Object value) {
        if (value == null) {
            return;
        }
        sql.append(hasWhere ? " AND " : " WHERE ").append(condition);
        hasWhere = true;
        values.add(value);
    }

    void whereIn(String column, Collection<String> allowed) {
        sql.append(hasWhere ? " AND " : " WHERE ").append(column).append(" IN (")
                .append(String.join(", ", Collections.nCopies(allowed.size(), "?"))).append(')');
        hasWhere = true;
        values.addAll(allowed);
    }

    void orderAndLimit(String clause, int rows) {
        sql.append(clause);
        values.add(rows);
    }

    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }
}
