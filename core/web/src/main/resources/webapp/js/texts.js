// Everything the API says in codes, in the Swedish the people who use the platform read: statuses, areas,
// periods, environments, sources, incident and place types; and the API's refusals (problem+json, in English) as Swedish messages.

export const PLAN_STATUS = {
  NONE: 'Ingen plan', DRAFT: 'Utkast', ADOPTED: 'Antagen', APPROVED: 'Godkänd', ARCHIVED: 'Arkiverad',
};

export const AREA = {
  PREVENTIVE: 'Förebyggande', PREVENTING: 'Förhindrande', GRANTS_AND_PREMISES: 'Föreningsbidrag och lokaler',
  COMPETENCE: 'Kompetenshöjande', COLLABORATION: 'Samverkan', RELATIVES_SUPPORT: 'Stöd till anhöriga',
  EXIT_SUPPORT: 'Avhopparverksamhet',
};

export const PERIOD = { T1: 'T1', T2: 'T2', ANNUAL_REPORT: 'Verksamhetsberättelse' };
export const PERIOD_LONG = {
  T1: 'Tertialrapport 1', T2: 'Tertialrapport 2', ANNUAL_REPORT: 'Verksamhetsberättelse',
};

export const FOLLOW_UP_STATUS = {
  NOT_STARTED: 'Ej påbörjad', IN_PROGRESS: 'Pågår', DONE: 'Genomförd', CANCELLED: 'Inställd',
};

export const ENVIRONMENT = {
  WHITE_POWER: 'Vit makt-miljön', AUTONOMOUS: 'Den autonoma miljön', ISLAMIST: 'Den islamistiska miljön',
  OTHER: 'Annan',
};

export const SOURCE = {
  POLICE: 'Polisen', OWN_UNITS: 'Egna verksamheter', SPECIALIST_ADMINISTRATIONS: 'Fackförvaltningar',
  SURVEY: 'Enkät', INCIDENT_REPORTING_SYSTEM: 'IA (stadens incidentrapportering)', TYCK_TILL: 'Tyck till',
  CIVIL_SOCIETY: 'Civilsamhället', HOUSING_COMPANIES: 'Fastighetsägare', SCHOOLS: 'Skolor', OTHER: 'Övriga',
};

/** The city-wide lists an incident count is recorded in (the API's IncidentType, PlaceType, Tertial). */
export const INCIDENT_TYPE = {
  GRAFFITI_AND_SYMBOLS: 'Klotter och symboler', PROPAGANDA: 'Propaganda och flygblad', RECRUITMENT: 'Rekrytering',
  THREATS_AND_VIOLENCE: 'Hot och våld', EXPRESSED_VIEWS: 'Uttryckta åsikter', CONCERN_FROM_RELATIVE: 'Oro från anhörig',
  TRAVEL_OR_RETURNEE: 'Resor till konfliktområde / återvändare', PREMISES_OR_GRANT: 'Lokalbokning eller bidrag',
  OTHER: 'Övrigt',
};
export const PLACE_TYPE = {
  SCHOOL: 'Skola', PRESCHOOL: 'Förskola', YOUTH_CENTRE: 'Fritidsgård', LIBRARY: 'Bibliotek',
  SPORTS_FACILITY: 'Idrottsanläggning', HOUSING: 'Boende', PUBLIC_SPACE: 'Offentlig miljö', DIGITAL: 'Digitalt',
  OTHER: 'Annan plats',
};
/** A count's tertial; '' is a count whose period is not known (no period in JSON). */
export const TERTIAL = {
  '': 'Okänd period', T1: 'Tertial 1 (januari–april)', T2: 'Tertial 2 (maj–augusti)',
  T3: 'Tertial 3 (september–december)',
};

