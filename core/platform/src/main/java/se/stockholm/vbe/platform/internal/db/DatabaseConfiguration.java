package se.stockholm.vbe.platform.internal.db;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "VBE database", description = "Which DataSource the platform stores its data in.")
@interface DatabaseConfiguration {

    @AttributeDefinition(description = "LDAP filter selecting the javax.sql.DataSource service "
            + "(pax-jdbc registers it from etc/org.ops4j.datasource-vbe.cfg).")
    String dataSource_target() default "(dataSourceName=vbe)";

    @AttributeDefinition(description = "Seconds a health-check query may take before the database counts as down.")
    int healthQueryTimeoutSeconds() default 3;

    @AttributeDefinition(description = "Longest wait in seconds between two attempts to recover a database that "
            + "stopped taking writes (read-only, shut down, unreachable); the first attempt comes after 1 s, "
            + "then the wait doubles up to this.", min = "1")
    int recoveryIntervalSeconds() default 5;
}
