// The follow-up grid (the committee's editors): every activity × T1, T2 and the verksamhetsberättelse, with a
// status and a comment per cell, each cell saved on its own. A period that has ended without a report is
// marked as overdue in words, not only in colour.

import { api, get, segment, ApiError } from '../api.js';
import { h, field, notice, announce, whileBusy } from '../dom.js';
import { FormErrors } from '../form-errors.js';
import { latestReport } from '../plan-view.js';
import { PERIOD_LONG, FOLLOW_UP_STATUS, PLAN_STATUS, dateTime, actor } from '../texts.js';

const PERIODS = ['T1', 'T2', 'ANNUAL_REPORT'];
// The last day each period covers; after it, a missing report is overdue.
const PERIOD_END = { T1: '-04-30', T2: '-08-31', ANNUAL_REPORT: '-12-31' };

export default {
  title: (params) => `Uppföljning ${params.year}`,
  access: 'editor',
  async render(params) {
    const id = params.committee;
    const year = Number(params.year);
    const planPath = `/committees/${segment(id)}/plans/${year}`;
    const [committee, plan] = await Promise.all([get(`/committees/${segment(id)}`), get(planPath)]);
    const heading = [
      h('nav', { class: 'breadcrumbs', 'aria-label': 'Du är här' }, h('a', { href: '/' }, 'Översikt'), ' › ',
        h('a', { href: `/namnd/${id}/${year}` }, committee.name), ' › Uppföljning'),
      h('p', { class: 'meta' }, committee.name),
      h('h1', {}, `Uppföljning av handlingsplanen ${year}`),
    ];
    if (plan.status === 'DRAFT') {
      return h('div', {}, heading, notice('info', null, 'Planen är ett utkast. Uppföljning rapporteras när nämnden '
        + 'har antagit planen.'));
    }
    if (plan.status === 'ARCHIVED') {
      return h('div', {}, heading, notice('info', null, `Planen är ${PLAN_STATUS.ARCHIVED.toLowerCase()}; `
        + 'dess uppföljning är avslutad.'));
    }
    const today = new Date().toISOString().slice(0, 10);
    const overdue = (period) => today > `${year}${PERIOD_END[period]}`;
    return h('div', { dataset: { title: `${committee.name}: uppföljning ${year}` } }, heading,
      h('p', { class: 'lead' }, 'Rapportera varje aktivitets status för tertialrapport 1 (januari–april), tertialrapport 2 '
        + '(maj–augusti) och verksamhetsberättelsen (helåret). Varje ruta sparas för sig; tidigare rapporter finns kvar i historiken.'),
      h('p', {}, h('span', { class: 'overdue-label' }, 'Försenad'), ' betyder att perioden är slut men att ingen rapport har lämnats.'),
      h('div', { class: 'table-frame', tabindex: '0', role: 'region', 'aria-label': 'Uppföljning per aktivitet och period' },
        h('table', { class: 'follow-up-grid' },
          h('caption', {}, `Uppföljning per aktivitet och period ${year}`),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Aktivitet'),
            PERIODS.map((period) => h('th', { scope: 'col' }, PERIOD_LONG[period])))),
          h('tbody', {}, plan.activities.map((activity) => h('tr', {},
            h('th', { scope: 'row' }, activity.title),
            PERIODS.map((period) => cell(planPath, activity, period, overdue(period)))))))));
  },
};

/** One activity's report for one period: its own little form. */
function cell(planPath, activity, period, periodOver) {
  if (!(activity.followUpIn || []).includes(period)) {
    return h('td', {}, h('span', { class: 'meta' }, 'Följs inte upp'));
  }
  const latest = latestReport(activity, period);
  const late = periodOver && !latest;
  const slot = h('div', {});
  const errors = new FormErrors(slot);
  const what = `${PERIOD_LONG[period]}, ${activity.title}`;
  const status = errors.register('status', field({ label: 'Status', name: 'status', type: 'select', required: true,
    value: latest?.status || 'NOT_STARTED', options: Object.entries(FOLLOW_UP_STATUS) }));
  const comment = errors.register('comment', field({ label: 'Kommentar', name: 'comment', type: 'textarea', rows: 2,
    value: latest?.comment }));
  status.control.setAttribute('aria-label', `Status: ${what}`);
  comment.control.setAttribute('aria-label', `Kommentar: ${what}`);
  const recorded = h('p', { class: 'meta' }, latest ? `Senast ${dateTime(latest.recordedAt)} av ${actor(latest.recordedBy)}` : 'Ej rapporterad');
  const lateLabel = late ? h('p', { class: 'overdue-label' }, 'Försenad') : null;
  const td = h('td', { class: late ? 'overdue' : null, dataset: { period, activity: String(activity.id) } },
    lateLabel,
    h('form', { novalidate: true, onsubmit: (event) => {
      event.preventDefault();
      whileBusy(() => save());
    } }, slot, status, comment, h('button', { type: 'submit', class: 'secondary' }, 'Spara', h('span', { class: 'visually-hidden' }, ` ${what}`))),
    recorded);

  async function save() {
    errors.clear();
    try {
      await api('PUT', `${planPath}/activities/${activity.id}/follow-ups/${period}`,
        { body: { status: status.control.value, comment: comment.control.value.trim() || undefined } });
      recorded.textContent = `Sparad nyss: ${FOLLOW_UP_STATUS[status.control.value]}`;
      td.classList.remove('overdue');
      lateLabel?.remove();
      announce(`Sparade ${what}.`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      errors.showRefusal(error);
    }
  }
  return td;
}
