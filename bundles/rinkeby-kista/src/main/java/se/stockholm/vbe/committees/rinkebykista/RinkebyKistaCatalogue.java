package se.stockholm.vbe.committees.rinkebykista;

import static se.stockholm.vbe.api.plan.Area.COMPETENCE;
import static se.stockholm.vbe.api.plan.Area.GRANTS_AND_PREMISES;
import static se.stockholm.vbe.api.plan.Area.PREVENTING;
import static se.stockholm.vbe.api.plan.Area.PREVENTIVE;
import static se.stockholm.vbe.api.plan.FollowUpPeriod.ANNUAL_REPORT;
import static se.stockholm.vbe.api.plan.FollowUpPeriod.T1;
import static se.stockholm.vbe.api.plan.FollowUpPeriod.T2;

import java.util.List;

import se.stockholm.vbe.api.plan.FollowUpPeriod;
import se.stockholm.vbe.spi.ActivityTemplate;
import se.stockholm.vbe.spi.TemplateSchedule;

/**
 * Rinkeby-Kista's activity catalogue: one template per kind of activity in its 2019 plan, with that plan's
 * area, responsible role, schedule and follow-up as defaults.
 */
final class RinkebyKistaCatalogue {

    private static final List<FollowUpPeriod> TERTIAL_AND_ANNUAL = List.of(T1, T2, ANNUAL_REPORT);
    private static final List<FollowUpPeriod> ANNUAL = List.of(ANNUAL_REPORT);
    private static final String MANAGEMENT = "Förvaltningsledningen";
    private static final String SOCIAL_SERVICES_HEAD = "Avdelningschef socialtjänsten";

