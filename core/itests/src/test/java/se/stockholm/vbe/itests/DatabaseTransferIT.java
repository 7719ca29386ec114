package se.stockholm.vbe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * Moving an installation from its embedded Derby to PostgreSQL as docs/operations.md says: vbe:db-export on the
 * running Derby installation, vbe:db-import into a new PostgreSQL database; the plans, checks and audit entries
 * are all there, with their ids, and new rows get new ids. The platform runs on Derby here, whatever
 * {@code vbe.itest.database} says; the target is a new database on the test JVM's PostgreSQL server.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DatabaseTransferIT extends VbeKarafTestSupport {

    private static final String TARGET = "vbe.itest.importTarget";
    private static final List<String> TABLES = List.of("committee", "committee_owner", "action_plan", "activity",
            "follow_up_report", "plan_version", "situation_section", "incident_count", "grant_check", "stop_list",
            "feature_setting", "local_rule", "audit_entry");

    @Inject
    private ConfigurationAdmin configurations;

    @Inject
    @Filter("(dataSourceName=vbe)")
    private DataSource derby;

    @Inject
    @Filter("(osgi.jdbc.driver.name=PostgreSQL JDBC Driver)")
    private DataSourceFactory postgresql;

    @Override
    @Configuration
    public Option[] configuration() {
        String target = PostgresServer.get().createDatabase("vbe_import");
        return OptionUtils.combine(VbeDistribution.options(FreePort.next(), "derby"),
                systemProperty(TARGET).value(target));
    }

    @Test
    public void derbysDataExportedAndImportedIntoPostgreSqlIsAllThereWithItsIds() throws Exception {
        String plans = "/api/committees/rinkeby-kista/plans/";
        assertEquals(201, as("editor-rinkeby-kista", "PUT", plans + 2020, PlansIT.plan(2)).statusCode());
        assertEquals(200, as("editor-rinkeby-kista", "POST", plans + "2020/status", PlansIT.ADOPT).statusCode());
        HttpResponse<String> check = as("editor-alvsjo", "POST", "/api/committees/alvsjo/grant-checks",
                grant("802400-1235", false));
        assertEquals(check.body(), 201, check.statusCode());
        Path export = Path.of(System.getProperty("karaf.home"), "data", "tmp", "vbe-export.jsonl");

        String exported = KarafShell.execute(configurations, "vbe:db-export " + export);
        String imported = KarafShell.execute(configurations, "vbe:db-import --url " + System.getProperty(TARGET)
                + " --user " + PostgresServer.USER + " --password " + PostgresServer.PASSWORD + " " + export);

        assertTrue(exported, exported.contains("Exported"));
        assertTrue(imported, imported.contains("Imported"));
        DataSource target = target();
        Map<String, String> source = contents(derby);
        assertEquals(source, contents(target));
        assertTrue(source.toString(), rows(derby, "SELECT COUNT(*) FROM audit_entry") > 0);
        assertEquals("ADOPTED", text(target, "SELECT status FROM action_plan WHERE committee_id = 'rinkeby-kista' "
                + "AND plan_year = 2020"));
        assertTrue(Files.readString(export).contains("802400-1235"));
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO stop_list (organisation_number, name, reason, decision_reference, "
                    + "added_at, added_by) VALUES ('556000-0001', 'Ny', 'test', 'Dnr 1', CURRENT_TIMESTAMP, 'test')");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (occurred_at, actor, "
                    + "channel, action, entity_type, confidential) VALUES (CURRENT_TIMESTAMP, 'test', 'SHELL', 'x', "
                    + "'event', FALSE)", new String[] {"id"})) {
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    assertTrue("a new entry's id follows the imported ones",
                            keys.getLong(1) > rows(derby, "SELECT MAX(id) FROM audit_entry"));
                }
            }
        }
        long committees = rows(target, "SELECT COUNT(*) FROM committee");

        String again = shellOutput("vbe:db-import --url " + System.getProperty(TARGET) + " --user "
                + PostgresServer.USER + " --password " + PostgresServer.PASSWORD + " " + export);

        assertTrue(again, again.contains("is not empty"));
        assertEquals(committees, rows(target, "SELECT COUNT(*) FROM committee"));
    }

    private String shellOutput(String command) throws Exception {
        try {
            return KarafShell.execute(configurations, command);
        } catch (AssertionError e) {
            return e.getMessage();
        }
    }

    private DataSource target() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty(DataSourceFactory.JDBC_URL, System.getProperty(TARGET));
        properties.setProperty(DataSourceFactory.JDBC_USER, PostgresServer.USER);
        properties.setProperty(DataSourceFactory.JDBC_PASSWORD, PostgresServer.PASSWORD);
        return postgresql.createDataSource(properties);
    }

    /** Per table its row count, the range of the generated ids, and the grant check. */
    private static Map<String, String> contents(DataSource dataSource) throws SQLException {
        Map<String, String> contents = new LinkedHashMap<>();
        for (String table : TABLES) {
            contents.put(table, rows(dataSource, "SELECT COUNT(*) FROM " + table) + " rows");
        }
        for (String table : List.of("activity", "grant_check", "audit_entry")) {
            contents.put(table + " ids", rows(dataSource, "SELECT MIN(id) FROM " + table) + "-"
                    + rows(dataSource, "SELECT MAX(id) FROM " + table));
        }
        contents.put("grant check", text(dataSource, "SELECT organisation_number || ' ' || decision FROM grant_check"));
        return contents;
    }

    private static long rows(DataSource dataSource, String sql) throws SQLException {
        return Long.parseLong(text(dataSource, sql));
    }

    private static String text(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
