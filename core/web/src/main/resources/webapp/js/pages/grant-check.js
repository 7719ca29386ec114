// The grant and premises check (the committee's editors): an application for an association grant or a premises
// booking, checked against the city's and the committee's rules; the decision with every rule's outcome and
// reason; and the committee's earlier checks. A check the coordinator has switched off says so.

import { api, get, segment, ApiError } from '../api.js';
import { h, field, checkbox, notice, table, row, whileBusy } from '../dom.js';
import { FormErrors } from '../form-errors.js';
import { DECISION, OUTCOME, APPLICATION_TYPE, dateTime, date } from '../texts.js';

const FEATURE_OF = { ASSOCIATION_GRANT: 'association-grant-check', PREMISES_RENTAL: 'premises-rental-check' };
const OFF = {
  ASSOCIATION_GRANT: 'Kontrollen av föreningsbidrag är avstängd för nämnden av den centrala samordnaren.',
  PREMISES_RENTAL: 'Kontrollen av lokaluthyrning är avstängd för nämnden av den centrala samordnaren.',
};

export default {
  title: 'Kontroll av bidrag och lokaler',
  access: 'editor',
  async render(params) {
    const id = params.committee;
    const checksPath = `/committees/${segment(id)}/grant-checks`;
    const [committee, earlier] = await Promise.all([get(`/committees/${segment(id)}`), get(`${checksPath}?limit=20`)]);
    const enabled = Object.keys(FEATURE_OF).filter((type) => committee.features.includes(FEATURE_OF[type]));
    const result = h('div', { 'aria-live': 'polite' });
    const history = h('div', {}, earlierChecks(earlier));
    return h('div', { dataset: { title: `${committee.name}: kontroll av föreningsbidrag och lokaler` } },
      h('nav', { class: 'breadcrumbs', 'aria-label': 'Du är här' }, h('a', { href: '/' }, 'Översikt'), ' › ',
        h('a', { href: `/namnd/${id}` }, committee.name), ' › Kontroll'),
      h('p', { class: 'meta' }, committee.name),
      h('h1', {}, 'Kontroll av föreningsbidrag och lokaler'),
      h('p', { class: 'lead' }, 'Pröva en ansökan mot stadens och nämndens regler: bidrag och lokaler får bara gå till '
        + 'organisationer som står bakom demokrati, mänskliga rättigheter och jämställdhet.'),
      Object.keys(FEATURE_OF).filter((type) => !enabled.includes(type)).map((type) => notice('warn', null, OFF[type])),
      enabled.length ? applicationForm(checksPath, enabled, result, history) : null,
      result,
      h('h2', {}, 'Nämndens tidigare kontroller'),
      history);
  },
};

