package se.stockholm.vbe.platform.internal.committee;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.Validation;
import se.stockholm.vbe.api.committee.CommitteeOwners;
import se.stockholm.vbe.api.committee.CommitteeOwnership;
import se.stockholm.vbe.platform.internal.grant.RuleRegistry;

/**
 * The coordinator's view of committee ownership: who owns an id, and the transfer of an id to another
 * bundle, which takes effect at once for the committee and its rules.
 */
@Component(service = CommitteeOwners.class)
public final class CommitteeTransfers implements CommitteeOwners {

    private static final Logger LOG = LoggerFactory.getLogger(CommitteeTransfers.class);

    private final OwnerStore owners;
    private final CommitteeTracker committees;
    private final RuleRegistry rules;

    @Activate
    public CommitteeTransfers(@Reference OwnerStore owners, @Reference CommitteeTracker committees,
            @Reference RuleRegistry rules) {
        this.owners = owners;
        this.committees = committees;
        this.rules = rules;
    }

    @Override
    public CommitteeOwnership owner(String committeeId, Actor actor) {
        requireCoordinator(actor);
        return owners.owner(committeeId).orElseThrow(() -> notFound(committeeId));
    }

    @Override
    public CommitteeOwnership transfer(String committeeId, String bundle, Actor actor) {
        requireCoordinator(actor);
        String newOwner = Validation.requireLine(bundle, "bundle", 200);
        CommitteeOwnership transferred = owners.transfer(committeeId, newOwner, actor.displayName())
                .orElseThrow(() -> notFound(committeeId));
        LOG.warn("Committee id {} transferred to bundle {} by {}", committeeId, newOwner, actor.displayName());
        committees.ownerChanged(committeeId, newOwner);
        rules.ownerChanged(committeeId, newOwner);
        return transferred;
    }

    private static void requireCoordinator(Actor actor) {
        if (!actor.isCoordinator()) {
            throw new AccessDeniedException("only the coordinator may see or transfer who owns a committee id");
        }
    }

    private static NotFoundException notFound(String committeeId) {
        return new NotFoundException("no bundle has ever registered committee " + committeeId);
    }
}
