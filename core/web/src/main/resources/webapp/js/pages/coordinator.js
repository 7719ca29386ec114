// The central samordnare's overview: every committee's plan and follow-up for the current period, the committee
// bundles and the platform's health; plans waiting for kommunstyrelsen's approval; the feature matrix with a
// confirmation before each switch (audited by the platform); and the city's stop list.

import { api, get, segment, ApiError } from '../api.js';
import { h, field, notice, table, row, announce, technical, whileBusy } from '../dom.js';
import { FormErrors } from '../form-errors.js';
import { decisionFields, changeStatus } from '../decisions.js';
import { refresh } from '../main.js';
import { committees, problemsOf } from '../committees.js';
import { plansByCommittee, yearsOf, askedYear, yearPicker } from '../years.js';
import { yearDownloads } from '../downloads.js';
import { PLAN_STATUS, PERIOD_LONG, HEALTH, statusClass, dateTime } from '../texts.js';

export default {
  title: 'Samordnarens översikt',
  access: 'coordinator',
  async render(params, query) {
    const list = await committees();
    const [plans, health, stopList, features] = await Promise.all([plansByCommittee(list), get('/health'),
      get('/admin/stop-list?limit=500'), Promise.all(list.map((committee) =>
        get(`/admin/committees/${segment(committee.id)}/features`)))]);
    const year = askedYear(query, plans);
    const consolidated = await get(`/plans/${year}`);
    const byCommittee = Object.fromEntries(consolidated.plans.map((entry) => [entry.committeeId, entry.plan]));
    return h('div', {},
      h('h1', {}, `Samordnarens översikt ${year}`),
      yearPicker('samordnare-ar', yearsOf(plans), year, (chosen) => `/samordnare?ar=${chosen}`),
      h('p', {}, h('a', { href: `/tackning/${year}` }, `Riktlinjernas täckning ${year}`),
        ': vilka nämnder som har det riktlinjerna kräver på plats, och stadens brister.'),
      healthSection(health),
      committeeSection(list, byCommittee, year, health),
      yearDownloads(year),
      approvals(list, byCommittee, year),
      featureMatrix(list, features),
      stopListSection(stopList));
  },
};

/** The period being reported now for a plan of `year`: T1 until April, T2 until August, then the annual report. */
export function currentPeriod(year, today = new Date()) {
  if (year < today.getFullYear()) return 'ANNUAL_REPORT';
  const month = today.getMonth() + 1;
  return month <= 4 ? 'T1' : month <= 8 ? 'T2' : 'ANNUAL_REPORT';
}

function healthSection(health) {
  return h('section', { 'aria-labelledby': 'halsa' }, h('h2', { id: 'halsa' }, 'Plattformens hälsa'),
    h('p', {}, `Plattformen: ${HEALTH[health.status]}. Databasen: ${HEALTH[health.database]}. Version ${health.version}.`),
    health.problems.length ? h('ul', {}, health.problems.map((problem) => h('li', {}, technical(`${problem.source}: ${problem.message}`))))
      : h('p', {}, 'Inga problem rapporterade.'));
}

function committeeSection(list, byCommittee, year, health) {
  const period = currentPeriod(year);
  return h('section', { 'aria-labelledby': 'namnder' }, h('h2', { id: 'namnder' }, 'Nämnderna'),
    table(`Nämndernas planer ${year} och uppföljning för ${PERIOD_LONG[period].toLowerCase()}`,
      ['Nämnd', 'Plan', `Rapporterat för ${PERIOD_LONG[period].toLowerCase()}`, 'Underlag från facknämnder', 'Nämndpaket',
        'Problem'],
      list.map((committee) => {
        const plan = byCommittee[committee.id];
        const problems = problemsOf(committee, health);
        return row([
          h('a', { href: `/namnd/${committee.id}/${year}` }, committee.name),
          h('span', { class: statusClass(plan?.status || 'NONE') }, PLAN_STATUS[plan?.status || 'NONE']),
          plan ? reported(plan, period) : '–',
          (plan?.situationPicture?.contributors || []).map((contributor) => contributor.name).join(', ') || 'Inga',
          committee.online ? 'I drift' : 'Ur drift',
          problems.length ? technical(problems.map((problem) => problem.message).join(' ')) : 'Inga',
        ]);
      })));
}

