// The parts of a plan as the seed plans lay them out, shared by the plan page and the editor's preview:
// the lägesbild with its sections and incident table, the activity tables per area and the decisions.

import { h, table, row } from './dom.js';
import {
  AREA, PERIOD, FOLLOW_UP_STATUS, ENVIRONMENT, SOURCE, INCIDENT_TYPE, PLACE_TYPE, TERTIAL, CLASSIFICATION, PLAN_STATUS, schedule, date, actor, figure,
} from './texts.js';

/** Text written with blank lines between paragraphs, as paragraphs. */
export function paragraphs(text) {
  return (text || '').split(/\n\s*\n/).filter((part) => part.trim()).map((part) => h('p', {}, part.trim()));
}

function classified(item) {
  return item.classification === 'CONFIDENTIAL'
    ? h('span', { class: 'confidential-label' }, ` ${CLASSIFICATION.CONFIDENTIAL}${item.legalGround ? ` (${item.legalGround})` : ''}`)
    : null;
}

export function situationPicture(picture) {
  const sections = picture?.sections || [];
  return h('section', { 'aria-labelledby': 'lagesbild' },
    h('h2', { id: 'lagesbild' }, 'Lägesbild'),
    sections.length ? sections.map((section) => h('div', { class: 'section-text' },
      h('h3', {}, section.title, classified(section)), paragraphs(section.text)))
      : h('p', {}, 'Lägesbilden har inga avsnitt som du kan se.'),
    contributorsLine(picture),
    incidentTable(picture));
}

/** Which specialist committees' contributions the lägesbild took in, as the seed plans name them; null for none. */
export function contributorsLine(picture) {
  const contributors = picture?.contributors || [];
  return contributors.length
    ? h('p', { class: 'contributors' }, h('strong', {}, 'Underlag från: '), contributors.map((c) => c.name).join(', '))
    : null;
}

/**
 * Incidents per environment (rows) and source (columns) and each count with its type, period and place, where
 * the caller may see the counts; otherwise the figures per environment. Both get the figures per type.
 */
function incidentTable(picture) {
  const incidents = picture?.incidents || [];
  const figures = picture?.incidentFigures;
  const environments = Object.keys(ENVIRONMENT);
  if (incidents.length) {
    const sources = Object.keys(SOURCE).filter((source) => incidents.some((incident) => incident.source === source));
    const count = (environment, source) => incidents.filter((incident) => incident.environment === environment
      && incident.source === source).reduce((sum, incident) => sum + incident.count, 0);
    return h('div', {}, h('h3', {}, 'Händelser per miljö och källa'),
      table('Rapporterade händelser per miljö och källa', ['Miljö', ...sources.map((source) =>
        ({ text: SOURCE[source], className: 'number' })), { text: 'Totalt', className: 'number' }],
      environments.map((environment) => row([ENVIRONMENT[environment],
        ...sources.map((source) => ({ text: String(count(environment, source)), className: 'number' })),
        { text: figure(figures?.perEnvironment?.[environment]), className: 'number' }]))),
      typeTable(figures),
      h('h3', {}, 'Händelserader'),
      table('Rapporterade händelser rad för rad', ['Typ av händelse', 'Miljö', 'Källa', 'Period', 'Typ av plats',
        { text: 'Antal', className: 'number' }, 'Vem får läsa'],
      incidents.map((incident) => row([INCIDENT_TYPE[incident.type] || incident.type, ENVIRONMENT[incident.environment],
        SOURCE[incident.source], TERTIAL[incident.period || ''], PLACE_TYPE[incident.placeType] || incident.placeType,
        { text: String(incident.count), className: 'number' },
        CLASSIFICATION[incident.classification] || incident.classification]))));
  }
  if (!figures) return null;
  return h('div', {}, h('h3', {}, 'Händelser per miljö'),
    h('p', { class: 'meta' }, 'Små antal redovisas inte exakt, så att ingen enskild händelse kan pekas ut.'),
    table('Rapporterade händelser per miljö', ['Miljö', { text: 'Antal', className: 'number' }],
      [...environments.map((environment) => row([ENVIRONMENT[environment],
        { text: figure(figures.perEnvironment?.[environment]), className: 'number' }])),
      row(['Totalt', { text: figure(figures.total), className: 'number' }])]),
    typeTable(figures));
}

