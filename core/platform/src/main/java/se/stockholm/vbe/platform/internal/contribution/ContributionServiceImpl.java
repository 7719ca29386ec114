package se.stockholm.vbe.platform.internal.contribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.stockholm.vbe.api.AccessDeniedException;
import se.stockholm.vbe.api.Actor;
import se.stockholm.vbe.api.ConflictException;
import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.NotFoundException;
import se.stockholm.vbe.api.committee.CommitteeDirectory;
import se.stockholm.vbe.api.committee.CommitteeInfo;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.contribution.Contribution;
import se.stockholm.vbe.api.contribution.ContributionRequest;
import se.stockholm.vbe.api.contribution.ContributionService;
import se.stockholm.vbe.api.plan.ActionPlan;
import se.stockholm.vbe.api.plan.Classification;
import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.PlanService;
import se.stockholm.vbe.api.plan.Section;
import se.stockholm.vbe.api.plan.SituationPicture;
import se.stockholm.vbe.api.privacy.PersonalDataGuard;
import se.stockholm.vbe.platform.internal.audit.AuditEntry;
import se.stockholm.vbe.platform.internal.audit.AuditTrail;
import se.stockholm.vbe.platform.internal.audit.Fields;
import se.stockholm.vbe.platform.internal.db.Database;
import se.stockholm.vbe.platform.internal.db.StoredTime;
import se.stockholm.vbe.platform.internal.plan.SituationAmendments;
import se.stockholm.vbe.platform.internal.privacy.Identifiers;
import se.stockholm.vbe.platform.internal.plan.SituationMerge;
import se.stockholm.vbe.platform.internal.secrecy.Disclosure;

/**
 * The rules of contributions: a specialist committee's editors send them for a district and read their own; those
 * who see the district's confidential plan content (its editors, the coordinator, readers) read them all, as they
 * read the submit's audit entry; only the district's editors and the coordinator take them in. Taking one in and
 * marking it taken in are one transaction, so a contribution is counted into a plan once or not at all.
 */
@Component(service = ContributionService.class)
public final class ContributionServiceImpl implements ContributionService {

    static final String ENTITY = "contribution";
    // Contributions are de-identified like incident reports: no contact details in any section, public or not.
    private static final String DE_IDENTIFIED = "underlaget till stadsdelens lägesbild får inte innehålla "
            + "kontaktuppgifter eller något annat som pekar ut en person";
    private static final Identifiers.Wording TITLE = new Identifiers.Wording("Rubriken", DE_IDENTIFIED);
    private static final Identifiers.Wording TEXT = new Identifiers.Wording("Texten", DE_IDENTIFIED);
    private static final Set<String> NOT_CONTENT = Set.of("id", "committeeId", "year", "status", "submittedAt",
            "submittedBy", "takenInAt", "takenInBy");

    private final Database database;
    private final CommitteeDirectory committees;
    private final Disclosure disclosure;
    private final ContributionStore store = new ContributionStore();
    private final SituationAmendments amendments;

    @Activate
    public ContributionServiceImpl(@Reference Database database, @Reference CommitteeDirectory committees,
            @Reference Disclosure disclosure, @Reference SituationAmendments amendments) {
        this.database = database;
        this.committees = committees;
        this.disclosure = disclosure;
        this.amendments = amendments;
    }

    @Override
    public Contribution submit(String districtId, ContributionRequest request, Actor actor) {
        CommitteeInfo district = committee(districtId);
        CommitteeInfo from = committees.committee(request.from()).orElseThrow(() -> new InvalidInputException("from",
                "no committee " + request.from()));
        if (!actor.hasRole(Actor.EDITOR_PREFIX + request.from())) {
            throw new AccessDeniedException("user " + actor.displayName() + " may not send contributions for "
                    + request.from() + " (needs the role editor." + request.from() + ")");
        }
        if (from.kind() != CommitteeKind.SPECIALIST) {
            throw new InvalidInputException("from", "only specialist committees (facknämnder) send contributions; "
                    + from.id() + " is a " + from.kind() + " committee");
        }
        if (district.kind() != CommitteeKind.DISTRICT) {
            throw new InvalidInputException("committeeId", "contributions are sent to district committees "
                    + "(stadsdelsnämnder); " + districtId + " is a " + district.kind() + " committee");
        }
        PlanService.requireYear(request.year());
        for (int i = 0; i < request.sections().size(); i++) {
            Section section = request.sections().get(i);
            Identifiers.refuseIn(section.title(), "sections[" + i + "].title", TITLE);
            Identifiers.refuseIn(section.text(), "sections[" + i + "].text", TEXT);
            attributed(from.name(), section, "sections[" + i + "].title");
        }
        PersonalDataGuard.check(request);
        List<IncidentCount> counts = inPeriod(request);
        return database.transaction(connection -> {
            long id = store.insert(connection, districtId, from.id(), from.name(), request.year(), request.period(),
                    counts, request.sections(), actor.displayName(), StoredTime.now());
            Contribution stored = store.contribution(connection, id).orElseThrow();
            AuditTrail.record(connection, AuditEntry.of(actor).action("contribution-submit")
                    .entity(ENTITY, Long.toString(id)).committee(districtId).year(request.year())
                    .change(Map.of(), Fields.of(stored, NOT_CONTENT)).confidential(confidential(stored)));
            return stored;
        });
    }

