package se.stockholm.vbe.rest.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.osgi.service.metatype.annotations.Designate;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.api.audit.AuditService;
import se.stockholm.vbe.api.backup.BackupService;
import se.stockholm.vbe.api.calendar.CalendarService;
import se.stockholm.vbe.api.health.HealthService;
import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.api.committee.CommitteeOwners;
import se.stockholm.vbe.api.committee.CommitteeQuarantines;
import se.stockholm.vbe.api.contribution.ContributionService;
import se.stockholm.vbe.api.coverage.CoverageService;
import se.stockholm.vbe.api.deploy.BundleDeployer;
import se.stockholm.vbe.api.feature.FeatureService;
import se.stockholm.vbe.api.grant.GrantCheckService;
import se.stockholm.vbe.api.grant.StopList;
import se.stockholm.vbe.api.plan.PlanService;
import se.stockholm.vbe.api.report.IncidentReportService;
import se.stockholm.vbe.api.routine.RoutineService;
import se.stockholm.vbe.api.session.SessionRecords;
import se.stockholm.vbe.rest.internal.json.BodySizeLimit;
import se.stockholm.vbe.rest.internal.json.JsonProvider;
import se.stockholm.vbe.rest.internal.problem.HeaderExceptionMapper;
import se.stockholm.vbe.rest.internal.problem.JsonProcessingExceptionMapper;
import se.stockholm.vbe.rest.internal.problem.UnexpectedExceptionMapper;
import se.stockholm.vbe.rest.internal.problem.DeployRefusedExceptionMapper;
import se.stockholm.vbe.rest.internal.problem.VbeExceptionMapper;
import se.stockholm.vbe.rest.internal.problem.WebApplicationExceptionMapper;
import se.stockholm.vbe.rest.internal.resource.AuditResource;
import se.stockholm.vbe.rest.internal.resource.BackupsResource;
import se.stockholm.vbe.rest.internal.resource.CalendarDeadlinesResource;
import se.stockholm.vbe.rest.internal.resource.CalendarFeedResource;
import se.stockholm.vbe.rest.internal.resource.CommitteeCalendarFeedResource;
import se.stockholm.vbe.rest.internal.resource.GrantWindowsResource;
import se.stockholm.vbe.rest.internal.resource.CallerResource;
import se.stockholm.vbe.rest.internal.resource.CommitteeBundleResource;
import se.stockholm.vbe.rest.internal.resource.CommitteeOwnerResource;
import se.stockholm.vbe.rest.internal.resource.CommitteePlansResource;
import se.stockholm.vbe.rest.internal.resource.CommitteesResource;
import se.stockholm.vbe.rest.internal.resource.ContributionIntakeResource;
import se.stockholm.vbe.rest.internal.resource.ContributionsResource;
import se.stockholm.vbe.rest.internal.resource.CoverageChecklistResource;
import se.stockholm.vbe.rest.internal.resource.CoverageResource;
import se.stockholm.vbe.rest.internal.resource.CoverageTickResource;
import se.stockholm.vbe.rest.internal.resource.ConsolidatedViewCache;
import se.stockholm.vbe.rest.internal.resource.FeaturesResource;
import se.stockholm.vbe.rest.internal.resource.GrantChecksResource;
import se.stockholm.vbe.rest.internal.resource.StopListResource;
import se.stockholm.vbe.rest.internal.resource.OpenApiResource;
import se.stockholm.vbe.rest.internal.resource.PlansResource;
import se.stockholm.vbe.rest.internal.resource.QuarantineResource;
import se.stockholm.vbe.rest.internal.resource.IncidentReportsResource;
import se.stockholm.vbe.rest.internal.resource.ReportTakeOverResource;
import se.stockholm.vbe.rest.internal.resource.RoutineResource;
import se.stockholm.vbe.rest.internal.resource.RoutineUsageResource;
import se.stockholm.vbe.rest.internal.resource.HealthResource;
import se.stockholm.vbe.rest.internal.resource.SessionResource;
import se.stockholm.vbe.rest.internal.security.AccessControlFeature;
import se.stockholm.vbe.rest.internal.security.Authenticator;
import se.stockholm.vbe.rest.internal.security.BasicAuthenticationFilter;
import se.stockholm.vbe.rest.internal.security.CachingAuthenticator;
import se.stockholm.vbe.rest.internal.security.EditorOfFeature;
import se.stockholm.vbe.rest.internal.security.JaasAuthenticator;
import se.stockholm.vbe.rest.internal.security.LoginThrottle;
import se.stockholm.vbe.rest.internal.security.SessionAuthenticationFilter;
import se.stockholm.vbe.rest.internal.security.SessionStore;
import se.stockholm.vbe.rest.internal.security.SignIns;

/**
 * Jersey on Karaf's HTTP whiteboard under {@code /api}. The set of resources is fixed and owned by
 * the platform: committee bundles coming and going change the data behind them, never this servlet.
 */
@Component(service = Servlet.class, configurationPid = "se.stockholm.vbe.rest")
@HttpWhiteboardServletPattern("/api/*")
@HttpWhiteboardServletName("vbe-api")
@Designate(ocd = ApiServletConfiguration.class)
public final class ApiServlet extends ServletContainer {

    private static final long serialVersionUID = 1L;
    private static final Duration MAX_TOUCH_INTERVAL = Duration.ofSeconds(60);

