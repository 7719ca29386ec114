package se.stockholm.vbe.platform.internal.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

/**
 * A DataSource whose connections refuse to prepare an insert into the audit trail while {@link #fail()} is on,
 * as a full disk or a lost connection would: to show that a change whose audit entry fails is not written.
 */
public final class FailingAuditInserts {

    private final AtomicBoolean failing = new AtomicBoolean();

    public void fail() {
        failing.set(true);
    }

    public DataSource wrap(DataSource dataSource) {
        return proxy(DataSource.class, (method, args) -> {
            Object result = method.invoke(dataSource, args);
            return result instanceof Connection connection ? connection(connection) : result;
        });
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, (method, args) -> {
            if (method.getName().equals("prepareStatement") && failing.get()
                    && args[0].toString().toUpperCase(Locale.ROOT).startsWith("INSERT INTO AUDIT_ENTRY")) {
                throw new SQLException("test: the audit insert fails", "08006");
            }
            return method.invoke(connection, args);
        });
    }

    @FunctionalInterface
    private interface Call {
        Object invoke(java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Call call) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            try {
                return call.invoke(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
