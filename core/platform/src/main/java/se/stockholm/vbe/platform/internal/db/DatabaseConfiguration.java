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
}