/** The figures per incident type and per tertial, as the caller may see them (suppressed where small). */
function typeTable(figures) {
  if (!figures?.perType) return null;
  const periods = Object.keys(TERTIAL).filter((period) => period);
  return h('div', {}, h('h3', {}, 'Händelser per typ'),
    table('Rapporterade händelser per typ', ['Typ av händelse', { text: 'Antal', className: 'number' }],
      Object.keys(INCIDENT_TYPE).map((type) => row([INCIDENT_TYPE[type],
        { text: figure(figures.perType[type]), className: 'number' }]))),
    figures.perPeriod ? h('div', {}, h('h3', {}, 'Händelser per period'),
      table('Rapporterade händelser per period', ['Period', { text: 'Antal', className: 'number' }],
        [...periods.map((period) => row([TERTIAL[period], { text: figure(figures.perPeriod[period]), className: 'number' }])),
          row([TERTIAL[''], { text: figure(figures.periodUnknown), className: 'number' }])])) : null);
}

/** An activity's latest follow-up report for a period, or undefined (reports come oldest first). */
export function latestReport(activity, period) {
  const reports = (activity.followUps || []).filter((followUp) => followUp.period === period);
  return reports[reports.length - 1];
}

/** The latest report of each period an activity is followed up in, in words. */
export function followUpSummary(activity) {
  return h('ul', { class: 'follow-up-list' }, (activity.followUpIn || []).map((period) => {
    const latest = latestReport(activity, period);
    return h('li', {}, `${PERIOD[period]}: ${latest ? FOLLOW_UP_STATUS[latest.status] : 'Ej rapporterad'}`);
  }));
}

/**
 * "Status på föregående års åtgärder": the current report of each period an activity had last year, with its
 * comment; null when there is none. `withHeading` names it (beside an activity of this year's plan).
 */
export function previousOutcome(reports, withHeading = true) {
  if (!reports?.length) return null;
  const order = Object.keys(PERIOD);
  const sorted = [...reports].sort((a, b) => order.indexOf(a.period) - order.indexOf(b.period));
  return h('div', { class: 'previous-outcome' },
    withHeading ? h('p', { class: 'meta' }, 'Status på föregående års åtgärd:') : null,
    h('ul', { class: 'follow-up-list' }, sorted.map((report) => h('li', {},
      `${PERIOD[report.period]}: ${FOLLOW_UP_STATUS[report.status]}`, report.comment ? ` – ${report.comment}` : ''))));
}

export function activityTables(activities) {
  const areas = Object.keys(AREA).filter((area) => activities.some((activity) => activity.area === area));
  return h('section', { 'aria-labelledby': 'aktiviteter' },
    h('h2', { id: 'aktiviteter' }, 'Aktiviteter'),
    activities.length ? areas.map((area) => h('div', {}, h('h3', {}, AREA[area]),
      table(`Aktiviteter: ${AREA[area]}`, ['Aktivitet', 'Ansvarig', 'Samverkanspartner', 'Tidplan', 'Uppföljning'],
        activities.filter((activity) => activity.area === area).map((activity) => row([
          h('div', {}, h('strong', {}, activity.title), activity.description ? h('p', {}, activity.description) : null,
            previousOutcome(activity.previousOutcome)),
          (activity.responsible || []).join(', ') || '–',
          (activity.partners || []).join(', ') || '–',
          schedule(activity.schedule),
          followUpSummary(activity),
        ])))))
      : h('p', {}, 'Planen har inga aktiviteter ännu.'));
}

const DECISION_TEXT = { ADOPTED: 'Antagen av nämnden', APPROVED: 'Godkänd av kommunstyrelsen',
  ARCHIVED: 'Arkiverad', DRAFT: 'Återförd till utkast' };

/**
 * The decisions on a plan; with `pdfLink(version)` (the plan page) a last column links each decided version's
 * PDF/A document.
 */
export function decisionTable(versions, pdfLink = null) {
  const decided = versions.filter((version) => version.status !== 'DRAFT' || version.meetingDate);
  const headers = ['Beslut', 'Sammanträde', 'Diarienummer', 'Paragraf', 'Registrerat av', 'Registrerat'];
  return h('section', { 'aria-labelledby': 'beslut' }, h('h2', { id: 'beslut' }, 'Beslut'),
    decided.length ? table('Beslut om planen', pdfLink ? [...headers, 'Dokument'] : headers,
      decided.map((version) => row([DECISION_TEXT[version.status] || PLAN_STATUS[version.status],
        date(version.meetingDate), version.diaryNumber || '–', version.paragraph || '–', actor(version.decidedBy),
        date(version.decidedAt), ...(pdfLink ? [pdfLink(version)] : [])])))
      : h('p', {}, 'Planen har inte beslutats ännu.'));
}
