package se.stockholm.vbe.platform.internal.trust;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.hooks.weaving.WeavingException;
import org.osgi.framework.hooks.weaving.WeavingHook;
import org.osgi.framework.hooks.weaving.WovenClass;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.health.HealthProblem;
import se.stockholm.vbe.platform.internal.committee.DeclaredCommittee;

/**
 * Keeps committee bundles (manifest header {@code VBE-Committee}) that fail the trust policy from running. As a
 * resolver hook it takes them out of every resolution, so they stay INSTALLED and none of their code ever
 * runs. Each revision is checked once (bundle id and last modification) and the reason for each refusal is
 * kept for health.
 *
 * <p>A committee bundle can resolve before this hook exists: Karaf resolves a whole deployment before it starts
 * any of it (the first boot installs the platform and the sample committees together), and on a restart Felix
 * resolved the committee bundles before the platform started, too (seen in the real distribution). For those
 * the gate is also a weaving hook: no class of a refused bundle that resolved before the gate can be defined,
 * so its components never load. Committee bundles start after the platform (level 85 against 80), so the hook
 * is there before their classes load. (Refreshing such bundles back to INSTALLED in the middle of Karaf's boot
 * deployment broke Jersey's servlet.) A configuration change applies to bundles from their next resolution (a
 * refresh or update) and never takes a running committee offline by itself.
 *
 * <p>A fragment that attaches to a committee bundle would add unchecked classes to it, so the gate refuses it
 * as part of that committee (as it refuses a committee bundle that is a fragment): fragments are no way to
 * contribute to a committee. The gate also hides the platform's services from committee bundles
 * ({@link CommitteeServiceHiding}).
 */
@Component(service = BundleGate.class, configurationPid = BundleGate.PID, immediate = true)
@Designate(ocd = TrustConfiguration.class)
public final class BundleGate implements ResolverHookFactory, WeavingHook {

    static final String PID = "se.stockholm.vbe.trust";

    private static final Logger LOG = LoggerFactory.getLogger(BundleGate.class);
    private static final String TRUST_SOURCE = "trust";
    private static final String REFUSED = "refused by the trust gate (it stays installed and never resolves): ";
    private static final int RESOLVED_OR_LATER = Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING;

    private final BundleContext context;
    private final CommitteeBundleCheck check = new CommitteeBundleCheck();
    private final Map<Long, BundleVerdict> verdicts = new ConcurrentHashMap<>();
    private final Map<Long, String> resolvedThoughRefused = new ConcurrentHashMap<>();
    /** Refused bundles that resolved before the gate existed, by id, with their last modification. */
    private final Map<Long, Long> classesRefused = new ConcurrentHashMap<>();
    private final List<ServiceRegistration<?>> hooks = new ArrayList<>();
    private volatile TrustPolicy policy;

    /**
     * Registers the hooks itself rather than as DS services: the framework calls them while this component is
     * still activating (its own classes load through the weaving hook), and SCR would then refuse the call as a
     * circular reference.
     */
    @Activate
    public BundleGate(BundleContext context, TrustConfiguration config) {
        this.context = context;
        this.policy = TrustPolicy.of(config);
        hooks.add(context.registerService(ResolverHookFactory.class, this, null));
        hooks.add(context.registerService(WeavingHook.class, this, null));
        hooks.add(context.registerService(new String[] {FindHook.class.getName(), EventListenerHook.class.getName()},
                new CommitteeServiceHiding(), null));
        refuseWhatResolvedBeforeTheGate();
    }

    @Deactivate
    void deactivate() {
        hooks.forEach(ServiceRegistration::unregister);
    }

