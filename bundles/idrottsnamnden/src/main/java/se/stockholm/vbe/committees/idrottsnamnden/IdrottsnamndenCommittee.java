package se.stockholm.vbe.committees.idrottsnamnden;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.spi.ActivityTemplate;
import se.stockholm.vbe.spi.Committee;

/**
 * Idrottsnämnden, a specialist committee: its activity catalogue. It has no earlier plan to ship.
 */
@Component(service = Committee.class)
public final class IdrottsnamndenCommittee implements Committee {

    static final String ID = "idrottsnamnden";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Idrottsnämnden";
    }

    @Override
    public CommitteeKind kind() {
        return CommitteeKind.SPECIALIST;
    }

    @Override
    public List<ActivityTemplate> catalogue() {
        return IdrottsnamndenCatalogue.TEMPLATES;
    }
}
