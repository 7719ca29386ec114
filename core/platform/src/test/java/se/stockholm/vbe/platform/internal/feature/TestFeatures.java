package se.stockholm.vbe.platform.internal.feature;

import java.lang.annotation.Annotation;

import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.grant.RuleRegistry;

/**
 * The real feature service for tests, with every feature on by default unless listed.
 */
public final class TestFeatures {

    private TestFeatures() {
    }

    public static FeatureServiceImpl onByDefault(Database database, RuleRegistry rules, String... disabledByDefault) {
        return new FeatureServiceImpl(database, rules, new FeaturesConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return FeaturesConfiguration.class;
            }

            @Override
            public boolean enabledByDefault() {
                return true;
            }

            @Override
            public String[] disabledByDefault() {
                return disabledByDefault;
            }
        });
    }
}
