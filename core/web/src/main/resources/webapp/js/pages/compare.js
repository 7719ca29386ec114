// What changed in a committee's plan against an earlier year's (by default the year before): activities carried
// over unchanged or changed, new and dropped, the lägesbild's sections and incident counts, and how the older
// plan was followed up. Built from the two plans as the reader may read them, like the plan page.

import { get, segment } from '../api.js';
import { h, table, row } from '../dom.js';
import { previousOutcome } from '../plan-view.js';
import {
  AREA, PERIOD_LONG, FOLLOW_UP_STATUS, ENVIRONMENT, SOURCE, INCIDENT_TYPE, PLACE_TYPE, TERTIAL, CLASSIFICATION,
  CHANGE, ACTIVITY_CHANGE, ACTIVITY_FIELD, MATCHED_BY,
} from '../texts.js';

export default {
  title: (params) => `Jämförelse ${params.year}`,
  access: 'public',
  async render(params, query) {
    const id = params.committee;
    const year = Number(params.year);
    const against = /^\d{4}$/.test(query.get('mot') || '') ? Number(query.get('mot')) : year - 1;
    const [committee, plans] = await Promise.all([get(`/committees/${segment(id)}`),
      get(`/committees/${segment(id)}/plans`)]);
    const header = [
      h('nav', { class: 'breadcrumbs', 'aria-label': 'Du är här' }, h('a', { href: '/' }, 'Översikt'), ' › ',
        h('a', { href: `/namnd/${id}/${year}` }, committee.name), ` › Jämförelse med ${against}`),
      h('p', { class: 'meta' }, committee.name),
      h('h1', {}, `Handlingsplan ${year} jämförd med ${against}`),
    ];
    const earlier = plans.filter((plan) => plan.year < year).map((plan) => plan.year).sort((a, b) => b - a);
    if (!plans.some((plan) => plan.year === year) || !earlier.includes(against)) {
      return h('div', { dataset: { title: `${committee.name}: jämförelse ${year}` } }, header,
        h('p', {}, `${committee.name} har ingen plan för ${plans.some((plan) => plan.year === year) ? against : year} som du kan se.`),
        otherYears(id, year, earlier));
    }
    const diff = await get(`/committees/${segment(id)}/plans/${year}/diff?against=${against}`);
    return h('article', { dataset: { title: `${committee.name}: handlingsplan ${year} jämförd med ${against}` } }, header,
      summary(diff),
      activities(diff),
      sections(diff),
      incidents(diff),
      followUps(diff),
      otherYears(id, year, earlier.filter((other) => other !== against)),
      h('p', {}, h('a', { href: `/namnd/${id}/${year}` }, `Till planen för ${year}`)));
  },
};

function summary(diff) {
  const count = (change) => diff.activities.filter((activity) => activity.change === change).length;
  return h('dl', { class: 'facts' }, Object.keys(ACTIVITY_CHANGE).map((change) => [
    h('dt', {}, ACTIVITY_CHANGE[change]), h('dd', {}, `${count(change)} ${count(change) === 1 ? 'aktivitet' : 'aktiviteter'}`)]));
}

function activities(diff) {
  return h('section', { 'aria-labelledby': 'aktiviteter' }, h('h2', { id: 'aktiviteter' }, 'Aktiviteter'),
    diff.activities.length ? table(`Aktiviteter ${diff.year} jämförda med ${diff.against}`,
      ['Aktivitet', 'Förändring', 'Vad som ändrats', `Status ${diff.against}`],
      diff.activities.map((activity) => row([
        h('strong', {}, activity.title),
        h('span', {}, ACTIVITY_CHANGE[activity.change],
          activity.matchedBy ? h('span', { class: 'meta' }, ` (${MATCHED_BY[activity.matchedBy]})`) : null),
        fieldChanges(activity.fields),
        activity.change === 'ADDED' ? '–' : previousOutcome(activity.previousOutcome, false) || 'Ej rapporterad',
      ]))) : h('p', {}, 'Ingen av planerna har aktiviteter.'));
}

function fieldChanges(fields) {
  if (!fields.length) return '–';
  return h('ul', { class: 'follow-up-list' }, fields.map((change) => h('li', {},
    `${ACTIVITY_FIELD[change.field] || change.field}: ${value(change.field, change.before)} → ${value(change.field, change.after)}`)));
}

function value(field, text) {
  if (text === undefined || text === null) return '(inget)';
  if (field === 'area') return AREA[text] || text;
  if (field === 'followUpIn') return text.split(', ').map((period) => PERIOD_LONG[period] || period).join(', ');
  return text;
}

function sections(diff) {
  return h('section', { 'aria-labelledby': 'lagesbild' }, h('h2', { id: 'lagesbild' }, 'Lägesbildens avsnitt'),
    diff.sections.length ? table('Lägesbildens avsnitt', ['Avsnitt', 'Förändring', 'Vem får läsa'],
      diff.sections.map((section) => row([section.title, CHANGE[section.change],
        CLASSIFICATION[section.classification] || section.classification])))
      : h('p', {}, 'Lägesbilden har inga avsnitt som du kan se.'));
}

function incidents(diff) {
  return h('section', { 'aria-labelledby': 'handelser' }, h('h2', { id: 'handelser' }, 'Händelser'),
    diff.incidents.length ? table(`Rapporterade händelser ${diff.against} och ${diff.year}`,
      ['Miljö', 'Typ av händelse', 'Källa', 'Period', 'Typ av plats', { text: String(diff.against), className: 'number' },
        { text: String(diff.year), className: 'number' }, 'Förändring'],
      diff.incidents.map((count) => row([ENVIRONMENT[count.environment], INCIDENT_TYPE[count.type] || count.type,
        SOURCE[count.source], TERTIAL[count.period || ''], PLACE_TYPE[count.placeType] || count.placeType,
        { text: count.before === undefined ? '–' : String(count.before), className: 'number' },
        { text: count.after === undefined ? '–' : String(count.after), className: 'number' },
        CHANGE[count.change]])))
      : h('p', {}, 'Inga händelserader att jämföra som du kan se. Antalen per händelserad visas bara för behöriga.'));
}

function followUps(diff) {
  const statuses = Object.keys(FOLLOW_UP_STATUS);
  return h('section', { 'aria-labelledby': 'uppfoljning' }, h('h2', { id: 'uppfoljning' }, `Uppföljning av planen för ${diff.against}`),
    table(`Aktiviteter per uppföljningsstatus ${diff.against}`, ['Period', ...statuses.map((status) =>
      ({ text: FOLLOW_UP_STATUS[status], className: 'number' }))],
    diff.previousFollowUps.map((tally) => row([PERIOD_LONG[tally.period],
      ...statuses.map((status) => ({ text: String(tally.counts[status] || 0), className: 'number' }))]))));
}

function otherYears(committeeId, year, years) {
  if (!years.length) return null;
  return h('nav', { class: 'no-print', 'aria-label': 'Jämför med andra år' }, h('p', {}, 'Jämför med: ',
    years.map((other, index) => [index ? ', ' : '',
      h('a', { href: `/namnd/${committeeId}/${year}/jamforelse?mot=${other}` }, String(other))])));
}
