package se.stockholm.vbe.committees.hasselbyvallingby;

import static se.stockholm.vbe.api.plan.Area.COMPETENCE;
import static se.stockholm.vbe.api.plan.Area.GRANTS_AND_PREMISES;
import static se.stockholm.vbe.api.plan.Area.PREVENTING;
import static se.stockholm.vbe.api.plan.Area.PREVENTIVE;
import static se.stockholm.vbe.api.plan.Area.RELATIVES_SUPPORT;
import static se.stockholm.vbe.api.plan.FollowUpPeriod.ANNUAL_REPORT;

import java.util.List;

import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.spi.ActivityTemplate;
import se.stockholm.vbe.spi.TemplateSchedule;

/**
 * Hässelby-Vällingby's activity catalogue: one template per kind of activity in its 2018 plan, with that plan's
 * area and follow-up as defaults. The plan names the administration as responsible throughout.
 */
final class HasselbyVallingbyCatalogue {

    private static final List<FollowUpPeriod> ANNUAL = List.of(ANNUAL_REPORT);
    private static final String ADMINISTRATION = "Stadsdelsförvaltningen";

    static final List<ActivityTemplate> TEMPLATES = List.of(
            new ActivityTemplate("goda-uppvaxtvillkor", "Goda och jämlika uppväxtvillkor för alla barn",
                    "Tidigt identifiera barn och familjer som behöver extra stöd, bland annat genom öppen förskola "
                            + "och introduktionsförskola.",
                    PREVENTIVE, List.of(ADMINISTRATION), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("tillit-politiska-systemet", "Stärka tilliten till myndigheter och politiska system",
                    "Medborgarkontor och medborgarvärdar informerar om hur man kan påverka och hur den demokratiska "
                            + "processen fungerar.",
                    PREVENTIVE, List.of(ADMINISTRATION), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("fritid-valdsforebyggande", "Våldsförebyggande arbete i fritidsverksamheten",
                    "Parklekar, fritidsgårdar och mötesplatser arbetar våldsförebyggande.",
                    PREVENTIVE, List.of(ADMINISTRATION), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("ungas-delaktighet", "Öka ungdomars delaktighet och påverkan",
                    "Till exempel projektet Ungas organisering, där unga utbildar sig i antirasism, feminism och "
                            + "mänskliga rättigheter.",
                    PREVENTIVE, List.of(ADMINISTRATION), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("forebygga-utanforskap", "Förebygga utanförskap",
                    "Familjestöd, ungdomsmottagning och annat generellt förebyggande stöd till barn, unga och "
                            + "föräldrar.",
                    PREVENTIVE, List.of(ADMINISTRATION), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("sig-unga-vuxna", "Social insatsgrupp för unga vuxna 15–29 år",
                    "Polis, skola och socialtjänst samverkar för att förhindra och förebygga kriminellt beteende och "
                            + "stödja den som vill lämna en kriminell livsstil.",
                    PREVENTIVE, List.of(ADMINISTRATION), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("skolnarvaro", "Högre skolnärvaro och måluppfyllelse",
                    "Skolsocionomer och föräldrarådgivare stödjer elever och föräldrar mot gymnasiebehörighet.",
                    PREVENTIVE, List.of(ADMINISTRATION), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("samhallsvagledning", "Samhällsvägledning",
                    "Vägledning till invånare om stödtelefon och kontaktvägar till socialtjänsten.",
                    PREVENTIVE, List.of(ADMINISTRATION), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("utbildning-medarbetare", "Utbildning för medarbetare om våldsbejakande extremism",
                    "Medarbetarna går stadens grundutbildning och annan utbildning om våldsbejakande extremism.",
                    PREVENTIVE, List.of(ADMINISTRATION), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("vardegrundsarbete", "Värdegrundsarbete",
                    "Värdegrundsarbete i förskola, fritidsgårdar och parklekar.",
                    PREVENTIVE, List.of(ADMINISTRATION), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("riktlinjer-vid-misstanke", "Följa riktlinjerna vid misstanke",
                    "Stadens riktlinjer följs vid misstanke om händelser som har beröring med våldsbejakande "
                            + "extremism.",
                    PREVENTIVE, List.of(ADMINISTRATION), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("aterkrav-foreningsbidrag", "Återkräva föreningsbidrag",
                    "Föreningsbidrag återkrävs när det konstaterats att en förening har koppling till "
                            + "våldsbejakande extremism.",
                    PREVENTIVE, List.of(ADMINISTRATION), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("orosanmalningar-barn", "Orosanmälningar om barn och unga",
                    "Ta emot orosanmälningar och ansökningar och utreda barnets eller den unges behov av skydd eller "
                            + "stöd.",
                    PREVENTING, List.of(ADMINISTRATION), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("intern-organisation", "Intern organisation och rutin",
                    "Förvaltningens interna organisation och rutin för arbetet mot våldsbejakande extremism "
                            + "uppdateras och förankras.",
                    COMPETENCE, List.of(ADMINISTRATION), List.of(), TemplateSchedule.months(1, 6), ANNUAL),
            new ActivityTemplate("intern-utbildning-chefer", "Intern utbildning för enhetschefer", null,
                    COMPETENCE, List.of(ADMINISTRATION), List.of(), TemplateSchedule.months(1, 6), ANNUAL),
            new ActivityTemplate("intranatssidan", "Göra intranätsidan känd",
                    "Stadens intranätsida om våldsbejakande extremism görs känd i organisationen.",
                    COMPETENCE, List.of(ADMINISTRATION), List.of(), TemplateSchedule.months(1, 6), ANNUAL),
            new ActivityTemplate("fordjupningsutbildning", "Stadens fördjupningsutbildningar",
                    "En utsedd grupp medarbetare deltar i stadens fördjupningsutbildningar.",
                    COMPETENCE, List.of(ADMINISTRATION), List.of(), TemplateSchedule.months(4, 12), ANNUAL),
            new ActivityTemplate("samordnarmoten", "Möten mellan samordnaren och medarbetare med fördjupad kunskap",
                    null, COMPETENCE, List.of(ADMINISTRATION), List.of(), TemplateSchedule.months(5, 12), ANNUAL),
            new ActivityTemplate("kunskapsforelasningar", "Stadens kunskapshöjande föreläsningar", null,
                    COMPETENCE, List.of(ADMINISTRATION), List.of(), TemplateSchedule.months(1, 12), ANNUAL),
            // The next two are described in the plan's text but not in its activity tables.
            new ActivityTemplate("kontroll-foreningsbidrag", "Demokrativillkor för föreningsbidrag och lokaler",
                    "Bidrag och förvaltningens lokaler ges bara till föreningar som står bakom den demokratiska "
                            + "rättsstatens principer, mänskliga rättigheter och jämställdhet och som tar avstånd "
                            + "från våld; föreningarna redovisar hur bidraget använts.",
                    GRANTS_AND_PREMISES, List.of(ADMINISTRATION), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("stod-anhoriga", "Stöd till anhöriga",
                    "Socialtjänstens ordinarie verksamheter ger anhöriga service, råd och stöd.",
                    RELATIVES_SUPPORT, List.of(ADMINISTRATION), List.of(), TemplateSchedule.ongoing(), ANNUAL));

    private HasselbyVallingbyCatalogue() {
    }

}
