package se.stockholm.vbe.committees.alvsjo;

import static se.stockholm.vbe.api.plan.Area.COLLABORATION;
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
 * Älvsjö's activity catalogue: one template per kind of activity in its 2018 plan, with that plan's area,
 * responsible role, schedule and follow-up as defaults. The plan follows everything up in the annual report.
 */
final class AlvsjoCatalogue {

    private static final List<FollowUpPeriod> ANNUAL = List.of(ANNUAL_REPORT);
    private static final String PREVENTION = "Preventionssamordnare";
    private static final String LEISURE_HEAD = "Enhetschef för fritid";
    private static final String CITIZEN_SERVICES_HEAD = "Avdelningschef för HR/extern";

    static final List<ActivityTemplate> TEMPLATES = List.of(
            new ActivityTemplate("trygghetsgruppen", "Trygghetsgruppen",
                    "Säkerhetssamordnare, preventionssamordnare, fritid, fältgruppen och polisen samlar varannan "
                            + "vecka in händelser från stadsdelen och för dem vidare till ledningsgruppen.",
                    COLLABORATION, List.of("Säkerhetssamordnare"), List.of(), TemplateSchedule.wholeYear(), ANNUAL),
            new ActivityTemplate("trygghetsradet", "Trygg- och säkerhetsrådet",
                    "Råd under stadsdelsdirektören där förvaltningen möter polis, räddningstjänst, kollektivtrafik, "
                            + "fastighetsägare, näringsliv, kyrka, skolor och vård två gånger om året.",
                    COLLABORATION, List.of("Säkerhetssamordnare"), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("samverkansavtal-polis", "Samverkansavtal med polisen",
                    "Gemensamt ansvar för förvaltningen och polisen att agera när risk för våldsbejakande extremism "
                            + "upptäcks.",
                    COLLABORATION, List.of(PREVENTION), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("platssamverkan", "Platssamverkan",
                    "Samverkan kring en plats mellan polis, förvaltning, trafikkontoret, bostadsrättsföreningar och "
                            + "affärsidkare.",
                    COLLABORATION, List.of(PREVENTION), List.of(), TemplateSchedule.wholeYear(), ANNUAL),
            new ActivityTemplate("foraldrastod", "Föräldrastödskurs",
                    "Kurser för föräldrar, till exempel ABC, Komet, Älskade förbannade tonåring och "
                            + "stresshanteringskursen ACT.",
                    PREVENTIVE, List.of(PREVENTION), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("ungdomskurs", "Gruppkurs för ungdomar",
                    "Kurser som fältgruppen håller för ungdomar, till exempel Disa och Machofabriken, om egen styrka, "
                            + "jämställdhet och normer kring maskulinitet och våld.",
                    PREVENTIVE, List.of("Fältgruppen"), List.of(), TemplateSchedule.wholeYear(), ANNUAL),
            new ActivityTemplate("mvp", "MVP (mentorskap i våldsprevention)",
                    "Våldsförebyggande och normkritisk utbildning.",
                    PREVENTIVE, List.of(LEISURE_HEAD), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("fritid-fri-fran-vald", "En fritid fri från våld",
                    "Våldsförebyggande arbete på parkleken och Ungdomens hus.",
                    PREVENTIVE, List.of(LEISURE_HEAD), List.of(), TemplateSchedule.wholeYear(), ANNUAL),
            new ActivityTemplate("forumarbete", "Forumarbete med ungdomar",
                    "Föreläsningar och utbildning på Ungdomens hus om till exempel utanförskap, radikalisering och "
                            + "hedersrelaterade frågor.",
                    PREVENTIVE, List.of(LEISURE_HEAD), List.of(), TemplateSchedule.wholeYear(), ANNUAL),
            new ActivityTemplate("trygghetsvandring", "Trygghetsvandring",
                    "Vandring och samtal med ungdomar eller boende om hur trygga de känner sig i stadsdelen.",
                    PREVENTIVE, List.of(PREVENTION), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("feriejobb", "Sommarferiejobb", "Feriejobb för ungdomar 16–19 år.",
                    PREVENTIVE, List.of("Enhetschef socialtjänst vuxna"), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("ros", "RoS", "Samverkansforum för socialtjänst och skola.",
                    PREVENTIVE, List.of("Avdelningschef"), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("likabehandling-forskola", "Likabehandling och värdegrund i förskolan",
                    "Förskolornas arbete med likabehandlingsplaner och värdegrund.",
                    PREVENTIVE, List.of("Förskolechef"), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("samhallsvagledning", "Samhällsvägledning på medborgarkontoret",
                    "Information, stöd och råd till invånarna.",
                    PREVENTIVE, List.of(CITIZEN_SERVICES_HEAD), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("medborgardialog", "Dialog med medborgare",
                    "Dialog i sociala medier och i stadens synpunktsportal.",
                    PREVENTIVE, List.of(CITIZEN_SERVICES_HEAD), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("nyanlanda", "Insatser för nyanlända",
                    "Socialt stöd och information om verksamheter och insatser för nyanlända.",
                    PREVENTIVE, List.of(CITIZEN_SERVICES_HEAD), List.of(), TemplateSchedule.wholeYear(), ANNUAL),
            new ActivityTemplate("samverkan-foreningar", "Samverkan med lokala föreningar",
                    "Regelbundna möten mellan förvaltningen, SHIS och lokala föreningar.",
                    PREVENTIVE, List.of(CITIZEN_SERVICES_HEAD), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("kompetens-personal", "Kompetensutveckling för medarbetare",
                    "Jämställdhet och normkritik på chefsmöten och arbetsplatsträffar, och internetutbildning för "
                            + "chefer och medarbetare.",
                    PREVENTIVE, List.of(CITIZEN_SERVICES_HEAD), List.of(), TemplateSchedule.wholeYear(), ANNUAL),
            new ActivityTemplate("lagesbild-information", "Information om den lokala lägesbilden", null,
                    PREVENTING, List.of(PREVENTION), List.of(), TemplateSchedule.wholeYear(), ANNUAL),
            new ActivityTemplate("flodesschema", "Flödesschemat för hantering av radikaliserade individer",
                    "Stadens flödesschema för hur medarbetare agerar vid oro för en individ implementeras.",
                    PREVENTING, List.of(PREVENTION), List.of(), TemplateSchedule.wholeYear(), ANNUAL),
            new ActivityTemplate("faltgrupp", "Fältgruppen",
                    "Uppsökande och förebyggande arbete bland ungdomar på individ- och gruppnivå och med bred "
                            + "prevention.",
                    PREVENTING, List.of("Socialtjänsten"), List.of(), TemplateSchedule.ongoing(), ANNUAL),
            new ActivityTemplate("relationsvaldscentrum", "Relationsvåldscentrum",
                    "Arbetet mot våld i nära relationer och hedersrelaterat våld och förtryck, som har kopplingar "
                            + "till våldsbejakande extremism.",
                    PREVENTING, List.of("Socialtjänsten"), List.of(), TemplateSchedule.tertial(3),
                    ANNUAL),
            // The next two are described in the plan's text but not in its activity tables.
            new ActivityTemplate("rutin-lokaluthyrning", "Rutin för lokaluthyrning",
                    "En rutin för hur verksamheterna hanterar frågor om lokaluthyrning, förankrad i chefsforum och "
                            + "hos samverkanspartnerna i trygg- och säkerhetsrådet.",
                    GRANTS_AND_PREMISES, List.of("Stadsdelsförvaltningen"), List.of(), TemplateSchedule.wholeYear(), ANNUAL),
            new ActivityTemplate("stod-anhoriga", "Stöd till anhöriga",
                    "Socialtjänsten erbjuder stöd, råd och hjälp till anhöriga, i ordinarie verksamhet eller vid "
                            + "behov köpt externt.",
                    RELATIVES_SUPPORT, List.of("Socialtjänsten"), List.of(), TemplateSchedule.ongoing(), ANNUAL));

    private AlvsjoCatalogue() {
    }
}
