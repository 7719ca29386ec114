package se.stockholm.vbe.platform.internal.coverage;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "VBE guideline coverage", description = "The default checklist of the city's "
        + "guidelines (riktlinjer 2016), used until the coordinator sets one (PUT /api/admin/coverage/checklist).")
@interface CoverageConfiguration {

    @AttributeDefinition(description = "The guideline items of the default checklist, in order: coordinator, "
            + "plan-approved, situation-picture, grant-checks, staff-training, police-collaboration, "
            + "relatives-support, exit-support, oro-routine.")
    String[] items() default {GuidelineChecklist.COORDINATOR, GuidelineChecklist.PLAN_APPROVED,
            GuidelineChecklist.SITUATION_PICTURE, GuidelineChecklist.GRANT_CHECKS, GuidelineChecklist.STAFF_TRAINING,
            GuidelineChecklist.POLICE_COLLABORATION, GuidelineChecklist.RELATIVES_SUPPORT,
            GuidelineChecklist.EXIT_SUPPORT, GuidelineChecklist.ORO_ROUTINE};

    @AttributeDefinition(description = "The last day of the plan year (MM-DD) by which kommunstyrelsen must have "
            + "approved the plan: the plan is revised with tertialrapport 1 (January-April), which the committees "
            + "and kommunstyrelsen treat in May and June.")
    String approvalDeadline() default "06-30";

    @AttributeDefinition(description = "Words one of which a collaboration activity's title, description, "
            + "responsible or partners must contain to count as collaboration with the police (case-insensitive).")
    String[] policeTerms() default {"polis"};

    @AttributeDefinition(description = "The features that must be on for grant and premises checks.")
    String[] grantFeatures() default {"association-grant-check", "premises-rental-check"};
}
