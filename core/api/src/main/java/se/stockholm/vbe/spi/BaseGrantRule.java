package se.stockholm.vbe.spi;

import java.util.Set;

import se.stockholm.vbe.api.grant.CheckType;

/**
 * The bookkeeping of a {@link GrantRule}: what it says about itself, fixed at construction, so that a rule
 * need only implement {@link #evaluate}.
 */
public abstract class BaseGrantRule implements GrantRule {

    private final String id;
    private final String title;
    private final String committeeId;
    private final Set<CheckType> appliesTo;

    protected BaseGrantRule(String id, String title, String committeeId, Set<CheckType> appliesTo) {
        this.id = id;
        this.title = title;
        this.committeeId = committeeId;
        this.appliesTo = Set.copyOf(appliesTo);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String committeeId() {
        return committeeId;
    }

    @Override
    public final Set<CheckType> appliesTo() {
        return appliesTo;
    }
}
