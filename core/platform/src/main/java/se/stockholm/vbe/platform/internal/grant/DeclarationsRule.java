package se.stockholm.vbe.platform.internal.grant;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import se.stockholm.vbe.api.grant.Application;
import se.stockholm.vbe.api.grant.CheckType;
import se.stockholm.vbe.api.grant.Declarations;
import se.stockholm.vbe.api.grant.RuleResult;
import se.stockholm.vbe.spi.BaseGrantRule;

/**
 * City-wide: the applicant declares that it works by the democratic rule of law, human rights and
 * gender equality, and distances itself from violence.
 */
final class DeclarationsRule extends BaseGrantRule {

    static final String ID = "stad.demokrativillkor";

    DeclarationsRule() {
        super(ID, "Demokrativillkoren", null, EnumSet.allOf(CheckType.class));
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
