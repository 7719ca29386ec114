package se.stockholm.vbe.committees.idrottsnamnden;

import static se.stockholm.vbe.api.plan.Area.COLLABORATION;
import static se.stockholm.vbe.api.plan.Area.COMPETENCE;
import static se.stockholm.vbe.api.plan.Area.GRANTS_AND_PREMISES;
import static se.stockholm.vbe.api.plan.Area.PREVENTIVE;
import static se.stockholm.vbe.api.plan.FollowUpPeriod.ANNUAL_REPORT;
import static se.stockholm.vbe.api.plan.FollowUpPeriod.T1;
import static se.stockholm.vbe.api.plan.FollowUpPeriod.T2;

import java.util.List;

import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.spi.ActivityTemplate;
import se.stockholm.vbe.spi.TemplateSchedule;

/**
 * Idrottsnämnden's activity catalogue, drawn from what the district plans report about the sports
 * administration: its booking unit stopped a booking that an undemocratic organisation made through a private
 * person, and anti-democratic posters went up at a public bath.
 */
final class IdrottsnamndenCatalogue {

    private static final List<FollowUpPeriod> TERTIAL_AND_ANNUAL = List.of(T1, T2, ANNUAL_REPORT);

    static final List<ActivityTemplate> TEMPLATES = List.of(
            new ActivityTemplate("kontroll-lokalbokning", "Kontroll av vem som bokar idrottsanläggningar och lokaler",
                    "Bokningsenheten tar reda på vilken organisation som står bakom en bokning av stadens "
                            + "idrottsanläggningar och lokaler, även när en privatperson bokar, och avbokar när "
                            + "arrangören inte står bakom den demokratiska rättsstatens principer.",
                    GRANTS_AND_PREMISES, List.of("Bokningsenheten"), List.of(), TemplateSchedule.ongoing(), TERTIAL_AND_ANNUAL),
            new ActivityTemplate("kontroll-foreningsbidrag", "Kontroll av föreningsbidrag",
                    "Bidrag till idrottsföreningar går inte till aktörer som inte står bakom demokratins principer, "
                            + "mänskliga rättigheter och jämställdhet, eller som uppmuntrar eller möjliggör "
                            + "våldsbejakande extremism.",
                    GRANTS_AND_PREMISES, List.of("Idrottsförvaltningen"), List.of(), TemplateSchedule.ongoing(), TERTIAL_AND_ANNUAL),
            new ActivityTemplate("kompetens-personal", "Utbildning för bokningshandläggare och anläggningspersonal",
                    "Handläggare och personal på anläggningarna går stadens webbutbildning om våldsbejakande "
                            + "extremism och lär sig känna igen antidemokratiska organisationer, budskap och symboler.",
                    COMPETENCE, List.of("Enhetschef bokningsenheten"), List.of(), TemplateSchedule.ongoing(), List.of(ANNUAL_REPORT)),
            new ActivityTemplate("incidentrapportering", "Rapportera incidenter vid anläggningarna",
                    "Affischering, klotter och andra antidemokratiska budskap vid idrottsanläggningar rapporteras i "
                            + "stadens incidentrapportering (IA) och tas bort.",
                    PREVENTIVE, List.of("Anläggningschef"), List.of(), TemplateSchedule.ongoing(), TERTIAL_AND_ANNUAL),
            new ActivityTemplate("samverkan-stadsdel-polis", "Samverkan med stadsdelsförvaltningar och polisen",
                    "Idrottsförvaltningen delar stoppade bokningar och incidenter vid anläggningarna med berörda "
                            + "stadsdelsförvaltningar och polisen, som underlag till de lokala lägesbilderna.",
                    COLLABORATION, List.of("Samordnare mot våldsbejakande extremism"), List.of(), TemplateSchedule.ongoing(),
                    TERTIAL_AND_ANNUAL));

    private IdrottsnamndenCatalogue() {
    }
}
