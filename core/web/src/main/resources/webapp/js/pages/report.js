// The blankett för avidentifierad information: any signed-in city employee reports a worry or an incident to a
// committee's samordnare. Nothing on it points at a person: there is no field for a name, an age or a school, and
// the description is refused (beside the field, in Swedish) when it holds a personnummer or contact details.
// The routine links here with the month and what was done filled in (?month=YYYY-MM&actions=A,B).

import { api, get, segment, ApiError } from '../api.js';
import { h, field, checkbox, notice, whileBusy } from '../dom.js';
import { FormErrors } from '../form-errors.js';
import { ENVIRONMENT, INCIDENT_TYPE, PLACE_TYPE, SOURCE, REPORT_ACTION } from '../texts.js';

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MAX_DESCRIPTION = 1000;
/** The fields whose refusals the platform words in Swedish for the reporter. */
const SWEDISH_REFUSALS = ['month', 'actions', 'description'];

export default {
  title: 'Rapportera oro eller händelse',
  access: 'signedIn',
  async render(params, query) {
    const committee = await get(`/committees/${segment(params.committee)}`);
    return h('div', { dataset: { title: `${committee.name}: rapportera oro eller händelse` } },
      h('nav', { class: 'breadcrumbs', 'aria-label': 'Du är här' }, h('a', { href: '/' }, 'Översikt'), ' › ',
        h('a', { href: `/namnd/${params.committee}` }, committee.name), ' › Rapportera'),
      h('p', { class: 'meta' }, committee.name),
      h('h1', {}, 'Blankett för avidentifierad information'),
      h('p', { class: 'lead' }, `Rapportera en oro eller en händelse som kan ha med våldsbejakande extremism att göra till `
        + `${committee.name}s samordnare. Blanketten är avidentifierad: den ska inte gå att koppla till en person.`),
      notice('info', 'Skriv inte', h('ul', {}, h('li', {}, 'namn, personnummer eller ålder'),
        h('li', {}, 'adresser, telefonnummer eller e-postadresser'), h('li', {}, 'namn på skola, förening eller arbetsplats'))),
      h('p', {}, 'Är det fara för liv, hälsa eller egendom just nu? Ring 112 först. ',
        h('a', { href: '/rutin' }, 'Stadens rutin vid oro eller händelse')),
      reportForm(params.committee, query));
  },
};