    private final transient CachedViewShortcut shortcut;

    /** Every JAX-RS resource of the API; the OpenAPI document must describe exactly these. */
    static final Set<Class<?>> RESOURCES = Set.of(HealthResource.class, CallerResource.class,
            CommitteesResource.class, CommitteePlansResource.class, PlansResource.class, OpenApiResource.class,
            GrantChecksResource.class, StopListResource.class, FeaturesResource.class, CommitteeOwnerResource.class,
            AuditResource.class, SessionResource.class, BackupsResource.class, CommitteeBundleResource.class,
            QuarantineResource.class, RoutineResource.class, RoutineUsageResource.class,
            CoverageResource.class, CoverageChecklistResource.class, CoverageTickResource.class,
            ContributionsResource.class, ContributionIntakeResource.class, CalendarFeedResource.class,
            CommitteeCalendarFeedResource.class, CalendarDeadlinesResource.class, GrantWindowsResource.class,
            IncidentReportsResource.class, ReportTakeOverResource.class);

    @Activate
    public ApiServlet(@Reference HealthService health, @Reference PlanService plans,
            @Reference CommitteeDirectory committees, @Reference(target = "(vbe.json=plans)") ObjectMapper json,
            @Reference GrantCheckService checks, @Reference StopList stopList, @Reference FeatureService features,
            @Reference ConsolidatedViewCache views, @Reference CommitteeOwners owners, @Reference AuditService audit,
            @Reference BackupService backups, @Reference BundleDeployer deployer,
            @Reference CommitteeQuarantines quarantines, @Reference RoutineService routine,
            @Reference CoverageService coverage, @Reference ContributionService contributions,
            @Reference CalendarService calendar, @Reference IncidentReportService reports,
            @Reference SessionRecords sessionRecords,
            ApiServletConfiguration configuration) {
        this(new PlatformServicesBinder.PlatformServices(health, plans, committees, json, checks, stopList,
                features, views, owners, audit, backups, deployer,
                quarantines, routine, coverage, contributions, calendar, reports),
                new SignIns(authenticator(configuration), throttle(configuration)),
                sessions(configuration, sessionRecords));
    }

    private ApiServlet(PlatformServicesBinder.PlatformServices services, SignIns signIns, SessionStore sessions) {
        super(resources(services, signIns, sessions));
        this.shortcut = new CachedViewShortcut(services.views(), services.plans(), services.health(), signIns,
                sessions);
    }

    /** The cached consolidated views straight from the cache where that is safe; everything else through Jersey. */
    @Override
    public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        if (!(request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer
                && shortcut.answer(http, answer))) {
            super.service(request, response);
        }
    }

    private static Authenticator authenticator(ApiServletConfiguration configuration) {
        Authenticator jaas = new JaasAuthenticator(configuration.realm());
        return configuration.loginCacheSeconds() <= 0 ? jaas
                : new CachingAuthenticator(jaas, Duration.ofSeconds(configuration.loginCacheSeconds()), Clock.systemUTC());
    }

    private static LoginThrottle throttle(ApiServletConfiguration configuration) {
        return new LoginThrottle(new LoginThrottle.Limits(configuration.maxFailures(),
                configuration.maxFailuresPerAddress(), Duration.ofSeconds(Math.max(1, configuration.blockSeconds())),
                Duration.ofSeconds(Math.max(1, configuration.maxBlockSeconds())), 10_000), Clock.systemUTC());
    }

    /**
     * Sessions in the platform's database: they outlive a restart of Karaf or of this component, and every node of
     * several serves every session (no sticky sessions). A use is written at most every minute (a quarter of the
     * idle timeout if that is shorter), not on every request.
     */
    private static SessionStore sessions(ApiServletConfiguration configuration, SessionRecords records) {
        Duration idle = Duration.ofSeconds(Math.max(1, configuration.sessionIdleSeconds()));
        Duration touchEvery = idle.dividedBy(4).compareTo(MAX_TOUCH_INTERVAL) < 0 ? idle.dividedBy(4)
                : MAX_TOUCH_INTERVAL;
        return new SessionStore(new SessionStore.Limits(idle,
                Duration.ofSeconds(Math.max(1, configuration.sessionMaxSeconds())),
                Math.max(1, configuration.maxSessions())), Clock.systemUTC(), records, touchEvery);
    }

    private static ResourceConfig resources(PlatformServicesBinder.PlatformServices services, SignIns signIns,
            SessionStore sessions) {
        return new ResourceConfig()
                .setApplicationName("vbe-api")
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true)
                .register(new JsonProvider(services.json()))
                .register(BodySizeLimit.class)
                .register(WebApplicationExceptionMapper.class)
                .register(VbeExceptionMapper.class)
                .register(DeployRefusedExceptionMapper.class)
                .register(HeaderExceptionMapper.class)
                .register(JsonProcessingExceptionMapper.class)
                .register(UnexpectedExceptionMapper.class)
                .register(new ReadinessFilter(services.health()))
                .register(new BasicAuthenticationFilter(signIns))
                .register(new SessionAuthenticationFilter(sessions))
                .register(AccessControlFeature.class)
                .register(new EditorOfFeature(services.committees()))
                .register(new PlatformServicesBinder(services))
                .register(new SignInBinder(signIns, sessions))
                .registerClasses(RESOURCES);
    }
}
