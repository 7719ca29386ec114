package se.stockholm.vbe.platform.internal.grant;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.function.Function;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.BookedBy;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.Declarations;
import se.stockholm.vbe.api.grant.Organisation;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.spi.BaseGrantRule;
import se.stockholm.vbe.spi.GrantRule;

/**
 * Rules, limits and applications for the grant tests.
 */
final class TestRules {

    static final String ORGANISATION_NUMBER = "802400-1235";

    private TestRules() {
    }

    static GrantRule rule(String id, String committeeId, Function<Application, RuleResult> evaluation) {
        return new BaseGrantRule(id, "Testregel " + id, committeeId, EnumSet.allOf(CheckType.class)) {
            @Override
            public RuleResult evaluate(Application application) {
                return evaluation.apply(application);
            }
        };
    }

    static RulesConfiguration limits(int timeoutMillis, int maxConcurrentCalls, int failureThreshold) {
        return limits(timeoutMillis, maxConcurrentCalls, failureThreshold, 16);
    }

    static RulesConfiguration limits(int timeoutMillis, int maxConcurrentCalls, int failureThreshold,
            int committeeThreads) {
        return new RulesConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return RulesConfiguration.class;
            }

            @Override
            public int timeoutMillis() {
                return timeoutMillis;
            }

            @Override
            public int maxConcurrentCalls() {
                return maxConcurrentCalls;
            }

            @Override
            public int failureThreshold() {
                return failureThreshold;
            }

            @Override
            public int openSeconds() {
                return 60;
            }

            @Override
            public int committeeThreads() {
                return committeeThreads;
            }
        };
    }

    static Application grant(boolean religious, boolean democracy) {
        return new Application(CheckType.ASSOCIATION_GRANT, new Organisation("Föreningen Exempel", ORGANISATION_NUMBER,
                religious, false), "Läxhjälp för unga", 25_000L, true, true,
                new Declarations(democracy, true, true, true), true, null, null, null);
    }

    static Application rental(BookedBy bookedBy) {
        return new Application(CheckType.PREMISES_RENTAL, new Organisation("Föreningen Exempel", ORGANISATION_NUMBER,
                false, false), "Träning", null, true, null, new Declarations(true, true, true, true), null,
                "Rinkebyhallen", LocalDate.of(2026, 12, 1), bookedBy);
    }
}
