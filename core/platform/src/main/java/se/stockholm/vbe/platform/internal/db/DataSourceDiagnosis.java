package se.stockholm.vbe.platform.internal.db;

import java.io.IOException;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Objects;
import java.util.TreeSet;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * Says why pax-jdbc-config registered no DataSource: no configuration, or a driver name no registered JDBC
 * driver carries (pax-jdbc-config waits for it without a word in health).
 */
final class DataSourceDiagnosis {

    static final String CONFIG_FILE = "etc/org.ops4j.datasource-vbe.cfg";
    private static final String FACTORY_PID = "org.ops4j.datasource";

    private DataSourceDiagnosis() {
    }

    /**
     * @param configurations Configuration Admin, or {@code null} when it is not there (tests)
     * @param dataSourceFilter the filter selecting the platform's DataSource, e.g. {@code (dataSourceName=vbe)}
     * @param drivers the registered JDBC drivers
     */
    static String problem(ConfigurationAdmin configurations, String dataSourceFilter,
            Collection<ServiceReference<DataSourceFactory>> drivers) {
        String prefix = "no DataSource " + dataSourceFilter + ": ";
        Dictionary<String, Object> settings = settings(configurations, dataSourceFilter);
        if (settings == null) {
            return prefix + "no pax-jdbc configuration selects it; check " + CONFIG_FILE
                    + " (dataSourceName = vbe) and the pax-jdbc-config feature";
        }
        Object driver = settings.get(DataSourceFactory.OSGI_JDBC_DRIVER_NAME);
        TreeSet<String> installed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (ServiceReference<DataSourceFactory> reference : drivers) {
            Object name = reference.getProperty(DataSourceFactory.OSGI_JDBC_DRIVER_NAME);
            if (name != null) {
                installed.add(name.toString());
            }
        }
        if (driver != null && installed.stream().noneMatch(name -> name.equals(driver.toString()))) {
            return prefix + "no JDBC driver named '" + driver + "' is registered ("
                    + DataSourceFactory.OSGI_JDBC_DRIVER_NAME + " in " + CONFIG_FILE + "); installed: "
                    + String.join(", ", installed);
        }
        return prefix + "pax-jdbc-config has not registered it from " + CONFIG_FILE + " (driver '"
                + Objects.toString(driver, "?") + "'); its log in data/log/karaf.log says why";
    }

    private static Dictionary<String, Object> settings(ConfigurationAdmin configurations, String dataSourceFilter) {
        if (configurations == null) {
            return null;
        }
        try {
            Configuration[] found = configurations.listConfigurations(
                    "(&(service.factoryPid=" + FACTORY_PID + ")" + dataSourceFilter + ")");
            return found == null || found.length == 0 ? null : found[0].getProperties();
        } catch (IOException | InvalidSyntaxException e) {
            return null;
        }
    }
}