function reportForm(committeeId, query) {
  const slot = h('div', {});
  const errors = new FormErrors(slot);
  const prefilledMonth = YEAR_MONTH.test(query.get('month') || '') ? query.get('month') : '';
  const prefilledActions = (query.get('actions') || '').split(',').filter((action) => action in REPORT_ACTION);
  const choice = (label, name, options, hint) => errors.register(name, field({ label, name, type: 'select', required: true,
    hint, options: [['', 'Välj'], ...Object.entries(options)] }));
  const month = errors.register('month', field({ label: 'Månad', name: 'month', required: true, value: prefilledMonth,
    hint: 'Månaden då det hände, som ÅÅÅÅ-MM, till exempel 2026-03.', inputmode: 'numeric' }));
  const environment = choice('Miljö', 'environment', ENVIRONMENT);
  const type = choice('Typ av händelse', 'type', INCIDENT_TYPE);
  const placeType = choice('Typ av plats', 'placeType', PLACE_TYPE, 'Bara typen av plats, inte platsens namn.');
  const source = choice('Varifrån kommer uppgiften', 'source', SOURCE);
  const boxes = Object.entries(REPORT_ACTION).map(([value, label]) =>
    checkbox({ label, name: `action-${value}`, checked: prefilledActions.includes(value) }));
  boxes.forEach((box, index) => { box.control.value = Object.keys(REPORT_ACTION)[index]; });
  const actions = actionsGroup(boxes);
  errors.register('actions', actions);
  const description = errors.register('description', field({ label: 'Beskrivning', name: 'description', type: 'textarea',
    rows: 6, required: true, hint: `Kort om vad som hände eller vad oron gäller, högst ${MAX_DESCRIPTION} tecken. Inga namn, `
      + 'personnummer, adresser, telefonnummer eller e-postadresser.' }));
  const result = h('div', { 'aria-live': 'polite' });

  async function submit() {
    errors.clear();
    const report = {
      month: month.control.value.trim(), environment: environment.control.value, type: type.control.value,
      placeType: placeType.control.value, source: source.control.value,
      actions: boxes.filter((box) => box.control.checked).map((box) => box.control.value),
      description: description.control.value.trim(),
    };
    const missing = [];
    if (!YEAR_MONTH.test(report.month)) missing.push({ path: 'month', text: 'Ange månaden som ÅÅÅÅ-MM, till exempel 2026-03.' });
    if (!report.environment) missing.push({ path: 'environment', text: 'Välj miljö.' });
    if (!report.type) missing.push({ path: 'type', text: 'Välj typ av händelse.' });
    if (!report.placeType) missing.push({ path: 'placeType', text: 'Välj typ av plats.' });
    if (!report.source) missing.push({ path: 'source', text: 'Välj varifrån uppgiften kommer.' });
    if (!report.actions.length) missing.push({ path: 'actions', text: 'Kryssa i vad som gjordes, eller Inget av ovanstående.' });
    if (report.actions.includes('NONE') && report.actions.length > 1) {
      missing.push({ path: 'actions', text: 'Inget av ovanstående kan inte kombineras med en åtgärd.' });
    }
    if (!report.description) missing.push({ path: 'description', text: 'Beskriv kort vad som hände.' });
    if (report.description.length > MAX_DESCRIPTION) {
      missing.push({ path: 'description', text: `Beskrivningen får vara högst ${MAX_DESCRIPTION} tecken.` });
    }
    if (missing.length) {
      errors.show(missing);
      return;
    }
    try {
      const sent = (await api('POST', `/committees/${segment(committeeId)}/incident-reports`, { body: report })).data;
      form.hidden = true;
      result.replaceChildren(confirmation(sent));
      result.querySelector('h2').focus();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if ((error.status === 422 || error.status === 400) && SWEDISH_REFUSALS.includes(error.field)) {
        errors.show([{ path: error.field, text: error.detail.replace(`${error.field}: `, '') }]);
      } else {
        errors.showRefusal(error);
      }
    }
  }

  const form = h('form', { novalidate: true, 'aria-label': 'Blankett för avidentifierad information', onsubmit: (event) => {
    event.preventDefault();
    whileBusy(() => submit());
  } }, slot, month, environment, type, placeType, source, actions, description,
  h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Skicka rapporten')));
  return h('div', {}, form, result);
}

/** The checkboxes of what was done, as one question that shows its error like a field (as dom.yesNo does). */
function actionsGroup(boxes) {
  const error = h('span', { class: 'error', id: 'actions-error', hidden: true });
  const group = h('fieldset', { class: 'field question', 'aria-describedby': 'actions-hint' },
    h('legend', {}, 'Vad har gjorts'), h('span', { class: 'hint', id: 'actions-hint' }, 'Kryssa i allt som gjorts.'),
    error, h('div', { class: 'choices' }, boxes));
  group.control = boxes[0].control;
  group.showError = (text) => {
    error.textContent = text;
    error.hidden = false;
    group.classList.add('field--invalid');
    group.setAttribute('aria-describedby', 'actions-hint actions-error');
  };
  group.clearError = () => {
    error.textContent = '';
    error.hidden = true;
    group.classList.remove('field--invalid');
    group.setAttribute('aria-describedby', 'actions-hint');
  };
  return group;
}

function confirmation(report) {
  return h('section', { class: 'notice notice--ok', 'aria-labelledby': 'mottagen' },
    h('h2', { id: 'mottagen', tabindex: '-1' }, `Tack! Rapporten är mottagen som nummer ${report.id}.`),
    h('p', {}, 'Samordnaren granskar den. Uppge numret om du vill komplettera. Har du inte redan gjort det: '
      + 'berätta alltid för din närmaste chef.'),
    h('p', {}, h('a', { href: '/' }, 'Till översikten')));
}
