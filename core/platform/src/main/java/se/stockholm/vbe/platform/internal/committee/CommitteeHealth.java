package se.stockholm.vbe.platform.internal.committee;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.stockholm.vbe.api.health.HealthProblem;
import se.stockholm.vbe.platform.internal.committee.descriptor.DescriptorExtender;

/**
 * What keeps the committees from being healthy or the platform from being ready: refused services, refused
 * descriptors, committee bundles that declare a committee and never contributed it, nodes that disagree, and
 * committees that wait for the database.
 */
@Component(service = CommitteeHealth.class)
public final class CommitteeHealth {

    private final CommitteeRegistrations registrations;
    private final CommitteeTracker tracker;
    private final CommitteeRecorder recorder;
    private final DescriptorExtender descriptors;
    private final NodePresence presence;
    private final BundleContext context;

    @Activate
    public CommitteeHealth(@Reference CommitteeRegistrations registrations, @Reference CommitteeTracker tracker,
            @Reference CommitteeRecorder recorder, @Reference DescriptorExtender descriptors,
            @Reference NodePresence presence, BundleContext context) {
        this.registrations = registrations;
        this.tracker = tracker;
        this.recorder = recorder;
        this.descriptors = descriptors;
        this.presence = presence;
        this.context = context;
    }

    /**
     * Whether {@link #waitingForDatabase} has any: the readiness check of every request, so it builds no list.
     */
    public boolean anyWaitingForDatabase() {
        return recorder.anyPending() || tracker.anyAwaitingOwner();
    }

    /** The committees that are online but not yet recorded, while the database is not there. */
    public List<String> waitingForDatabase() {
        List<String> waiting = new ArrayList<>(recorder.pending());
        waiting.addAll(tracker.awaitingOwner());
        return waiting.stream().sorted().toList();
    }

    /**
     * Why the committee service or descriptor of {@code source} ({@code symbolic-name version}) was refused, if it
     * was.
     */
    public Optional<String> refusal(String source) {
        return Stream.concat(registrations.current().refused().values().stream(), descriptors.problems().stream())
                .filter(problem -> problem.source().equals(source)).map(HealthProblem::message).findFirst();
    }

    /**
     * Refused services and descriptors, committee bundles that never got as far as registering a committee, and
     * committee bundles the nodes of the installation disagree on.
     */
    public List<HealthProblem> problems() {
        Registrations current = registrations.current();
        List<HealthProblem> problems = new ArrayList<>(current.refused().values());
        List<HealthProblem> refusedDescriptors = descriptors.problems();
        problems.addAll(refusedDescriptors);
        Set<String> accounted = new HashSet<>();
        current.online().values().forEach(c -> accounted.add(c.info().bundle() + " " + c.info().bundleVersion()));
        current.refused().values().forEach(problem -> accounted.add(problem.source()));
        refusedDescriptors.forEach(problem -> accounted.add(problem.source()));
        for (Bundle bundle : context.getBundles()) {
            String declared = bundle.getHeaders("").get(DeclaredCommittee.HEADER);
            if (declared == null) {
                continue;
            }
            String name = bundle.getSymbolicName() + " " + bundle.getVersion();
            if (bundle.getState() == Bundle.INSTALLED) {
                problems.add(new HealthProblem(name, "declares committee " + declared + " but does not resolve: "
                        + "its imports cannot be satisfied (bundle:diag " + bundle.getBundleId() + " says which)"));
            } else if (bundle.getState() == Bundle.ACTIVE && !accounted.contains(name)) {
                problems.add(new HealthProblem(name, "declares committee " + declared
                        + " but has registered no committee service (did its component fail? see the log)"));
            }
        }
        problems.addAll(presence.problems());
        return problems;
    }
}