    /** Checks every committee bundle again; one that resolved under the old settings keeps running. */
    @Modified
    void modified(TrustConfiguration config) {
        policy = TrustPolicy.of(config);
        resolvedThoughRefused.keySet().removeIf(id -> !classesRefused.containsKey(id));
        for (Bundle bundle : committeeBundles(Bundle.INSTALLED | RESOLVED_OR_LATER)) {
            BundleVerdict verdict = verdict(bundle);
            if (!verdict.admitted() && (bundle.getState() & RESOLVED_OR_LATER) != 0
                    && !classesRefused.containsKey(bundle.getBundleId())) {
                resolvedThoughRefused.put(bundle.getBundleId(), "resolved before the trust settings changed, which "
                        + "now refuse it: it " + verdict.refusal() + " (bundle:refresh " + bundle.getBundleId()
                        + " applies them)");
            }
        }
    }

    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        boolean onlyRefusedTriggers = !triggers.isEmpty()
                && triggers.stream().noneMatch(revision -> admits(revision.getBundle()));
        return new ResolverHook() {
            /**
             * Takes refused bundles out only of a resolution that is for refused bundles alone (Felix then says
             * "Resolver hook prevented resolution"): once a hook takes anything out, Felix 7.0.5 also drops
             * every resolved provider (the system bundle's org.osgi.framework too) from that resolution, which
             * would fail every other bundle in it.
             */
            @Override
            public void filterResolvable(Collection<BundleRevision> candidates) {
                if (onlyRefusedTriggers) {
                    candidates.removeIf(revision -> !admits(revision.getBundle()));
                }
            }

            @Override
            public void filterSingletonCollisions(BundleCapability singleton,
                    Collection<BundleCapability> collisionCandidates) {
            }

            /**
             * In any other resolution a refused bundle finds nothing it requires (nor, as a fragment, a host),
             * so it does not resolve, and it provides nothing to the others.
             */
            @Override
            public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
                if (!admits(requirement.getRevision().getBundle())) {
                    candidates.clear();
                } else {
                    candidates.removeIf(capability -> !admits(capability.getRevision().getBundle()));
                }
            }

