package se.stockholm.vbe.rest.internal;

import org.glassfish.jersey.internal.inject.AbstractBinder;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.stockholm.vbe.api.audit.AuditService;
import se.stockholm.vbe.api.backup.BackupService;
import se.stockholm.vbe.api.calendar.CalendarService;
import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.api.committee.CommitteeOwners;
import se.stockholm.vbe.api.committee.CommitteeQuarantines;
import se.stockholm.vbe.api.contribution.ContributionService;
import se.stockholm.vbe.api.coverage.CoverageService;
import se.stockholm.vbe.api.deploy.BundleDeployer;
import se.stockholm.vbe.api.feature.FeatureService;
import se.stockholm.vbe.api.grant.GrantCheckService;
import se.stockholm.vbe.api.grant.StopList;
import se.stockholm.vbe.api.health.HealthService;
import se.stockholm.vbe.api.plan.PlanService;
import se.stockholm.vbe.api.report.IncidentReportService;
import se.stockholm.vbe.api.routine.RoutineService;
import se.stockholm.vbe.rest.internal.resource.ConsolidatedViewCache;

/**
 * Makes the platform's OSGi services injectable into the JAX-RS resources.
 */
final class PlatformServicesBinder extends AbstractBinder {

    private final PlatformServices services;

    PlatformServicesBinder(PlatformServices services) {
        this.services = services;
    }

    @Override
    protected void configure() {
        bind(services.health()).to(HealthService.class);
        bind(services.plans()).to(PlanService.class);
        bind(services.committees()).to(CommitteeDirectory.class);
        bind(services.json()).to(ObjectMapper.class);
        bind(services.checks()).to(GrantCheckService.class);
        bind(services.stopList()).to(StopList.class);
        bind(services.features()).to(FeatureService.class);
        bind(services.views()).to(ConsolidatedViewCache.class);
        bind(services.owners()).to(CommitteeOwners.class);
        bind(services.audit()).to(AuditService.class);
        bind(services.backups()).to(BackupService.class);
        bind(services.deployer()).to(BundleDeployer.class);
        bind(services.quarantines()).to(CommitteeQuarantines.class);
        bind(services.routine()).to(RoutineService.class);
        bind(services.coverage()).to(CoverageService.class);
        bind(services.contributions()).to(ContributionService.class);
        bind(services.calendar()).to(CalendarService.class);
        bind(services.reports()).to(IncidentReportService.class);
    }

    /** The services the API is built on. */
    record PlatformServices(HealthService health, PlanService plans, CommitteeDirectory committees,
            ObjectMapper json, GrantCheckService checks, StopList stopList, FeatureService features,
            ConsolidatedViewCache views, CommitteeOwners owners, AuditService audit,
            BackupService backups, BundleDeployer deployer,
            CommitteeQuarantines quarantines, RoutineService routine,
            CoverageService coverage, ContributionService contributions, CalendarService calendar,
            IncidentReportService reports) {
    }
}