function applicationForm(checksPath, enabled, result, history) {
  const slot = h('div', {});
  const errors = new FormErrors(slot);
  const type = errors.register('type', field({ label: 'Vad gäller ansökan', name: 'type', type: 'select', required: true,
    value: enabled[0], options: enabled.map((value) => [value, APPLICATION_TYPE[value]]) }));
  const name = errors.register('organisation.name', field({ label: 'Organisationens namn', name: 'name', required: true }));
  const number = errors.register('organisation.organisationNumber', field({ label: 'Organisationsnummer', name: 'organisationNumber',
    required: true, hint: 'Tio siffror, till exempel 802000-0009.', inputmode: 'numeric' }));
  errors.register('organisation', number);
  const religious = checkbox({ label: 'Organisationen har religiös tillhörighet', name: 'religiousAffiliation' });
  const political = checkbox({ label: 'Organisationen har politisk tillhörighet', name: 'politicalAffiliation' });
  const declarations = {
    democracy: checkbox({ label: 'Demokrati', name: 'democracy' }),
    humanRights: checkbox({ label: 'Mänskliga rättigheter', name: 'humanRights' }),
    genderEquality: checkbox({ label: 'Jämställdhet mellan kvinnor och män', name: 'genderEquality' }),
    nonViolence: checkbox({ label: 'Avståndstagande från våld', name: 'nonViolence' }),
    // Not a city-wide condition: only a committee whose plan asks for it (Hässelby-Vällingby) checks it.
    diversityAndEqualTreatment: checkbox({ label: 'Mångfald och likabehandling', name: 'diversityAndEqualTreatment' }),
  };
  const purpose = errors.register('purpose', field({ label: 'Syfte', name: 'purpose', type: 'textarea', required: true,
    hint: 'Vad bidraget eller lokalen ska användas till.' }));
  const residents = checkbox({ label: 'Verksamheten riktar sig till invånare i nämndens område', name: 'targetsResidents' });
  const complements = checkbox({ label: 'Verksamheten kompletterar nämndens arbete', name: 'complementsCommitteeWork' });
  const accounted = checkbox({ label: 'Tidigare bidrag är redovisat', name: 'previousGrantAccounted' });
  const amount = errors.register('amountSek', field({ label: 'Belopp (kronor)', name: 'amountSek', type: 'number', min: 0,
    required: true, inputmode: 'numeric' }));
  const premises = errors.register('premises', field({ label: 'Lokal', name: 'premises', required: true }));
  const bookingDate = errors.register('date', field({ label: 'Datum för bokningen', name: 'date', type: 'date', required: true }));
  const bookedBy = errors.register('bookedBy', field({ label: 'Vem bokar', name: 'bookedBy', type: 'select', required: true,
    options: [['ORGANISATION', 'Organisationen'], ['PRIVATE_PERSON', 'En privatperson']] }));
  const grantPart = h('fieldset', {}, h('legend', {}, 'Föreningsbidrag'), amount, accounted);
  const premisesPart = h('fieldset', {}, h('legend', {}, 'Lokalbokning'), premises, bookingDate, bookedBy);
  const showPart = () => {
    grantPart.hidden = type.control.value !== 'ASSOCIATION_GRANT';
    premisesPart.hidden = type.control.value !== 'PREMISES_RENTAL';
  };
  type.control.addEventListener('change', showPart);
  showPart();

  async function submit() {
    errors.clear();
    const grant = type.control.value === 'ASSOCIATION_GRANT';
    const application = {
      type: type.control.value,
      organisation: { name: name.control.value.trim(), organisationNumber: number.control.value.trim(),
        religiousAffiliation: religious.control.checked, politicalAffiliation: political.control.checked },
      purpose: purpose.control.value.trim(),
      targetsResidents: residents.control.checked,
      complementsCommitteeWork: complements.control.checked,
      declarations: Object.fromEntries(Object.entries(declarations).map(([key, box]) => [key, box.control.checked])),
    };
    const missing = [];
    if (!application.organisation.name) missing.push({ path: 'organisation.name', text: 'Ange organisationens namn.' });
    if (!/^\d{6}-?\d{4}$/.test(application.organisation.organisationNumber)) {
      missing.push({ path: 'organisation.organisationNumber', text: 'Skriv organisationsnumret med tio siffror, till exempel 802000-0009.' });
    }
    if (!application.purpose) missing.push({ path: 'purpose', text: 'Beskriv syftet.' });
    if (grant) {
      application.amountSek = Number(amount.control.value);
      application.previousGrantAccounted = accounted.control.checked;
      if (amount.control.value === '' || !Number.isInteger(application.amountSek) || application.amountSek < 0) {
        missing.push({ path: 'amountSek', text: 'Ange beloppet i hela kronor.' });
      }
    } else {
      application.premises = premises.control.value.trim();
      application.date = bookingDate.control.value;
      application.bookedBy = bookedBy.control.value;
      if (!application.premises) missing.push({ path: 'premises', text: 'Ange lokalen.' });
      if (!application.date) missing.push({ path: 'date', text: 'Ange datumet.' });
    }
    if (missing.length) {
      errors.show(missing);
      return;
    }
    try {
      const check = (await api('POST', checksPath, { body: application })).data;
      result.replaceChildren(decision(check));
      result.querySelector('h2').focus();
      history.replaceChildren(earlierChecks(await get(`${checksPath}?limit=20`)));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      errors.showRefusal(error);
    }
  }

  return h('form', { novalidate: true, 'aria-label': 'Ansökan', onsubmit: (event) => {
    event.preventDefault();
    whileBusy(() => submit());
  } }, slot, type,
  h('fieldset', {}, h('legend', {}, 'Organisationen'), name, number, religious, political),
  h('fieldset', {}, h('legend', {}, 'Organisationen intygar att den står bakom'), Object.values(declarations)),
  purpose, residents, complements, grantPart, premisesPart,
  h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Pröva ansökan')));
}

function decision(check) {
  const kind = check.decision === 'APPROVE' ? 'ok' : check.decision === 'REJECT' ? 'error' : 'warn';
  return h('section', { class: `notice notice--${kind}`, 'aria-labelledby': 'beslut' },
    h('h2', { id: 'beslut', tabindex: '-1' }, `Beslut: ${DECISION[check.decision]}`),
    h('p', {}, `${check.application.organisation.name} (${check.application.organisation.organisationNumber}), `
      + `${APPLICATION_TYPE[check.application.type].toLowerCase()}. Prövad ${dateTime(check.checkedAt)} av ${check.checkedBy}.`),
    table('Reglernas utfall', ['Regel', 'Utfall', 'Skäl'], check.reasons.map((reason) =>
      row([reason.rule, OUTCOME[reason.outcome], reason.message]))));
}

function earlierChecks(checks) {
  if (!checks.length) return h('p', {}, 'Nämnden har inte gjort några kontroller ännu.');
  return table('Tidigare kontroller, senaste först', ['Organisation', 'Gäller', 'Beslut', 'Prövad', 'Av'],
    checks.map((check) => row([`${check.application.organisation.name} (${check.application.organisation.organisationNumber})`,
      check.application.type === 'PREMISES_RENTAL' ? `Lokal ${check.application.premises}, ${date(check.application.date)}`
        : `${APPLICATION_TYPE[check.application.type]}, ${check.application.amountSek} kr`,
      DECISION[check.decision], dateTime(check.checkedAt), check.checkedBy])));
}
