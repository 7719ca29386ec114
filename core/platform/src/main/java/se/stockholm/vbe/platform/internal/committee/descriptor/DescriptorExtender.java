package se.stockholm.vbe.platform.internal.committee.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.health.HealthProblem;
import se.stockholm.vbe.json.CommitteeDescriptor;
import se.stockholm.vbe.platform.internal.committee.CommitteeTracker;
import se.stockholm.vbe.platform.internal.committee.DeclaredCommittee;
import se.stockholm.vbe.platform.internal.trust.BundleGate;
import se.stockholm.vbe.spi.Committee;

/**
 * The extender that makes a committee of a bundle's data, as DS makes components of a bundle's XML: for every
 * active bundle with the {@code VBE-Committee} header and a {@value CommitteeDescriptor#RESOURCE}, it reads the
 * descriptor and registers its {@link Committee} service with that bundle's own context, so ownership, trust and
 * recording treat it exactly like a committee written in Java; the service goes when the bundle stops. A
 * descriptor that cannot be read, or names another id than the header, is refused and reported; nothing else is
 * affected. A bundle the trust gate refuses contributes nothing (the gate reports it): a bundle of data alone
 * that resolved before the gate existed has no class the gate could keep from loading.
 */
@Component(service = DescriptorExtender.class, immediate = true)
public final class DescriptorExtender implements BundleTrackerCustomizer<DescriptorExtender.Described> {

    private static final Logger LOG = LoggerFactory.getLogger(DescriptorExtender.class);

    private final BundleGate gate;
    private final BundleTracker<Described> tracker;
    /** Why a bundle's descriptor was refused, by bundle id, while the bundle is active. */
    private final Map<Long, HealthProblem> refused = new ConcurrentHashMap<>();

    /** What the extender did for one bundle: the service it registered, or none when it refused the descriptor. */
    public record Described(ServiceRegistration<Committee> registration) {
    }

    @Activate
    public DescriptorExtender(@Reference BundleGate gate, BundleContext context) {
        this.gate = gate;
        tracker = new BundleTracker<>(context, Bundle.ACTIVE, this);
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Override
    public Described addingBundle(Bundle bundle, BundleEvent event) {
        String declared = DeclaredCommittee.of(bundle);
        URL resource = bundle.getEntry(CommitteeDescriptor.RESOURCE);
        if (declared == null || resource == null) {
            return null;
        }
        String source = bundle.getSymbolicName() + " " + bundle.getVersion();
        String untrusted = gate.refusalNow(bundle);
        if (untrusted != null) {
            LOG.warn("Committee descriptor of {} not read: the trust gate refuses the bundle, it {}", source, untrusted);
            return new Described(null);
        }
        try {
            Committee committee = read(resource).committee(declared, bundle::getEntry);
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(CommitteeTracker.DESCRIPTOR_PROPERTY, CommitteeDescriptor.RESOURCE);
            ServiceRegistration<Committee> registration = bundle.getBundleContext()
                    .registerService(Committee.class, committee, properties);
            LOG.info("Committee {} described by {} is registered for {}", committee.id(), CommitteeDescriptor.RESOURCE,
                    source);
            return new Described(registration);
        } catch (RuntimeException e) {
            String reason = CommitteeDescriptor.RESOURCE + " is refused: " + e.getMessage();
            LOG.error("Committee descriptor of {} refused: {}", source, reason);
            refused.put(bundle.getBundleId(), new HealthProblem(source, reason));
            return new Described(null);
        }
    }

    private static CommitteeDescriptor read(URL resource) {
        try (InputStream in = resource.openStream()) {
            return CommitteeDescriptor.read(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Described described) {
        // an active bundle's descriptor does not change; an update stops the bundle first
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Described described) {
        refused.remove(bundle.getBundleId());
        if (described.registration() != null) {
            try {
                described.registration().unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregistered it with the bundle
            }
        }
    }

    /** The descriptors refused, with the field that is wrong and why. */
    public List<HealthProblem> problems() {
        return List.copyOf(new TreeMap<>(refused).values());
    }
}
