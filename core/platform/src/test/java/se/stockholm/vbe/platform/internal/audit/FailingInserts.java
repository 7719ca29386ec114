package se.stockholm.vbe.platform.internal.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

/**
 * A DataSource whose connections refuse to prepare an insert into one table once told to, as a full disk or a
 * lost connection would: to show that a change and its audit entry are written together or not at all.
 */
public final class FailingInserts {

    private final AtomicReference<String> failing = new AtomicReference<>();

    /** From now on, every insert into {@code table} fails. */
    public void into(String table) {
        failing.set("INSERT INTO " + table.toUpperCase(Locale.ROOT) + " ");
    }

    public DataSource wrap(DataSource dataSource) {
        return proxy(DataSource.class, (method, args) -> {
            Object result = method.invoke(dataSource, args);
            return result instanceof Connection connection ? connection(connection) : result;
        });
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, (method, args) -> {
            String failingInsert = failing.get();
            if (method.getName().equals("prepareStatement") && failingInsert != null
                    && args[0].toString().toUpperCase(Locale.ROOT).startsWith(failingInsert)) {
                throw new SQLException("test: " + failingInsert + "fails", "HY000");
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
