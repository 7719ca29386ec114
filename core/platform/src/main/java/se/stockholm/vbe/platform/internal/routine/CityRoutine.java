package se.stockholm.vbe.platform.internal.routine;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import se.stockholm.vbe.api.routine.RoutineStep;
import se.stockholm.vbe.api.routine.RoutineStep.Applies;

/**
 * "Rutin för Stockholms stad vid oro/händelse rörande våldsbejakande extremism" as data: the one place the platform
 * keeps the routine's steps, their order and their legal grounds. The wording follows the routine as Älvsjö
 * stadsdelsnämnd's action plan 2018 prints it; the legal references are the ones it gives (socialtjänstlagen
 * (2001:453), which the new socialtjänstlag of 2025 replaced: check the reference against the law in force).
 */
final class CityRoutine {

    static final String NAME = "Rutin för Stockholms stad vid oro/händelse rörande våldsbejakande extremism";
    static final String SOURCE = "Älvsjö stadsdelsnämnds handlingsplan mot våldsbejakande extremism 2018, "
            + "avsnittet Vid oro";

    /** The steps, in the routine's order; each is in the answer when its condition holds. */
    private enum Step {
        CALL_112("Ring 112 direkt",
                "Fara hotar liv, hälsa, egendom eller något annat viktigt av rättsordningen skyddat intresse: då "
                        + "föreligger nöd och polisen ska kontaktas på 112. En gärning som någon begår i nöd utgör "
                        + "brott endast om den är oförsvarlig med hänsyn till farans beskaffenhet, den skada som "
                        + "åsamkas annan och omständigheterna i övrigt. Du kan alltså inte dömas för brott mot "
                        + "sekretess om domstol anser att nöd förelåg.",
                "Nödrätt, 24 kap. 4 § brottsbalken"),
        TELL_MANAGER("Informera din närmaste chef",
                "Oron hanteras av den som har oron eller upptäcker händelsen. Informera alltid din närmaste chef.",
                null),
        REPORT_TO_SOCIAL_SERVICES("Gör en orosanmälan till socialtjänsten",
                "Oron avser någon under 18 år: den ska genast anmälas till socialtjänsten.",
                "Anmälningsskyldighet, 14 kap. 1 § socialtjänstlagen"),
        CONTACT_SOCIAL_SERVICES("Kontakta socialtjänsten om sekretess inte hindrar",
                "Vid oro för någon som är över 18 år kan anmälan göras till socialtjänsten om det inte föreligger "
                        + "hinder på grund av sekretess.",
                "Offentlighets- och sekretesslagen: sekretessen prövas först"),
        CONSIDER_POLICE_REPORT("Överväg en polisanmälan",
                "Polisanmälan ska alltid övervägas vid misstänkt brott (även straffbelagt försök, förberedelse "
                        + "eller stämpling). Klargör vem som har rätt att fatta beslut om polisanmälan, och "
                        + "säkerställ först att informationen får lämnas: att sekretess inte hindrar den.",
                "Offentlighets- och sekretesslagen: sekretessen prövas först"),
        CONSIDER_IA_REPORT("Överväg en anmälan i IA",
                "Överväg alltid om förutsättningarna för en anmälan i IA, stadens incidentrapporteringssystem, "
                        + "föreligger. En incident är ett tillbud, en olycka, en skada eller en annan oönskad "
                        + "händelse; en arbetsskada räknas också som en incident.",
                null),
        FILL_IN_FORM("Fyll i blanketten för avidentifierad information",
                "Kontakta skyndsamt förvaltningens lokala samordnare och fyll i blanketten för avidentifierad "
                        + "information (händelse/oro gällande våldsbejakande extremism). Skriv inget som pekar ut "
                        + "en person: inget namn, inget personnummer, inga kontaktuppgifter, ingen exakt adress.",
                null);

        final String title;
        final String text;
        final String legalGround;

        Step(String title, String text, String legalGround) {
            this.title = title;
            this.text = text;
            this.legalGround = legalGround;
        }

        RoutineStep always(String link) {
            return new RoutineStep(name(), title, text, legalGround, Applies.ALWAYS, null, link);
        }

        RoutineStep because(String answer) {
            return new RoutineStep(name(), title, text, legalGround, Applies.BY_ANSWER, answer, null);
        }
    }

    private CityRoutine() {
    }

    /**
     * The steps for these answers, in the routine's order. The form's link pre-fills what the answers already say
     * was done or must be: 112 when danger threatened, a report to social services for someone under 18.
     *
     * @param committeeId the committee whose form to link; {@code null} links none
     */
    static List<RoutineStep> steps(boolean immediateDanger, boolean under18, boolean suspectedCrime,
            String committeeId, YearMonth month) {
        List<RoutineStep> steps = new ArrayList<>();
        if (immediateDanger) {
            steps.add(Step.CALL_112.because("immediateDanger"));
        }
        steps.add(Step.TELL_MANAGER.always(null));
        steps.add(under18 ? Step.REPORT_TO_SOCIAL_SERVICES.because("under18")
                : Step.CONTACT_SOCIAL_SERVICES.because("under18"));
        if (suspectedCrime) {
            steps.add(Step.CONSIDER_POLICE_REPORT.because("suspectedCrime"));
        }
        steps.add(Step.CONSIDER_IA_REPORT.always(null));
        steps.add(Step.FILL_IN_FORM.always(committeeId == null ? null
                : formLink(committeeId, month, immediateDanger, under18)));
        return List.copyOf(steps);
    }

    /** The committee's incident-report page, with the month and the actions the routine made certain. */
    private static String formLink(String committeeId, YearMonth month, boolean immediateDanger, boolean under18) {
        StringJoiner actions = new StringJoiner(",");
        if (immediateDanger) {
            actions.add("EMERGENCY_112");
        }
        if (under18) {
            actions.add("SOCIAL_SERVICES_REPORT");
        }
        String link = "/namnd/" + URLEncoder.encode(committeeId, StandardCharsets.UTF_8) + "/rapportera?month="
                + month;
        return actions.length() == 0 ? link : link + "&actions=" + actions;
    }
}
