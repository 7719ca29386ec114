package se.stockholm.vbe.platform.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import org.osgi.service.jdbc.DataSourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shuts an embedded Derby database down so that the next connection boots it afresh. Derby keeps every
 * container it opened read-only (when its directory could not be written) open read-only until the database
 * is shut down, so a directory that is writable again is not enough: without this, writes fail with 40XD1
 * until a restart. Other databases (PostgreSQL, a Derby network server, Derby in memory) are left alone.
 */
final class DerbyShutdown {

    private static final Logger LOG = LoggerFactory.getLogger(DerbyShutdown.class);
    private static final String EMBEDDED = "jdbc:derby:";
    /** Derby's answer to a successful shutdown of one database. */
    private static final String SHUT_DOWN = "08006";

    private DerbyShutdown() {
    }

    /** The URL that shuts down the embedded Derby database {@code url} points to, if it is one. */
    static Optional<String> shutdownUrl(String url) {
        if (url == null || !url.startsWith(EMBEDDED) || url.startsWith(EMBEDDED + "//")
                || url.startsWith(EMBEDDED + "memory:")) {
            return Optional.empty();
        }
        int attributes = url.indexOf(';');
        String database = attributes < 0 ? url : url.substring(0, attributes);
        return Optional.of(database + ";shutdown=true");
    }

    /**
     * Shuts down the database at {@code url} through Derby's driver; does nothing if {@code url} is not an
     * embedded Derby database or no Derby driver is registered. Connections open on it fail afterwards, so
     * the pool replaces them.
     */
    static void shutDown(DataSourceFactory derby, String url) {
        Optional<String> shutdown = shutdownUrl(url);
        if (derby == null || shutdown.isEmpty()) {
            return;
        }
        try (Connection ignored = derby.createDriver(null).connect(shutdown.get(), new Properties())) {
            LOG.warn("Derby did not shut down {}: it answered with a connection", url);
        } catch (SQLException e) {
            if (SHUT_DOWN.equals(e.getSQLState())) {
                LOG.info("Shut down {} so that it boots afresh on the next connection", url);
            } else {
                // Not booted (e.g. it shut itself down after a severe error): the next connection boots it.
                LOG.debug("Shutting down {}: {} ({})", url, e.getMessage(), e.getSQLState());
            }
        }
    }
}
