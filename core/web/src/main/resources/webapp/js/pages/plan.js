// A committee's plan of a year (public when decided; drafts for those the API shows them to), laid out like
// the seed plans and printable as a document for the committee's meeting.

import { get, segment, ApiError } from '../api.js';
import { h, notice } from '../dom.js';
import { navigate } from '../main.js';
import * as session from '../session.js';
import { situationPicture, activityTables, decisionTable } from '../plan-view.js';
import { PLAN_STATUS, COMMITTEE_KIND, statusClass, dateTime, date, actor } from '../texts.js';

export default {
  title: (params) => `Handlingsplan ${params.year || ''}`.trim(),
  access: 'public',
  async render(params) {
    const id = params.committee;
    const [committee, plans] = await Promise.all([get(`/committees/${segment(id)}`),
      get(`/committees/${segment(id)}/plans`)]);
    if (!params.year) {
      if (plans.length) {
        navigate(`/namnd/${id}/${Math.max(...plans.map((plan) => plan.year))}`, true);
        return h('p', {}, 'Laddar …');
      }
      return noPlan(committee, new Date().getFullYear(), plans);
    }
    const year = Number(params.year);
    let plan;
    try {
      plan = await get(`/committees/${segment(id)}/plans/${year}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return noPlan(committee, year, plans);
      throw error;
    }
    const versions = await get(`/committees/${segment(id)}/plans/${year}/versions`);
    return h('article', { dataset: { title: `${committee.name}: handlingsplan ${year}` } },
      h('nav', { class: 'breadcrumbs', 'aria-label': 'Du är här' }, h('a', { href: `/?ar=${year}` }, 'Översikt'), ' › ', committee.name),
      h('p', { class: 'meta' }, committee.name),
      h('h1', {}, `Lokal handlingsplan mot våldsbejakande extremism ${year}`),
      facts(committee, plan),
      plan.revision ? notice('info', null, `Planen revideras: ett nytt utkast pågår sedan ${dateTime(plan.revision.since)}. `
        + (plan.status === 'DRAFT' ? 'Här visas utkastet; allmänheten ser den beslutade versionen.'
          : 'Här visas den beslutade versionen.')) : null,
      revisedNotice(plan),
      actions(committee, plan),
      download(committee, plan),
      otherYears(committee, plans, year),
      comparison(committee, plans, year),
      situationPicture(plan.situationPicture),
      activityTables(plan.activities || []),
      decisionTable(versions, (version) => versionDownload(committee, plan, version)));
  },
};

function facts(committee, plan) {
  return h('dl', { class: 'facts' },
    h('dt', {}, 'Nämnd'), h('dd', {}, `${committee.name} (${COMMITTEE_KIND[committee.kind] || ''})`),
    h('dt', {}, 'Status'), h('dd', {}, h('span', { class: statusClass(plan.status) }, PLAN_STATUS[plan.status])),
    h('dt', {}, 'Ansvarig för samordningen'), h('dd', {}, plan.coordinatorRole || '–'),
    h('dt', {}, 'Nästa revidering'), h('dd', {}, plan.nextRevision || '–'),
    h('dt', {}, 'Senast ändrad'), h('dd', {}, `${dateTime(plan.updatedAt)} av ${actor(plan.updatedBy)}`));
}

function actions(committee, plan) {
  if (!session.mayEdit(committee.id)) return moduleLink(committee);
  const base = `/namnd/${committee.id}/${plan.year}`;
  const links = [];
  if (plan.status === 'DRAFT') links.push(h('a', { class: 'button', href: `${base}/redigera` }, 'Redigera utkastet'));
  if (plan.status === 'ADOPTED' || plan.status === 'APPROVED') {
    links.push(h('a', { class: 'button', href: `${base}/uppfoljning` }, 'Rapportera uppföljning'));
    links.push(h('a', { class: 'button secondary', href: `${base}/redigera` }, 'Beslut och revidering'));
  }
  links.push(h('a', { class: 'button secondary', href: `/namnd/${committee.id}/kontroll` }, 'Kontroll av bidrag och lokaler'));
  return h('div', { class: 'actions no-print' }, links, moduleLink(committee));
}

/** The plan as the API's PDF/A document: exactly what this page shows the signed-in (or anonymous) reader. */
function download(committee, plan) {
  const href = `/api/committees/${segment(committee.id)}/plans/${plan.year}?format=pdf`;
  return h('p', { class: 'no-print download' }, h('a', { href, type: 'application/pdf', id: 'plan-pdf' },
    'Ladda ner som PDF'), ' (PDF/A för arkivering och diariet)');
}

function versionDownload(committee, plan, version) {
  const href = `/api/committees/${segment(committee.id)}/plans/${plan.year}/versions/${version.number}?format=pdf`;
  return h('a', { href, type: 'application/pdf', class: 'version-pdf' }, 'PDF',
    h('span', { class: 'visually-hidden' }, ` – beslutad version ${version.number}, ${date(version.decidedAt)}`));
}

/** The committee's module page, for its deployer and the coordinator. */
function moduleLink(committee) {
  if (!session.mayDeploy(committee.id)) return null;
  const link = h('a', { class: 'button secondary', href: `/namnd/${committee.id}/modul` }, 'Nämndens modul');
  return session.mayEdit(committee.id) ? link : h('div', { class: 'actions no-print' }, link);
}

/** A plan made by the yearly revision starts without last year's incident counts: the editors are told so. */
function revisedNotice(plan) {
  if (!plan.revisedFrom) return null;
  const counts = plan.situationPicture?.incidents || [];
  return session.mayEdit(plan.committeeId) && plan.status === 'DRAFT' && !counts.length
    ? notice('warn', 'Ny lägesbild behövs', `Planen är reviderad från ${plan.revisedFrom}. Händelserna i förra årets `
      + 'lägesbild har inte förts över: ta fram en ny lägesbild med årets händelser.')
    : h('p', { class: 'meta' }, `Planen bygger på planen för ${plan.revisedFrom}. Vid varje aktivitet som förts över `
      + 'visas status på föregående års åtgärd.');
}

/** The comparison with the latest earlier plan the reader can see. */
function comparison(committee, plans, year) {
  const earlier = plans.filter((plan) => plan.year < year).map((plan) => plan.year);
  if (!earlier.length) return null;
  const against = Math.max(...earlier);
  return h('p', { class: 'no-print' }, h('a', { href: `/namnd/${committee.id}/${year}/jamforelse?mot=${against}` },
    `Jämför med planen för ${against}`));
}

function otherYears(committee, plans, year) {
  const others = plans.filter((plan) => plan.year !== year).sort((a, b) => b.year - a.year);
  if (!others.length) return null;
  return h('nav', { class: 'no-print', 'aria-label': 'Planer andra år' }, h('p', {}, 'Planer andra år: ',
    others.map((plan, index) => [index ? ', ' : '', h('a', { href: `/namnd/${committee.id}/${plan.year}` },
      `${plan.year} (${PLAN_STATUS[plan.status].toLowerCase()})`)])));
}

function noPlan(committee, year, plans) {
  return h('div', {},
    h('nav', { class: 'breadcrumbs', 'aria-label': 'Du är här' }, h('a', { href: '/' }, 'Översikt'), ' › ', committee.name),
    h('p', { class: 'meta' }, committee.name),
    h('h1', {}, `Ingen handlingsplan för ${year}`),
    h('p', {}, `${committee.name} har ingen plan för ${year} som du kan se.`),
    otherYears(committee, plans, year),
    moduleLink(committee),
    session.mayEdit(committee.id) ? h('div', { class: 'actions' },
      h('a', { class: 'button', href: `/namnd/${committee.id}/${year}/redigera` }, `Skriv en plan för ${year}`)) : null);
}