function reported(plan, period) {
  const due = plan.activities.filter((activity) => (activity.followUpIn || []).includes(period));
  const done = due.filter((activity) => (activity.followUps || []).some((followUp) => followUp.period === period));
  return due.length ? `${done.length} av ${due.length} aktiviteter` : 'Inga aktiviteter följs upp';
}

function approvals(list, byCommittee, year) {
  const waiting = list.filter((committee) => byCommittee[committee.id]?.status === 'ADOPTED');
  return h('section', { 'aria-labelledby': 'godkann' }, h('h2', { id: 'godkann' }, 'Planer att godkänna'),
    waiting.length ? waiting.map((committee) => approvalForm(committee, year))
      : h('p', {}, `Inga antagna planer för ${year} väntar på kommunstyrelsens godkännande.`));
}

function approvalForm(committee, year) {
  const slot = h('div', {});
  const errors = new FormErrors(slot);
  const fields = decisionFields(errors);
  const planPath = `/committees/${segment(committee.id)}/plans/${year}`;
  return h('form', { novalidate: true, 'aria-labelledby': `godkann-${committee.id}`, onsubmit: (event) => {
    event.preventDefault();
    whileBusy(() => changeStatus(planPath, 'APPROVED', fields, errors, `Planen för ${committee.name} är godkänd.`));
  } }, h('h3', { id: `godkann-${committee.id}` }, `${committee.name} – kommunstyrelsens godkännande`), slot,
  Object.values(fields), h('div', { class: 'actions' }, h('button', { type: 'submit' }, `Godkänn planen för ${committee.name}`)));
}

function featureMatrix(list, featuresPerCommittee) {
  const columns = [];
  featuresPerCommittee.flat().forEach((state) => {
    if (!columns.some((feature) => feature.id === state.feature.id)) columns.push(state.feature);
  });
  const confirmation = h('div', { 'aria-live': 'polite' });
  const rows = list.map((committee, index) => {
    const states = Object.fromEntries(featuresPerCommittee[index].map((state) => [state.feature.id, state]));
    return row([committee.name, ...columns.map((feature) => {
      const state = states[feature.id];
      return state ? switchButton(committee, state, confirmation) : h('span', { class: 'meta' }, 'Finns inte');
    })]);
  });
  return h('section', { 'aria-labelledby': 'funktioner' }, h('h2', { id: 'funktioner' }, 'Funktioner per nämnd'),
    h('p', {}, 'Varje ändring bekräftas först och loggas i granskningsloggen.'),
    confirmation,
    table('Funktioner per nämnd', ['Nämnd', ...columns.map((feature) => feature.title)], rows));
}

function switchButton(committee, state, confirmation) {
  const what = `${state.feature.title} för ${committee.name}`;
  const button = h('button', { type: 'button', class: state.enabled ? null : 'secondary', 'aria-pressed': String(state.enabled),
    onclick: () => confirm() }, state.enabled ? 'På' : 'Av', h('span', { class: 'visually-hidden' }, ` – ${what}`));
  function confirm() {
    const to = !state.enabled;
    const yes = h('button', { type: 'button', class: to ? null : 'danger', onclick: () => whileBusy(() => apply(to)) },
      to ? 'Ja, slå på' : 'Ja, stäng av');
    confirmation.replaceChildren(h('div', { class: 'notice notice--warn', role: 'group', 'aria-label': 'Bekräfta ändringen' },
      h('p', {}, `Vill du ${to ? 'slå på' : 'stänga av'} ${what}?`),
      h('div', { class: 'actions' }, yes, h('button', { type: 'button', class: 'secondary', onclick: () => {
        confirmation.replaceChildren();
        button.focus();
      } }, 'Avbryt'))));
    yes.focus();
  }
  async function apply(enabled) {
    try {
      await api('PUT', `/admin/committees/${segment(committee.id)}/features/${segment(state.feature.id)}`, { body: { enabled } });
      await refresh({ announce: `${what} är ${enabled ? 'påslagen' : 'avstängd'}.` });
      // Back to the same switch, now drawn anew, so a keyboard user goes on where they were.
      [...document.querySelectorAll('button[aria-pressed]')]
        .find((candidate) => candidate.textContent.endsWith(`– ${what}`))?.focus();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      confirmation.replaceChildren(notice('error', null, error.message));
    }
  }
  return button;
}

