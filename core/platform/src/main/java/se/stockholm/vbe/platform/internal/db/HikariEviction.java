package se.stockholm.vbe.platform.internal.db;

import java.lang.management.ManagementFactory;

import javax.management.JMException;
import javax.management.ObjectName;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a HikariCP pool to replace all its connections, through the pool's MBean: pax-jdbc registers the pool
 * only as a {@code javax.sql.DataSource}, so its Java interface is out of reach, and JMX keeps the platform
 * free of a compile dependency on Hikari. Needs {@code hikari.registerMbeans = true} and a
 * {@code hikari.poolName} in the DataSource's configuration; without them this does nothing and the pool
 * finds its broken connections one by one.
 */
final class HikariEviction {

    private static final Logger LOG = LoggerFactory.getLogger(HikariEviction.class);

    private HikariEviction() {
    }

    /** Closes idle connections of pool {@code poolName} now and busy ones when they are returned. */
    static void softEvict(Object poolName) {
        if (poolName == null) {
            return;
        }
        try {
            ObjectName pool = new ObjectName("com.zaxxer.hikari:type=Pool (" + poolName + ")");
            if (ManagementFactory.getPlatformMBeanServer().isRegistered(pool)) {
                ManagementFactory.getPlatformMBeanServer().invoke(pool, "softEvictConnections", null, null);
                LOG.info("Evicted the connections of pool {}", poolName);
            } else {
                LOG.debug("No MBean {}: set hikari.registerMbeans = true to evict its connections", pool);
            }
        } catch (JMException | RuntimeException e) {
            LOG.warn("Cannot evict the connections of pool {}: {}", poolName, e.toString());
        }
    }
}
