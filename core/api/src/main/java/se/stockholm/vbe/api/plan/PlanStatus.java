package se.stockholm.vbe.api.plan;

/**
 * Where a plan is in its yearly life: drafted, adopted by the committee, approved by the city
 * executive board (kommunstyrelsen), archived when the next year's plan is approved.
 */
public enum PlanStatus {
    DRAFT, ADOPTED, APPROVED, ARCHIVED;

    /** Whether the public may read plans in this status: adopted and approved plans are public records. */
    public boolean isPublic() {
        return this != DRAFT;
    }
}