/** What was done at a worry or an incident, as the blankett asks (the API's ReportAction). */
export const REPORT_ACTION = {
  SOCIAL_SERVICES_REPORT: 'Orosanmälan till socialtjänsten', POLICE_REPORT: 'Polisanmälan', EMERGENCY_112: 'Larmat 112',
  IA_REPORT: 'Händelserapport i IA', NONE: 'Inget av ovanstående',
};
export const REPORT_STATUS = {
  SUBMITTED: 'Inskickad, ej granskad', ACCEPTED: 'Godkänd', REJECTED: 'Avvisad', DUPLICATE: 'Dubblett',
};
/** How a part of a plan stands to the earlier year's in a comparison (the API's PlanDiff.Change). */
export const CHANGE = { UNCHANGED: 'Oförändrat', CHANGED: 'Ändrat', ADDED: 'Nytt', REMOVED: 'Borttaget' };
export const ACTIVITY_CHANGE = {
  UNCHANGED: 'Överförd oförändrad', CHANGED: 'Överförd och ändrad', ADDED: 'Ny', REMOVED: 'Utgår',
};
export const MATCHED_BY = { PREDECESSOR: 'förd över vid revideringen', TEMPLATE: 'samma mall', TITLE: 'samma namn' };
export const ACTIVITY_FIELD = {
  title: 'Aktivitet', description: 'Beskrivning', area: 'Område', responsible: 'Ansvarig', partners: 'Samverkanspartner',
  schedule: 'Tidplan', frequency: 'Frekvens', followUpIn: 'Följs upp i', followUpSystem: 'Uppföljningssystem',
  templateId: 'Mall',
};

export const CLASSIFICATION = { PUBLIC: 'Offentlig', CONFIDENTIAL: 'Sekretess' };
/** The choice of who may read a part of the lägesbild, in a form. */
export const CLASSIFICATION_CHOICES = [['PUBLIC', 'Offentlig – alla'], ['CONFIDENTIAL', 'Sekretess – bara behöriga']];
export const COMMITTEE_KIND = { DISTRICT: 'Stadsdelsnämnd', SPECIALIST: 'Facknämnd' };
export const DECISION = { APPROVE: 'Beviljas', REJECT: 'Avslås', REVIEW: 'Manuell prövning' };
export const OUTCOME = { PASS: 'Uppfyllt', FAIL: 'Inte uppfyllt', REVIEW: 'Prövas manuellt' };
export const APPLICATION_TYPE = { ASSOCIATION_GRANT: 'Föreningsbidrag', PREMISES_RENTAL: 'Lokalbokning' };
/** A cell of the guideline coverage matrix, in words (the colour only repeats them). */
export const COVERAGE_STATUS = {
  MET: 'Uppfyllt', GAP: 'Brist', TICKED: 'Avbockat av nämnden', NOT_APPLICABLE: 'Gäller inte',
};
export const HEALTH = { UP: 'I drift', DEGRADED: 'Begränsad', DOWN: 'Ur drift' };
/** The checks an uploaded committee bundle goes through, in the platform's order. */
export const DEPLOY_CHECK = {
  size: 'Storlek', 'content-type': 'Filtyp', zip: 'Arkivets gränser', kar: 'KAR-filens innehåll',
  manifest: 'Manifest och nämndens id', imports: 'Importerade paket', ownership: 'Nämndens id tillhör paketet',
  trust: 'Förtroendepolicy', descriptor: 'Nämndens beskrivning', resolution: 'Beroenden i plattformen',
  online: 'Nämnden i drift',
};
/** A bundle's state in the OSGi framework. */
export const BUNDLE_STATE = {
  NONE: 'Inte installerad', INSTALLED: 'Installerad men inte startad (beroenden saknas)',
  RESOLVED: 'Redo men inte startad', STARTING: 'Startar', STOPPING: 'Stoppas', ACTIVE: 'Startad',
  UNINSTALLED: 'Avinstallerad', UNKNOWN: 'Okänt läge',
};

/** A CSS modifier for a plan status, so the badge's colour only repeats what its word says. */
export function statusClass(status) {
  return `status status--${(status || 'NONE') === 'NONE' ? 'none' : status.toLowerCase()}`;
}

/** A figure as published: a number, or "<3" / ".." for a small or withheld count. */
export function figure(value) {
  if (value === '..') return 'uppgift saknas (skyddad)';
  if (typeof value === 'string' && value.startsWith('<')) return `färre än ${value.slice(1)}`;
  return value === undefined || value === null ? '–' : String(value);
}

const DATE = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long' });
const DATE_TIME = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short' });
const MONTH = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function date(iso) {
  return iso ? DATE.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso)) : '–';
}

export function dateTime(iso) {
  return iso ? DATE_TIME.format(new Date(iso)) : '–';
}

