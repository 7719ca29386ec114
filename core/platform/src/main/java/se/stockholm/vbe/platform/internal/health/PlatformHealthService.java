package se.stockholm.vbe.platform.internal.health;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.stockholm.vbe.api.health.HealthProblem;
import se.stockholm.vbe.api.health.HealthReport;
import se.stockholm.vbe.api.health.HealthService;
import se.stockholm.vbe.api.health.HealthStatus;
import se.stockholm.vbe.platform.internal.db.Database;

/**
 * Puts together the platform's health from a real database query.
 */
@Component(service = HealthService.class)
public final class PlatformHealthService implements HealthService {

    static final String VERSION_HEADER = "VBE-Platform-Version";

    private final Database database;
    private final String version;

    @Activate
    public PlatformHealthService(@Reference Database database, BundleContext context) {
        this(database, context.getBundle().getHeaders().get(VERSION_HEADER));
    }

    PlatformHealthService(Database database, String version) {
        this.database = database;
        this.version = version == null ? "unknown" : version;
    }

    @Override
    public HealthReport check() {
        List<HealthProblem> problems = new ArrayList<>();
        String databaseProblem = database.problem();
        HealthStatus databaseStatus = HealthStatus.UP;
        if (databaseProblem != null) {
            databaseStatus = HealthStatus.DOWN;
            problems.add(new HealthProblem("database", databaseProblem));
        }
        return new HealthReport(databaseStatus, databaseStatus, version, problems);
    }
}