    static final List<ActivityTemplate> TEMPLATES = List.of(
            new ActivityTemplate("vbe-pa-dagordningen", "VBE-frågan på dagordningen i samverkansforum",
                    "Våldsbejakande extremism tas upp som en stående punkt i förvaltningens samverkansforum, "
                            + "till exempel Trygghet i fastigheter och utemiljö, SSPF och forum med civilsamhället.",
                    PREVENTIVE, List.of(MANAGEMENT), List.of(), TemplateSchedule.months(6, 5), TERTIAL_AND_ANNUAL),
            new ActivityTemplate("samordnare-natverk", "Samordnaren i nätverk och i kontakt med polisen",
                    "Samordnaren deltar i stadens och det regionala nätverket och har regelbunden kontakt med "
                            + "polisen och andra lokala aktörer.",
                    PREVENTIVE, List.of("Samordnaren"), List.of(), TemplateSchedule.ongoing(), TERTIAL_AND_ANNUAL),
            new ActivityTemplate("iop-civilsamhallet", "Idéburna offentliga partnerskap (IOP) med civilsamhället",
                    "Partnerskap med föreningar som främjar demokrati och delaktighet.",
                    PREVENTIVE, List.of(MANAGEMENT), List.of(), TemplateSchedule.ongoing(), TERTIAL_AND_ANNUAL),
            new ActivityTemplate("rapportera-klotter", "Rapportera klotter och skadegörelse i Tyck till-appen",
                    "Medarbetare som arbetar ute i området fotograferar och rapporterar klotter och skadegörelse "
                            + "med anknytning till våldsbejakande extremism.",
                    PREVENTIVE, List.of(MANAGEMENT), List.of(), TemplateSchedule.months(6, 5), TERTIAL_AND_ANNUAL),
            new ActivityTemplate("samverkansoverenskommelse-polis", "VBE i samverkansöverenskommelsen med polisen",
                    "Våldsbejakande extremism skrivs in i den lokala samverkansöverenskommelsen när den revideras.",
                    PREVENTIVE, List.of("Stadsdelsdirektören"), List.of(), TemplateSchedule.months(9, 12), TERTIAL_AND_ANNUAL),
            new ActivityTemplate("rutin-oro-handelse", "Stadens rutin vid oro/händelse",
                    "Verksamheter som möter medborgare känner till och tillämpar stadens rutin och vägledning "
                            + "vid oro eller händelse kopplad till våldsbejakande extremism.",
                    PREVENTIVE, List.of("Avdelningschefer"), List.of(), TemplateSchedule.months(6, 12), TERTIAL_AND_ANNUAL),
            new ActivityTemplate("valdsforebyggande-vecka", "En våldsförebyggande vecka",
                    "Kunskapshöjande kampanjvecka mot våld för personal och medborgare.",
                    PREVENTIVE, List.of(MANAGEMENT), List.of(), TemplateSchedule.months(3, 10), ANNUAL),
            new ActivityTemplate("mvp", "Mentors in Violence Prevention (MVP)",
                    "Våldsförebyggande och normkritiskt arbete med högstadieelever, i samverkan med skolorna.",
                    PREVENTIVE, List.of("Enhetschef"), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("implementera-handlingsplan", "Implementera handlingsplanen",
                    "Handlingsplanen görs känd och tillämpas i hela förvaltningen.",
                    PREVENTIVE, List.of(MANAGEMENT), List.of(), TemplateSchedule.months(6, 12), ANNUAL),
            new ActivityTemplate("informationsspridning", "Information till medarbetare och nyanställda",
                    "Stödmaterial, webbutbildningen och blanketten för avidentifierad information sprids till alla "
                            + "medarbetare och ingår i introduktionen av nyanställda.",
                    PREVENTIVE, List.of(MANAGEMENT), List.of(), TemplateSchedule.months(6, 12), ANNUAL),
            new ActivityTemplate("kontaktperson-enhet", "Kontaktperson för VBE-frågor på varje enhet", null,
                    PREVENTIVE, List.of(MANAGEMENT), List.of(), TemplateSchedule.months(6, 12), ANNUAL),
            new ActivityTemplate("studier-och-arbete", "Studier och arbete",
                    "Insats mot utanförskap och kriminalitet för unga 16–29 år som varken studerar eller arbetar, "
                            + "i samverkan med jobbtorg och lokala föreningar.",
                    PREVENTIVE, List.of("Enhetschef"), List.of(), TemplateSchedule.ongoing(), TERTIAL_AND_ANNUAL),
            new ActivityTemplate("foraldrastod", "Föräldrastöd i Familjehuset",
                    "Föräldraprogram, hembesöksprogram, pappagrupper, öppen förskola och integrationsförskola för "
                            + "föräldrar med barn 0–18 år.",
                    PREVENTIVE, List.of("Enhetschef"), List.of(), TemplateSchedule.ongoing(), TERTIAL_AND_ANNUAL),
            new ActivityTemplate("samverkan-foreningar-samfund", "Samverkan med lokala föreningar och samfund",
                    "Strukturen för samverkan med föreningar och samfund ses över, bland annat i arbetet med "
                            + "trygghetsstrategin.",
                    PREVENTIVE, List.of(MANAGEMENT), List.of(), TemplateSchedule.months(6, 5), TERTIAL_AND_ANNUAL),
            new ActivityTemplate("feriejobb", "Feriejobb för ungdomar", "Feriejobb för ungdomar 15–19 år.",
                    PREVENTIVE, List.of(MANAGEMENT), List.of(), TemplateSchedule.ongoing(), TERTIAL_AND_ANNUAL),
            new ActivityTemplate("skolsocialt-stodteam", "Skolsociala stödteam",
                    "Stöd till elever i årskurs 7–9 med hög frånvaro, i samverkan med de kommunala skolorna.",
                    PREVENTIVE, List.of("Enhetschef"), List.of(), TemplateSchedule.ongoing(), TERTIAL_AND_ANNUAL),
            new ActivityTemplate("orosanmalan-atervandare", "Orosanmälningar om barn till återvändare",
                    "Socialtjänsten handlägger ärendena enligt gällande regelverk och rutiner, utifrån barnets "
                            + "omedelbara behov av skydd eller stöd.",
                    PREVENTING, List.of(SOCIAL_SERVICES_HEAD), List.of(), TemplateSchedule.ongoing(), TERTIAL_AND_ANNUAL),
            new ActivityTemplate("samverkan-vbe-teamet", "Samverkan med stadens vbe-team och polisen",
                    "Samverkan med socialförvaltningens stadsövergripande vbe-team och polisen i ärenden som berör "
                            + "stadsdelsområdet.",
                    PREVENTING, List.of(SOCIAL_SERVICES_HEAD), List.of(), TemplateSchedule.ongoing(), TERTIAL_AND_ANNUAL),
            new ActivityTemplate("jobbtorg-ekonomiskt-bistand", "Samarbete mellan jobbtorg och ekonomiskt bistånd",
                    "Samarbetet utvecklas bland annat genom en gemensam workshop.",
                    PREVENTING, List.of("Enhetschef ekonomiskt bistånd"), List.of(), TemplateSchedule.months(2, 9), ANNUAL),
            new ActivityTemplate("stod-anhoriga", "Stöd till anhöriga",
                    "Stöd till anhöriga inom ramen för sociala insatsgrupper.",
                    PREVENTING, List.of("Enhetschef Rinkeby-Kistamottagningen"), List.of(), TemplateSchedule.ongoing(), TERTIAL_AND_ANNUAL),
            new ActivityTemplate("stod-avhoppare", "Stöd till avhoppare",
                    "Stöd till den som vill lämna en våldsbejakande miljö, inom ramen för sociala insatsgrupper.",
                    PREVENTING, List.of("Enhetschef"), List.of(), TemplateSchedule.ongoing(), TERTIAL_AND_ANNUAL),
            new ActivityTemplate("vagledning-atervandande-barn", "Vägledningen för barn och unga som återvänder",
                    "Implementera stadens vägledning för ärenden om barn och unga som återvänder från, eller "
                            + "fortfarande befinner sig i, krigsdrabbade områden.",
                    PREVENTING, List.of(SOCIAL_SERVICES_HEAD), List.of(), TemplateSchedule.months(9, 12), ANNUAL),
            new ActivityTemplate("kontroll-foreningsbidrag", "Rutiner för föreningsbidrag och lokaluthyrning",
                    "Stadens rutiner tillämpas så att bidrag och lokaler inte går till aktörer som inte står bakom "
                            + "demokratins principer eller som uppmuntrar våldsbejakande extremism.",
                    GRANTS_AND_PREMISES, List.of("Samordnaren"), List.of(), TemplateSchedule.months(9, 12), ANNUAL),
            new ActivityTemplate("kompetens-personal", "Stadens utbildningar för medarbetare",
                    "Berörda medarbetare genomgår stadens webbutbildning och deltar i stadens allmänna och riktade "
                            + "utbildningar.",
                    COMPETENCE, List.of("Berörda avdelningschefer"), List.of(), TemplateSchedule.months(4, 12), ANNUAL),
            new ActivityTemplate("intranatssidan", "Stadens intranätssida om våldsbejakande extremism",
                    "Medarbetarna känner till sidan och följer nyheter och uppdateringar där.",
                    COMPETENCE, List.of("Berörda avdelningschefer"), List.of(), TemplateSchedule.months(6, 5), ANNUAL),
            new ActivityTemplate("kompetens-socialtjanst", "Utbildning för socialtjänsten om återvändande barn",
                    "Socialtjänstens chefer och socialsekreterare deltar i socialförvaltningens utbildning.",
                    COMPETENCE, List.of(SOCIAL_SERVICES_HEAD), List.of(), TemplateSchedule.months(4, 4), ANNUAL));

    private RinkebyKistaCatalogue() {
    }

}
