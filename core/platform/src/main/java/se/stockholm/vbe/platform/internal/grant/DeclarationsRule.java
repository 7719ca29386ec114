package se.stockholm.vbe.platform.internal.grant;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.Declarations;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.spi.GrantRule;

/**
 * City-wide: the applicant declares that it works by the democratic rule of law, human rights and
 * gender equality, and distances itself from violence.
 */
final class DeclarationsRule implements GrantRule {

    static final String ID = "stad.demokrativillkor";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Demokrativillkoren";
    }

    @Override
    public String committeeId() {
        return null;
    }

    @Override
    public Set<CheckType> appliesTo() {
        return EnumSet.allOf(CheckType.class);
    }

    @Override
    public RuleResult evaluate(Application application) {
        Declarations declared = application.declarations();
        List<String> missing = new ArrayList<>();
        if (!declared.democracy()) {
            missing.add("den demokratiska rättsstatens principer");
        }
        if (!declared.humanRights()) {
            missing.add("de mänskliga rättigheterna");
        }
        if (!declared.genderEquality()) {
            missing.add("jämställdhet mellan kvinnor och män");
        }
        if (!declared.nonViolence()) {
            missing.add("avståndstagande från våld");
        }
        return missing.isEmpty()
                ? RuleResult.pass("Sökanden har intygat att den står bakom demokrativillkoren.")
                : RuleResult.fail("Sökanden har inte intygat " + String.join(", ", missing)
                        + ". Bidrag eller lokaler får inte beviljas.");
    }
}
