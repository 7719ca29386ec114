// The committee's incident reports for its editors: each report with who sent it (for questions back, shown to no
// one else), and for a report not yet reviewed: accept it (it counts in the committee's figures), reject it with a
// reason, or mark it as a duplicate of another report.

import { api, get, segment, ApiError } from '../api.js';
import { h, field, notice, whileBusy } from '../dom.js';
import { FormErrors } from '../form-errors.js';
import { refresh } from '../main.js';
import * as session from '../session.js';
import { ENVIRONMENT, INCIDENT_TYPE, PLACE_TYPE, SOURCE, REPORT_ACTION, REPORT_STATUS, dateTime } from '../texts.js';

export default {
  title: 'Inkomna rapporter',
  access: 'editor',
  async render(params) {
    const id = params.committee;
    const path = `/committees/${segment(id)}/incident-reports`;
    const [committee, reports] = await Promise.all([get(`/committees/${segment(id)}`), get(`${path}?limit=500`)]);
    const open = reports.filter((report) => report.status === 'SUBMITTED');
    // The committee's own samordnare reviews; the coordinator reads the list only.
    const reviews = session.editedCommittees().includes(id);
    return h('div', { dataset: { title: `${committee.name}: inkomna rapporter` } },
      h('nav', { class: 'breadcrumbs', 'aria-label': 'Du är här' }, h('a', { href: '/' }, 'Översikt'), ' › ',
        h('a', { href: `/namnd/${id}` }, committee.name), ' › Inkomna rapporter'),
      h('p', { class: 'meta' }, committee.name),
      h('h1', {}, 'Inkomna rapporter'),
      h('p', { class: 'lead' }, `${reports.length} rapporter, varav ${open.length} att granska. Godkända rapporter räknas `
        + 'i nämndens lägesbild för sin period; vem som skickade en rapport visas bara här, för frågor tillbaka.'),
      reviews ? null : notice('info', null, 'Bara nämndens egna redaktörer granskar rapporterna.'),
      reports.length ? reports.map((report) => reportCard(path, report, reports, reviews))
        : h('p', {}, 'Nämnden har inte fått några rapporter ännu.'));
  },
};

function reportCard(path, report, all, reviews) {
  const headingId = `rapport-${report.id}`;
  return h('section', { class: 'report', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, `Rapport ${report.id}: ${INCIDENT_TYPE[report.type]}, ${report.month}`),
    h('dl', {},
      h('dt', {}, 'Status'), h('dd', {}, REPORT_STATUS[report.status], report.reason ? ` – ${report.reason}` : '',
        report.duplicateOf ? ` av rapport ${report.duplicateOf}` : '',
        report.takenOverInto ? ` · övertagen i lägesbilden ${report.takenOverInto}` : ''),
      h('dt', {}, 'Miljö'), h('dd', {}, ENVIRONMENT[report.environment]),
      h('dt', {}, 'Plats'), h('dd', {}, PLACE_TYPE[report.placeType]),
      h('dt', {}, 'Källa'), h('dd', {}, SOURCE[report.source]),
      h('dt', {}, 'Åtgärder'), h('dd', {}, report.actions.map((action) => REPORT_ACTION[action]).join(', ')),
      h('dt', {}, 'Beskrivning'), h('dd', {}, report.description),
      h('dt', {}, 'Inskickad'), h('dd', {}, `${dateTime(report.submittedAt)} av ${report.submittedBy}`),
      report.reviewedBy ? [h('dt', {}, 'Granskad'), h('dd', {}, `${dateTime(report.reviewedAt)} av ${report.reviewedBy}`)]
        : null),
    reviews && report.status === 'SUBMITTED' ? reviewForm(path, report, all) : null);
}

function reviewForm(path, report, all) {
  const slot = h('div', {});
  const errors = new FormErrors(slot);
  const reason = errors.register('reason', field({ label: 'Skäl att avvisa', name: `reason-${report.id}`, optionalMark: false,
    hint: 'Krävs för att avvisa. Skriv inga namn eller personuppgifter.' }));
  // Only an accepted report can be the original: the incident then counts once, never zero times.
  const others = all.filter((other) => other.id !== report.id && other.status === 'ACCEPTED');
  const duplicateOf = errors.register('duplicateOf', field({ label: 'Dubblett av rapport', name: `duplicate-${report.id}`,
    type: 'select', optionalMark: false, options: [['', 'Välj rapport'], ...others.map((other) =>
      [String(other.id), `Rapport ${other.id}: ${INCIDENT_TYPE[other.type]}, ${other.month}`])] }));

  async function decide(body) {
    errors.clear();
    if (body.decision === 'REJECT' && !body.reason) {
      errors.show([{ path: 'reason', text: 'Ange varför rapporten avvisas.' }]);
      return;
    }
    if (body.decision === 'DUPLICATE' && !body.duplicateOf) {
      errors.show([{ path: 'duplicateOf', text: 'Välj vilken rapport den är en dubblett av.' }]);
      return;
    }
    try {
      const reviewed = (await api('POST', `${path}/${report.id}/review`, { body })).data;
      await refresh({ focus: true, announce: `Rapport ${reviewed.id}: ${REPORT_STATUS[reviewed.status].toLowerCase()}.` });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 409) errors.showMessage(h('p', {}, 'Rapporten är redan granskad. Ladda om sidan.'));
      else errors.showRefusal(error);
    }
  }

  const button = (text, body, kind) => h('button', { type: 'button', class: kind, onclick: () => whileBusy(() => decide(body())) },
    text);
  return h('form', { novalidate: true, 'aria-label': `Granska rapport ${report.id}`, onsubmit: (event) => event.preventDefault() },
    slot,
    h('div', { class: 'actions' }, button('Godkänn', () => ({ decision: 'ACCEPT' }))),
    reason,
    h('div', { class: 'actions' }, button('Avvisa', () => ({ decision: 'REJECT', reason: reason.control.value.trim() }),
      'secondary')),
    others.length ? [duplicateOf, h('div', { class: 'actions' }, button('Markera som dubblett', () => ({ decision: 'DUPLICATE',
      duplicateOf: duplicateOf.control.value ? Number(duplicateOf.control.value) : null }), 'secondary'))] : null);
}