    @Override
    public List<Contribution> contributions(String districtId, Integer year, Actor actor) {
        committee(districtId);
        if (year != null) {
            PlanService.requireYear(year);
        }
        boolean all = actor.audience().seesEverythingOf(districtId);
        Set<String> own = actor.audience().committees();
        if (!all && own.stream().noneMatch(this::isSpecialist)) {
            throw new AccessDeniedException("user " + actor.displayName() + " may not read the contributions to "
                    + districtId + " (its editors, the coordinator, readers and the editors of the committee that "
                    + "sent one may)");
        }
        List<Contribution> found = database.transaction(connection -> store.ofDistrict(connection, districtId, year));
        return all ? found : found.stream().filter(c -> own.contains(c.from())).toList();
    }

    @Override
    public Contribution contribution(String districtId, long contributionId, Actor actor) {
        return contributions(districtId, null, actor).stream().filter(c -> c.id() == contributionId).findFirst()
                .orElseThrow(() -> noContribution(districtId, contributionId));
    }

    @Override
    public ActionPlan takeIn(String districtId, int year, long contributionId, Long expectedVersion, Actor actor) {
        committee(districtId);
        PlanService.requireYear(year);
        if (!actor.canEdit(districtId)) {
            throw new AccessDeniedException("user " + actor.displayName() + " may not change the plans of "
                    + districtId + " (needs the role editor." + districtId + " or coordinator)");
        }
        database.read(connection -> store.contribution(connection, contributionId))
                .filter(c -> c.committeeId().equals(districtId))
                .orElseThrow(() -> noContribution(districtId, contributionId));
        return amendments.amend(districtId, year, expectedVersion, actor, "take-in", Map.of(ENTITY,
                Long.toString(contributionId)), (connection, before) -> {
                    Contribution contribution = store.contribution(connection, contributionId)
                            .filter(c -> c.committeeId().equals(districtId))
                            .orElseThrow(() -> noContribution(districtId, contributionId));
                    if (contribution.year() != year) {
                        throw new ConflictException("contribution " + contributionId + " is for "
                                + contribution.year() + ", not for the plan of " + year);
                    }
                    if (!store.markTakenIn(connection, contributionId, actor.displayName(), StoredTime.now())) {
                        Contribution taken = store.contribution(connection, contributionId).orElseThrow();
                        throw new ConflictException("contribution " + contributionId + " was taken in already, at "
                                + taken.takenInAt() + " by " + taken.takenInBy() + "; a contribution is taken in "
                                + "once");
                    }
                    List<Section> sections = new ArrayList<>();
                    for (Section section : contribution.sections()) {
                        sections.add(attributed(contribution.fromName(), section, "sections"));
                    }
                    return SituationMerge.merged(before, contribution.incidentCounts(), sections);
                });
    }

    /** Each count in the contribution's tertial: given there, or left out and set to it. */
    private static List<IncidentCount> inPeriod(ContributionRequest request) {
        List<IncidentCount> counts = new ArrayList<>();
        for (int i = 0; i < request.incidentCounts().size(); i++) {
            IncidentCount count = request.incidentCounts().get(i);
            if (count.period() != null && count.period() != request.period()) {
                throw new InvalidInputException("incidentCounts[" + i + "].period", "a contribution is for one "
                        + "tertial, " + request.period() + "; this count is in " + count.period());
            }
            counts.add(new IncidentCount(count.environment(), count.type(), count.source(), request.period(),
                    count.placeType(), count.count(), count.classification(), count.legalGround()));
        }
        try {
            new SituationPicture(List.of(), counts);
        } catch (IllegalArgumentException repeated) {
            throw new InvalidInputException("incidentCounts", repeated.getMessage());
        }
        return counts;
    }

    /** The section as the district's lägesbild shows it: the contributing committee's name before its title. */
    private static Section attributed(String committeeName, Section section, String field) {
        try {
            return new Section(committeeName + ": " + section.title(), section.text(), section.classification(),
                    section.legalGround());
        } catch (IllegalArgumentException tooLong) {
            throw new InvalidInputException(field, "with the committee's name before it (" + committeeName
                    + ": …) the title is too long: " + tooLong.getMessage());
        }
    }

    private static boolean confidential(Contribution contribution) {
        return contribution.sections().stream().anyMatch(s -> s.classification() != Classification.PUBLIC)
                || contribution.incidentCounts().stream().anyMatch(c -> c.classification() != Classification.PUBLIC);
    }

    private boolean isSpecialist(String committeeId) {
        return committees.committee(committeeId).map(c -> c.kind() == CommitteeKind.SPECIALIST).orElse(false);
    }

    private static NotFoundException noContribution(String districtId, long contributionId) {
        return new NotFoundException("committee " + districtId + " has no contribution " + contributionId
                + " you may read");
    }

    private CommitteeInfo committee(String committeeId) {
        return committees.committee(committeeId).orElseThrow(() -> new NotFoundException("no committee "
                + committeeId));
    }
}
