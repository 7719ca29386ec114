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
    static final int DEFAULT_MAX_DESCRIPTOR_BYTES = 1_048_576;

    private volatile int maxTemplates;
    private volatile int maxDescriptorBytes;

    @Activate
    public CatalogueLimits(CatalogueLimitsConfiguration configuration) {
        this(configuration.maxTemplates(), configuration.maxDescriptorBytes());
    }

    /** Limits given directly, for tests and for code that runs without configuration. */
    public CatalogueLimits(int maxTemplates, int maxDescriptorBytes) {
        apply(maxTemplates, maxDescriptorBytes);
    }

    @Modified
    void modified(CatalogueLimitsConfiguration changed) {
        apply(changed.maxTemplates(), changed.maxDescriptorBytes());
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

    /**
     * Refuses a descriptor larger than configured; {@code name} is its resource path in the bundle.
     *
     * @throws IllegalArgumentException naming the limit and its configuration property
     */
    public void checkDescriptor(String name, long sizeBytes) {
        int limit = maxDescriptorBytes;
        if (sizeBytes > limit) {
            throw new IllegalArgumentException("descriptor " + name + " has " + sizeBytes + " bytes, more than the "
                    + limit + " allowed (maxDescriptorBytes in se.stockholm.vbe.catalogue)");
        }
    }

    /** The largest descriptor accepted, for a reader that stops reading after it. */
    public int maxDescriptorBytes() {
        return maxDescriptorBytes;
    }

    private void apply(int templates, int descriptorBytes) {
        if (templates < 1 || descriptorBytes < 1) {
            throw new IllegalArgumentException("maxTemplates and maxDescriptorBytes must be at least 1 (were "
                    + templates + " and " + descriptorBytes + ")");
        }
        this.maxTemplates = templates;
        this.maxDescriptorBytes = descriptorBytes;
    }
}
