package se.stockholm.vbe.spi;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import se.stockholm.vbe.api.committee.CommitteeContact;
import se.stockholm.vbe.api.committee.CommitteeKind;
import se.stockholm.vbe.api.committee.GrantWindow;

/**
 * A committee (nämnd), contributed by its own bundle as an OSGi service. The bundle should also name the
 * committee in its manifest ({@code VBE-Committee: <id>}) so the platform can report it if the service
 * never appears.
 *
 * <p>The platform calls these methods when the service arrives and keeps what they return; they should
 * return at once and must not block. An exception, an invalid id or an empty name keeps the committee
 * offline and is reported in {@code /api/health}; nothing else is affected.
 */
@ConsumerType
public interface Committee {

    /** Stable slug: lower-case letters, digits and hyphens, e.g. {@code rinkeby-kista}. Never changes. */
    String id();

    /** Official name, e.g. "Rinkeby-Kista stadsdelsnämnd". */
    String name();

    /** District or specialist committee. */
    CommitteeKind kind();

    /** The activities the committee's editors pick from. */
    List<ActivityTemplate> catalogue();

    /** Plans the committee adopted before joining, to import once. None by default. */
    default List<ShippedPlan> shippedPlans() {
        return List.of();
    }

    /**
     * The local contacts an employee with a worry is shown with the city's routine: functions and how to reach
     * them (a functional mailbox, a switchboard), never a private person. None by default.
     */
    default List<CommitteeContact> contacts() {
        return List.of();
    }

    /**
     * The periods in which associations may apply for the committee's grants (föreningsbidrag), the same days every
     * year; the platform puts them into the deadline calendar ({@code /api/calendar.ics}). At most
     * {@link GrantWindow#MAX_PER_YEAR}. None by default.
     */
    default List<GrantWindow> grantWindows() {
        return List.of();
    }
}