function stopListSection(entries) {
  const slot = h('div', {});
  const errors = new FormErrors(slot);
  const number = errors.register('organisationNumber', field({ label: 'Organisationsnummer', name: 'organisationNumber', required: true,
    hint: 'Tio siffror, till exempel 802000-0009.', inputmode: 'numeric' }));
  const name = errors.register('name', field({ label: 'Organisationens namn', name: 'name', required: true }));
  const reason = errors.register('reason', field({ label: 'Skäl', name: 'reason', type: 'textarea', required: true,
    hint: 'Varför organisationen inte får bidrag eller lokaler. Inga uppgifter om enskilda personer.' }));
  const reference = errors.register('decisionReference', field({ label: 'Beslut (diarienummer)', name: 'decisionReference', required: true }));
  const listSlot = h('div', {}, stopListTable(entries, slot));
  async function add() {
    errors.clear();
    const body = { organisationNumber: number.control.value.trim(), name: name.control.value.trim(),
      reason: reason.control.value.trim(), decisionReference: reference.control.value.trim() };
    const missing = Object.entries(body).filter(([, value]) => !value).map(([path]) => ({ path, text: 'Fyll i uppgiften.' }));
    if (missing.length) {
      errors.show(missing);
      return;
    }
    try {
      await api('POST', '/admin/stop-list', { body });
      await refresh({ focus: true, announce: `${body.name} är tillagd på stopplistan.` });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 409) errors.showMessage(h('p', {}, 'Organisationen finns redan på stopplistan.'));
      else errors.showRefusal(error);
    }
  }
  return h('section', { 'aria-labelledby': 'stopplista' }, h('h2', { id: 'stopplista' }, 'Stadens stopplista'),
    h('p', {}, 'Organisationer på stopplistan får varken föreningsbidrag eller lokaler i någon nämnd.'),
    listSlot,
    h('h3', {}, 'Lägg till en organisation'),
    h('form', { novalidate: true, 'aria-label': 'Lägg till på stopplistan', onsubmit: (event) => {
      event.preventDefault();
      whileBusy(() => add());
    } }, slot, number, name, reason, reference, h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Lägg till på stopplistan'))));
}

function stopListTable(entries, messages) {
  if (!entries.length) return h('p', {}, 'Stopplistan är tom.');
  return table('Stopplistan', ['Organisation', 'Skäl', 'Beslut', 'Tillagd', 'Ta bort'], entries.map((entry) => row([
    `${entry.name} (${entry.organisationNumber})`, entry.reason, entry.decisionReference,
    `${dateTime(entry.addedAt)} av ${entry.addedBy}`,
    h('button', { type: 'button', class: 'danger', onclick: () => whileBusy(async () => {
      try {
        await api('DELETE', `/admin/stop-list/${segment(entry.organisationNumber)}`);
        await refresh({ focus: true, announce: `${entry.name} är borttagen från stopplistan.` });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        messages.replaceChildren(notice('error', null, error.message));
      }
    }) }, 'Ta bort', h('span', { class: 'visually-hidden' }, ` ${entry.name} från stopplistan`)),
  ])));
}
