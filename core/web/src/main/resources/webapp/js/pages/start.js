// The start page (public): the city's year at a glance — every committee's plan status, activities per area,
// follow-up per period, incidents per type and environment, and the committees without a plan.

import { get } from '../api.js';
import { h, table, row, notice } from '../dom.js';
import { committees } from '../committees.js';
import { plansByCommittee, yearsOf, askedYear, yearPicker } from '../years.js';
import { caller } from '../session.js';
import { yearDownloads } from '../downloads.js';
import {
  AREA, PERIOD_LONG, FOLLOW_UP_STATUS, PLAN_STATUS, COMMITTEE_KIND, ENVIRONMENT, INCIDENT_TYPE, statusClass, figure,
} from '../texts.js';

const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

export default {
  title: 'Översikt',
  access: 'public',
  async render(params, query) {
    const list = await committees();
    const plans = await plansByCommittee(list);
    const year = askedYear(query, plans);
    // The summary, not the consolidated plans: the page shows the city's figures and each committee's status
    // (from its list of plans), so it need not download every activity of the year.
    const summary = await get(`/plans/${year}/summary`);

    return h('div', { dataset: { title: `Översikt ${year}` } },
      h('h1', {}, `Lokala handlingsplaner mot våldsbejakande extremism ${year}`),
      h('p', { class: 'lead' }, 'Stadsdelsnämnderna och de berörda facknämnderna tar varje år fram en lokal handlingsplan '
        + 'med lägesbild, aktiviteter och uppföljning. Nämnden antar planen och kommunstyrelsen godkänner den.'),
      h('p', {}, 'Känner du oro för någon, eller har något hänt? ', h('a', { href: '/rutin' }, 'Så gör du vid oro eller händelse'), '.'),
      yearPicker('ar', yearsOf(plans), year, (chosen) => `/?ar=${chosen}`),
      figures(list, summary),
      h('p', {}, h('a', { href: `/tackning/${year}` }, `Riktlinjernas täckning ${year}`),
        ': vad varje nämnd har på plats av det stadens riktlinjer kräver.'),
      committeeTable(list, plans, year),
      yearDownloads(year),
      areaTable(summary),
      followUpTable(summary),
      incidentTypeTable(summary, year),
      acceptedReportsTable(summary, year),
      withoutPlan(list, summary),
      caller() ? null : h('p', { class: 'meta' }, 'Utkast visas bara för inloggade med behörighet till nämnden.'));
  },
};

function figures(list, summary) {
  const planned = list.length - summary.committeesWithoutPlan.filter((id) => list.some((c) => c.id === id)).length;
  return h('ul', { class: 'cards', 'aria-label': 'Året i siffror' },
    h('li', { class: 'card' }, h('h2', { class: 'card-title' }, 'Nämnder med plan'),
      h('p', { class: 'figure' }, `${planned} av ${list.length}`)),
    h('li', { class: 'card' }, h('h2', { class: 'card-title' }, 'Aktiviteter'), h('p', { class: 'figure' }, String(summary.activities))),
    h('li', { class: 'card' }, h('h2', { class: 'card-title' }, 'Rapporterade händelser'),
      h('p', { class: 'figure' }, figure(summary.incidents?.total))));
}

function committeeTable(list, plans, year) {
  const rows = list.map((committee) => {
    const status = (plans[committee.id] || []).find((plan) => plan.year === year)?.status || 'NONE';
    return row([
      h('a', { href: `/namnd/${committee.id}/${year}` }, committee.name),
      COMMITTEE_KIND[committee.kind] || '',
      h('span', { class: statusClass(status) }, PLAN_STATUS[status]),
    ]);
  });
  return h('section', { 'aria-labelledby': 'namnder' }, h('h2', { id: 'namnder' }, 'Nämndernas planer'),
    table(`Nämndernas planer ${year}`, ['Nämnd', 'Typ', 'Status'], rows));
}

/** Follow-up of one period in words: "3 av 16 genomförda, 2 pågår". */
function progress(counts) {
  const total = STATUSES.reduce((sum, status) => sum + (counts[status] || 0), 0);
  if (!total) return 'Inga aktiviteter följs upp';
  const parts = [`${counts.DONE || 0} av ${total} genomförda`];
  if (counts.IN_PROGRESS) parts.push(`${counts.IN_PROGRESS} pågår`);
  if (counts.CANCELLED) parts.push(`${counts.CANCELLED} inställda`);
  return parts.join(', ');
}