/** A schedule as the seed plans write it: "januari 2019 – december 2019", or "Löpande". */
export function schedule(value) {
  if (!value || value.ongoing) return 'Löpande';
  const month = (yearMonth) => (yearMonth ? MONTH.format(new Date(`${yearMonth}-15T00:00:00Z`)) : '');
  if (value.start && value.end) return `${month(value.start)} – ${month(value.end)}`;
  return value.start ? `från ${month(value.start)}` : `till ${month(value.end)}`;
}

/** Who did something, as the API records it: an import by a committee bundle reads as such. */
export function actor(name) {
  if (!name) return '–';
  return name.startsWith('import:') ? 'inläst från nämndens paket' : name;
}

// The API's refusals, matched on what its English detail says, most specific first. A detail no rule knows
// still gives a Swedish sentence (the English original stays in ApiError.detail, for the console and support).
const REFUSALS = [
  [/personnummer|samordningsnummer|personal identity number/i,
    'Texten ser ut att innehålla ett personnummer eller samordningsnummer. Planen får inte innehålla '
      + 'personuppgifter: skriv om texten utan numret.'],
  [/is before start/i, 'Slutmånaden ligger före startmånaden.'],
  [/must be after|must not be before|is before opens/i,
    'Datumen ligger i fel ordning: tertialrapport 1 före tertialrapport 2 före verksamhetsberättelsen, nämndernas '
      + 'antagande senast vid kommunstyrelsens godkännande, och en periods första dag före dess sista.'],
  [/must lie in/i, 'Datumet ligger utanför planåret (verksamhetsberättelsen får ligga året efter).'],
  [/is required|must not be null|missing|required/i, 'Uppgiften måste fyllas i.'],
  [/longer than|at most \d+ characters|too long/i, 'Texten är för lång.'],
  [/in the future|has not taken place/i, 'Datumet ligger i framtiden: ange dagen då sammanträdet hölls.'],
  [/must be between|must be 1 to|outside/i, 'Värdet ligger utanför det tillåtna intervallet.'],
  [/diary ?number|diarienummer/i, 'Ange diarienumret som till exempel 1.2.3-456/2019.'],
  [/paragraph|§/i, 'Ange paragrafen som till exempel § 12.'],
  [/check digit|organisation ?number/i, 'Organisationsnumret stämmer inte (kontrollsiffran eller formen NNNNNN-NNNN).'],
  [/not a valid|cannot deserialize|must be a|expected/i, 'Värdet har fel form.'],
];

/** A Swedish message for a 422's detail. */
export function refusal(detail) {
  const known = REFUSALS.find(([pattern]) => pattern.test(detail || ''));
  return known ? known[1] : 'Uppgiften godtogs inte.';
}

/** A Swedish sentence for any refusal by status, for errors that are not about one field. */
export function problemMessage(status, detail) {
  switch (status) {
    case 0: return 'Det gick inte att nå plattformen. Kontrollera nätverket och försök igen.';
    case 400: return 'Förfrågan kunde inte läsas av plattformen.';
    case 401: return 'Du behöver logga in.';
    case 403:
      if (/CSRF/.test(detail || '')) return 'Inloggningen har ändrats, kanske i en annan flik. Ladda om sidan och försök igen.';
      return /feature|is off|not enabled/i.test(detail || '')
        ? 'Funktionen är avstängd för nämnden av den centrala samordnaren.'
        : 'Du har inte behörighet att göra det här.';
    case 404: return 'Det du letar efter finns inte, eller så får du inte se det.';
    case 409: return 'Det går inte i planens nuvarande läge.';
    case 412: return 'Planen har ändrats av någon annan — ladda om.';
    case 413: return 'Det du skickade är för stort.';
    case 422: return refusal(detail);
    case 428: return 'Planen finns redan. Ladda om sidan och försök igen.';
    case 429: return 'För många försök. Vänta en stund och försök igen.';
    case 503: return 'Plattformen är inte tillgänglig just nu. Försök igen om en stund.';
    default: return 'Något gick fel hos plattformen. Försök igen om en stund.';
  }
}

/** The routine's questions, by the field of POST /api/routine they answer. */
export const ROUTINE_QUESTION = {
  immediateDanger: { legend: 'Hotar fara liv, hälsa eller egendom just nu?' },
  under18: { legend: 'Gäller oron någon som är under 18 år?' },
  suspectedCrime: { legend: 'Misstänker du ett brott?', hint: 'Även försök, förberedelse eller stämpling till brott.' },
};
