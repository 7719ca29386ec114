// "Underlag från facknämnder" in a district's plan editor: the specialist committees' contributions for the plan's
// year, each with its status in words, and "Ta in" for those not yet taken in. Taking one in writes the draft on
// the platform (figures summed, sections appended), so the editor is drawn again from the saved plan afterwards.

import { api, get, segment, ApiError } from './api.js';
import { h, notice, whileBusy } from './dom.js';
import { refresh } from './main.js';
import { CLASSIFICATION, ENVIRONMENT, INCIDENT_TYPE, TERTIAL, dateTime, actor, problemMessage } from './texts.js';

const STATUS = { SUBMITTED: 'Inskickat, inte intaget', TAKEN_IN: 'Intaget i planen' };

/**
 * The list for the draft of `year`; `editor` is the plan editor (its `etag` and whether it holds unsaved changes).
 * Empty for a committee that gets no contributions.
 */
export async function contributionsPanel(committee, year, editor) {
  if (committee.kind !== 'DISTRICT') return null;
  const list = await get(`/committees/${segment(committee.id)}/contributions?year=${year}`);
  const slot = h('div', {});
  return h('section', { 'aria-labelledby': 'underlag' }, h('h2', { id: 'underlag' }, 'Underlag från facknämnder'),
    h('p', {}, 'Facknämndernas iakttagelser för stadsdelsområdet. När du tar in ett underlag läggs dess antal till '
      + 'planens händelser och dess avsnitt sist i lägesbilden, med samma sekretessmarkering.'),
    slot,
    list.length ? h('ul', { class: 'contributions' }, list.map((contribution) =>
      item(committee.id, year, contribution, editor, slot)))
      : h('p', {}, `Inga underlag från facknämnder för ${year} ännu.`));
}

function item(committeeId, year, contribution, editor, slot) {
  const counted = contribution.incidentCounts.reduce((sum, count) => sum + count.count, 0);
  const name = `${contribution.fromName}, ${TERTIAL[contribution.period].toLowerCase()}`;
  return h('li', { class: 'contribution', dataset: { contribution: String(contribution.id) } },
    h('h3', {}, name),
    h('p', {}, 'Status: ', h('strong', {}, STATUS[contribution.status]),
      contribution.status === 'TAKEN_IN' ? ` (${dateTime(contribution.takenInAt)} av ${actor(contribution.takenInBy)})` : ''),
    h('p', { class: 'meta' }, `Inskickat ${dateTime(contribution.submittedAt)} av ${actor(contribution.submittedBy)}. `
      + `${contribution.incidentCounts.length} händelserader (${counted} händelser), ${contribution.sections.length} avsnitt.`),
    contribution.incidentCounts.length ? h('ul', {}, contribution.incidentCounts.map((count) => h('li', {},
      `${ENVIRONMENT[count.environment]}, ${INCIDENT_TYPE[count.type].toLowerCase()}: ${count.count} `
      + `(${CLASSIFICATION[count.classification].toLowerCase()})`))) : null,
    contribution.sections.map((section) => h('div', { class: 'section-text' },
      h('h4', {}, section.title, ` – ${CLASSIFICATION[section.classification]}`), h('p', {}, section.text))),
    contribution.status === 'SUBMITTED'
      ? h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => whileBusy(() =>
        takeIn(committeeId, year, contribution, editor, slot)) }, 'Ta in', h('span', { class: 'visually-hidden' }, ` ${name}`)))
      : null);
}

async function takeIn(committeeId, year, contribution, editor, slot) {
  if (editor.dirty) {
    slot.replaceChildren(notice('error', null, 'Utkastet har ändringar som inte är sparade. Spara utkastet först, '
      + 'så att underlaget läggs till den plan du ser.'));
    return;
  }
  try {
    await api('POST', `/committees/${segment(committeeId)}/plans/${year}/contributions/${contribution.id}/take-in`,
      { ifMatch: editor.etag });
    await refresh({ focus: true, announce: `Underlaget från ${contribution.fromName} är intaget i planen.` });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    slot.replaceChildren(notice('error', null, error.status === 412 ? problemMessage(412) : error.message));
  }
}
