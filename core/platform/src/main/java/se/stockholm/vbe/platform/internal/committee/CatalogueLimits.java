package se.stockholm.vbe.platform.internal.committee;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

import se.stockholm.vbe.spi.ActivityTemplate;

/**
 * The size limits on what a committee bundle contributes, so that one bundle cannot fill the platform's memory,
 * its database or every editor's template list. Checked before a committee goes online; thread-safe.
 */
@Component(service = CatalogueLimits.class, configurationPid = "se.stockholm.vbe.catalogue")
@Designate(ocd = CatalogueLimitsConfiguration.class)
public final class CatalogueLimits {

    static final int DEFAULT_MAX_TEMPLATES = 500;

    private volatile int maxTemplates;

    @Activate
    public CatalogueLimits(CatalogueLimitsConfiguration configuration) {
        this(configuration.maxTemplates());
    }

    /** Limits given directly, for tests and for code that runs without configuration. */
    public CatalogueLimits(int maxTemplates) {
        apply(maxTemplates);
    }

    @Modified
    void modified(CatalogueLimitsConfiguration changed) {
        apply(changed.maxTemplates());
    }

    /**
     * Refuses a catalogue with more templates than configured.
     *
     * @throws IllegalArgumentException naming the limit and its configuration property
     */
    public void check(List<ActivityTemplate> catalogue) {
        int limit = maxTemplates;
        if (catalogue != null && catalogue.size() > limit) {
            throw new IllegalArgumentException("catalogue has " + catalogue.size() + " templates, more than the "
                    + limit + " allowed (maxTemplates in se.stockholm.vbe.catalogue)");
        }
    }

    private void apply(int templates) {
        if (templates < 1) {
            throw new IllegalArgumentException("maxTemplates must be at least 1 (was " + templates + ")");
        }
        maxTemplates = templates;
    }
}
