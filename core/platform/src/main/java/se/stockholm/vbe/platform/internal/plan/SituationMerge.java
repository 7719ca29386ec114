package se.stockholm.vbe.platform.internal.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.stockholm.vbe.api.InvalidInputException;
import se.stockholm.vbe.api.plan.Classification;
import se.stockholm.vbe.api.plan.IncidentCount;
import se.stockholm.vbe.api.plan.Section;
import se.stockholm.vbe.api.plan.SituationPicture;

/**
 * How figures and sections from outside the plan editor (accepted incident reports, a specialist committee's
 * contribution) join a situation picture: a count of the same key is summed, a new key appended, sections appended.
 */
public final class SituationMerge {

    private SituationMerge() {
    }

    /**
     * The picture with {@code added} counted in and {@code appended} after its sections. A sum is confidential when
     * either count was, so a public figure never carries a confidential one.
     */
    public static SituationPicture merged(SituationPicture picture, List<IncidentCount> added,
            List<Section> appended) {
        Map<String, IncidentCount> byKey = new LinkedHashMap<>();
        picture.incidents().forEach(count -> byKey.put(count.key(), count));
        added.forEach(count -> byKey.merge(count.key(), count, SituationMerge::sum));
        List<Section> sections = new ArrayList<>(picture.sections());
        sections.addAll(appended);
        return new SituationPicture(sections, List.copyOf(byKey.values()));
    }

    private static IncidentCount sum(IncidentCount kept, IncidentCount added) {
        boolean confidential = kept.classification() == Classification.CONFIDENTIAL
                || added.classification() == Classification.CONFIDENTIAL;
        String legalGround = kept.legalGround() != null ? kept.legalGround() : added.legalGround();
        try {
            return new IncidentCount(kept.environment(), kept.type(), kept.source(), kept.period(), kept.placeType(),
                    kept.count() + added.count(), confidential ? Classification.CONFIDENTIAL : Classification.PUBLIC,
                    confidential ? legalGround : null);
        } catch (IllegalArgumentException tooMany) {
            throw new InvalidInputException("incidentCounts", kept.key() + ": " + tooMany.getMessage());
        }
    }
}