function areaTable(summary) {
  const areas = Object.keys(AREA).filter((area) => summary.activitiesPerArea[area]);
  return h('section', { 'aria-labelledby': 'omraden' }, h('h2', { id: 'omraden' }, 'Aktiviteter per område'),
    areas.length
      ? table('Aktiviteter per område', ['Område', { text: 'Aktiviteter', className: 'number' }],
        areas.map((area) => row([AREA[area], { text: String(summary.activitiesPerArea[area]), className: 'number' }])))
      : h('p', {}, 'Inga aktiviteter för året.'));
}

/** The city's accepted de-identified reports per type and per environment, this year beside last year. */
function acceptedReportsTable(summary, year) {
  const reports = summary.acceptedReports;
  if (!reports?.thisYear?.perType) return null;
  const line = (label, now, before) => row([label, { text: figure(now), className: 'number' },
    { text: figure(before), className: 'number' }]);
  return h('section', { 'aria-labelledby': 'rapporter' }, h('h2', { id: 'rapporter' }, 'Godkända rapporter från medarbetare'),
    h('p', { class: 'meta' }, 'Avidentifierade rapporter som nämndernas samordnare har godkänt. Små antal redovisas inte exakt.'),
    table(`Godkända rapporter ${year} och ${year - 1}`, ['Typ av händelse eller miljö', { text: String(year), className: 'number' },
      { text: String(year - 1), className: 'number' }], [
      ...Object.keys(INCIDENT_TYPE).map((type) => line(INCIDENT_TYPE[type], reports.thisYear.perType[type],
        reports.lastYear?.perType?.[type])),
      ...Object.keys(ENVIRONMENT).map((environment) => line(ENVIRONMENT[environment],
        reports.thisYear.perEnvironment[environment], reports.lastYear?.perEnvironment?.[environment])),
      line('Totalt', reports.thisYear.total, reports.lastYear?.total)]));
}

/** The city's incidents per type (rows) and environment (columns), as the caller may see them. */
function incidentTypeTable(summary, year) {
  const figures = summary.incidents;
  if (!figures?.perType) return null;
  const environments = Object.keys(ENVIRONMENT);
  return h('section', { 'aria-labelledby': 'handelser' }, h('h2', { id: 'handelser' }, 'Händelser per typ och miljö'),
    h('p', { class: 'meta' }, 'Små antal redovisas inte exakt, så att ingen enskild händelse kan pekas ut.'),
    table(`Rapporterade händelser per typ och miljö ${year}`, ['Typ av händelse',
      ...environments.map((environment) => ({ text: ENVIRONMENT[environment], className: 'number' })),
      { text: 'Totalt', className: 'number' }],
    Object.keys(INCIDENT_TYPE).map((type) => row([INCIDENT_TYPE[type],
      ...environments.map((environment) => ({
        text: figure(figures.perEnvironmentAndType?.[environment]?.[type]), className: 'number' })),
      { text: figure(figures.perType[type]), className: 'number' }]))));
}

function followUpTable(summary) {
  return h('section', { 'aria-labelledby': 'uppfoljning' }, h('h2', { id: 'uppfoljning' }, 'Uppföljning i staden'),
    table('Aktiviteternas uppföljning per period', ['Period', 'Läge', ...STATUSES.map((status) =>
      ({ text: FOLLOW_UP_STATUS[status], className: 'number' }))],
    summary.followUps.map((tally) => row([PERIOD_LONG[tally.period], progress(tally.counts),
      ...STATUSES.map((status) => ({ text: String(tally.counts[status] || 0), className: 'number' }))]))));
}

function withoutPlan(list, summary) {
  const names = summary.committeesWithoutPlan.map((id) => list.find((committee) => committee.id === id)?.name || id);
  return h('section', { 'aria-labelledby': 'utan-plan' }, h('h2', { id: 'utan-plan' }, 'Nämnder utan plan'),
    names.length ? h('ul', {}, names.map((name) => h('li', {}, name)))
      : notice('ok', null, 'Alla nämnder har en plan för året.'));
}
