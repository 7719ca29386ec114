package se.stockholm.vbe.platform.internal.trust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommitteeServiceHidingTest {

    @Test
    void thePlatformsApiServicesAreHidden() {
        assertTrue(CommitteeServiceHiding.hidden("se.stockholm.vbe.api.plan.PlanService"));
        assertTrue(CommitteeServiceHiding.hidden("se.stockholm.vbe.api.Anything"));
        assertTrue(CommitteeServiceHiding.hidden("java.lang.Object", "se.stockholm.vbe.api.health.HealthService"));
    }

    @Test
    void theFrameworksAndKarafsAdministrationIsHidden() {
        assertTrue(CommitteeServiceHiding.hidden("org.osgi.service.cm.ConfigurationAdmin"));
        assertTrue(CommitteeServiceHiding.hidden("org.apache.karaf.features.FeaturesService"));
        assertTrue(CommitteeServiceHiding.hidden("org.osgi.service.component.runtime.ServiceComponentRuntime"));
        assertTrue(CommitteeServiceHiding.hidden("org.apache.felix.fileinstall.ArtifactInstaller"));
        assertTrue(CommitteeServiceHiding.hidden("javax.management.MBeanServer"));
    }

    @Test
    void theSpiAndOtherServicesStayVisible() {
        assertFalse(CommitteeServiceHiding.hidden("se.stockholm.vbe.spi.GrantRule"));
        assertFalse(CommitteeServiceHiding.hidden("se.stockholm.vbe.apix.Thing", "java.lang.Runnable"));
        assertFalse(CommitteeServiceHiding.hidden("org.osgi.service.log.LoggerFactory"));
    }
}