            @Override
            public void end() {
            }
        };
    }

    @Override
    public void weave(WovenClass woven) {
        Bundle bundle = woven.getBundleWiring().getBundle();
        Long refusedRevision = classesRefused.get(bundle.getBundleId());
        if (refusedRevision != null && refusedRevision == bundle.getLastModified()) {
            throw new WeavingException(woven.getClassName() + " belongs to " + source(bundle)
                    + ", which the trust gate refused");
        }
    }

    /** The committee bundles refused, each with its reason, and those resolved though refused now. */
    public List<HealthProblem> problems() {
        TrustPolicy current = policy;
        List<HealthProblem> problems = new ArrayList<>();
        if (current.problem() != null) {
            problems.add(new HealthProblem(TRUST_SOURCE, "the trust settings (" + PID + ") cannot be used: "
                    + current.problem()));
        }
        verdicts.forEach((id, verdict) -> {
            Bundle bundle = context.getBundle(id);
            if (bundle == null) {
                verdicts.remove(id, verdict);
            } else if (verdict.isFor(current, bundle.getLastModified()) && !verdict.admitted()
                    && bundle.getState() == Bundle.INSTALLED) {
                problems.add(new HealthProblem(verdict.source(), REFUSED + "it " + verdict.refusal()));
            }
        });
        resolvedThoughRefused.forEach((id, message) -> {
            Bundle bundle = context.getBundle(id);
            if (bundle != null && (bundle.getState() & RESOLVED_OR_LATER) != 0) {
                problems.add(new HealthProblem(source(bundle), message));
            }
        });
        problems.sort(Comparator.comparing(HealthProblem::source));
        return problems;
    }

    /**
     * Why the policy in force would refuse this content as a bundle of {@code committeeId} (a phrase after
     * "it"), or null if it would admit it: the check the gate makes, for an upload before it is installed.
     */
    public String refusal(BundleContent content, String committeeId) {
        return check.refusal(content, committeeId, policy);
    }

    /** Why the gate refused this bundle's current revision (a phrase after "it"), or null if it did not. */
    public String refusalOf(Bundle bundle) {
        BundleVerdict verdict = verdicts.get(bundle.getBundleId());
        return verdict == null || verdict.lastModified() != bundle.getLastModified() ? null : verdict.refusal();
    }

    /**
     * Why the gate refuses the committee bundle under the current policy (a phrase after "it"), checking its content
     * now if it has not yet, or null if it admits it. A bundle of data alone has no class for the weaving hook to
     * stop, so what reads its data asks here first.
     */
    public String refusalNow(Bundle bundle) {
        return DeclaredCommittee.of(bundle) == null ? null : verdict(bundle).refusal();
    }

    /** The sources ({@code symbolic-name version}) of the committee bundles the gate names in its problems. */
    public List<String> refusedSources() {
        return problems().stream().map(HealthProblem::source).filter(source -> !source.equals(TRUST_SOURCE))
                .toList();
    }

    private boolean admits(Bundle bundle) {
        if (DeclaredCommittee.of(bundle) == null && !attachesToACommittee(bundle)) {
            return true;
        }
        boolean admitted = verdict(bundle).admitted();
        if (admitted) {
            // resolving again (after a refresh) under settings that accept it: its classes may load now
            classesRefused.remove(bundle.getBundleId());
            resolvedThoughRefused.remove(bundle.getBundleId());
        }
        return admitted;
    }

    private BundleVerdict verdict(Bundle bundle) {
        TrustPolicy current = policy;
        long lastModified = bundle.getLastModified();
        BundleVerdict known = verdicts.get(bundle.getBundleId());
        if (known != null && known.isFor(current, lastModified)) {
            return known;
        }
        BundleVerdict verdict = new BundleVerdict(current, lastModified, source(bundle), refusal(bundle, current));
        verdicts.put(bundle.getBundleId(), verdict);
        if (!verdict.admitted()) {
            LOG.warn("Committee bundle {} (id {}) refused: it {}", verdict.source(), bundle.getBundleId(),
                    verdict.refusal());
        }
        return verdict;
    }

    /** Never throws: a resolver hook that fails would break every resolution, so a failure refuses the bundle. */
    private String refusal(Bundle bundle, TrustPolicy current) {
        try {
            String host = bundle.getHeaders("").get(Constants.FRAGMENT_HOST);
            if (host != null) {
                return "is a fragment (" + Constants.FRAGMENT_HOST + ": " + host + "); a fragment's classes would "
                        + "join a committee bundle unchecked, so fragments are no way to contribute to a committee";
            }
            return check.refusal(BundleContent.of(bundle), DeclaredCommittee.of(bundle), current);
        } catch (RuntimeException e) {
            return "cannot be checked: " + e;
        }
    }

    private void refuseWhatResolvedBeforeTheGate() {
        for (Bundle bundle : committeeBundles(RESOLVED_OR_LATER)) {
            BundleVerdict verdict = verdict(bundle);
            if (!verdict.admitted()) {
                classesRefused.put(bundle.getBundleId(), bundle.getLastModified());
                boolean ran = stopIfRunning(bundle);
                String before = ran ? "was started before the trust gate was active, so its code may have run; "
                        + "it was stopped and" : "resolved before the trust gate was active;";
                resolvedThoughRefused.put(bundle.getBundleId(), before + " no class of it can be loaded, since it "
                        + verdict.refusal() + " (bundle:refresh " + bundle.getBundleId() + " checks it again)");
            }
        }
    }

    private static boolean stopIfRunning(Bundle bundle) {
        if ((bundle.getState() & (Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING)) == 0) {
            return false;
        }
        LOG.error("Committee bundle {} was started before the trust gate was active; stopping it", source(bundle));
        try {
            bundle.stop(Bundle.STOP_TRANSIENT);
        } catch (BundleException | IllegalStateException e) {
            LOG.error("Cannot stop the refused committee bundle {}", source(bundle), e);
        }
        return true;
    }

    private List<Bundle> committeeBundles(int states) {
        List<Bundle> bundles = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if ((bundle.getState() & states) != 0 && DeclaredCommittee.of(bundle) != null) {
                bundles.add(bundle);
            }
        }
        return bundles;
    }

    /** Whether the bundle is a fragment whose host is a committee bundle (any version of that name). */
    private boolean attachesToACommittee(Bundle bundle) {
        String host = bundle.getHeaders("").get(Constants.FRAGMENT_HOST);
        if (host == null) {
            return false;
        }
        String hostName = host.split(";", 2)[0].strip();
        for (Bundle candidate : context.getBundles()) {
            if (hostName.equals(candidate.getSymbolicName()) && DeclaredCommittee.of(candidate) != null) {
                return true;
            }
        }
        return false;
    }

    private static String source(Bundle bundle) {
        return bundle.getSymbolicName() + " " + bundle.getVersion();
    }
}
