// The city's routine at a worry or an incident (public): three yes/no questions and an optional committee, then the
// steps in the routine's order with their legal grounds, 112 first and unmistakable when danger threatens, and the
// committee's local contacts. The platform stores nothing about the case; the routine itself is in the platform
// (POST /api/routine), not here.

import { api, ApiError } from '../api.js';
import { h, field, yesNo, notice, announce, whileBusy } from '../dom.js';
import { FormErrors } from '../form-errors.js';
import { committees } from '../committees.js';
import { ROUTINE_QUESTION } from '../texts.js';

export default {
  title: 'Vid oro eller händelse',
  access: 'public',
  async render(params, query) {
    const list = await committees().catch(() => []);
    const result = h('div', {});
    return h('div', {},
      h('h1', {}, 'Vid oro eller händelse'),
      h('p', { class: 'lead' }, 'Stadens rutin när du känner oro för någon eller när något har hänt som kan ha '
        + 'koppling till våldsbejakande extremism. Svara på frågorna så visas vad du ska göra, i rätt ordning.'),
      notice('warn', null, 'Hotar fara liv, hälsa eller egendom just nu? Ring 112 direkt, innan du gör något annat.'),
      h('p', {}, 'Dina svar sparas inte. Skriv inget om personen här; det du rapporterar sedan ska vara avidentifierat.'),
      routineForm(list, query.get('namnd'), result),
      result);
  },
};

function routineForm(list, chosenCommittee, result) {
  const slot = h('div', {});
  const errors = new FormErrors(slot);
  const questions = Object.fromEntries(Object.entries(ROUTINE_QUESTION).map(([name, question]) =>
    [name, errors.register(name, yesNo({ name, legend: question.legend, hint: question.hint }))]));
  const committee = errors.register('committeeId', field({ label: 'Din nämnd eller förvaltning', name: 'committeeId',
    type: 'select', value: chosenCommittee || '', hint: 'Välj för att se era lokala kontakter och blanketten för er nämnd.',
    options: [['', 'Ingen vald'], ...list.map((c) => [c.id, c.name])] }));

  async function submit() {
    errors.clear();
    const answers = Object.fromEntries(Object.entries(questions).map(([name, question]) => [name, question.value()]));
    const missing = Object.keys(answers).filter((name) => answers[name] === null)
      .map((name) => ({ path: name, text: 'Svara ja eller nej.' }));
    if (missing.length) {
      errors.show(missing);
      return;
    }
    if (committee.control.value) answers.committeeId = committee.control.value;
    try {
      const advice = (await api('POST', '/routine', { body: answers })).data;
      const name = list.find((c) => c.id === advice.committeeId)?.name;
      result.replaceChildren(steps(advice, answers, name));
      result.querySelector('h2').focus();
      announce(`Rutinen visar ${advice.steps.length} steg.`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      errors.showRefusal(error);
    }
  }

  return h('form', { novalidate: true, 'aria-label': 'Frågor om oron eller händelsen', onsubmit: (event) => {
    event.preventDefault();
    whileBusy(() => submit());
  } }, slot, Object.values(questions), committee,
  h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Visa vad du ska göra')));
}

function steps(advice, answers, committeeName) {
  const urgent = advice.steps[0]?.id === 'CALL_112'
    ? h('div', { class: 'urgent', role: 'alert' }, h('p', { class: 'call' }, 'Ring 112 nu'),
      h('p', {}, 'Fara hotar: kontakta polisen på 112 innan du gör något annat.'))
    : null;
  return h('section', { 'aria-labelledby': 'sa-har-gor-du' },
    h('h2', { id: 'sa-har-gor-du', tabindex: '-1' }, 'Så här gör du'),
    urgent,
    h('ol', { class: 'steps' }, advice.steps.map((step) => h('li', { dataset: { step: step.id } },
      h('h3', {}, step.title),
      h('p', {}, step.text),
      step.legalGround ? h('p', {}, h('strong', {}, 'Lagstöd: '), step.legalGround) : null,
      h('p', { class: 'meta' }, why(step, answers)),
      step.link ? h('p', {}, h('a', { href: step.link }, 'Fyll i blanketten för avidentifierad information')) : null))),
    contacts(advice, committeeName),
    h('p', { class: 'meta' }, `Källa: ${advice.routine}, ur ${advice.source}. Lagrummen är de rutinen hänvisar till.`));
}

function why(step, answers) {
  if (step.applies === 'ALWAYS') return 'Gäller alltid.';
  const question = ROUTINE_QUESTION[step.becauseOf];
  return `Gäller eftersom du svarade ${answers[step.becauseOf] ? 'ja' : 'nej'} på frågan ”${question.legend}”`;
}

function contacts(advice, committeeName) {
  if (!advice.committeeId) {
    return h('p', {}, 'Kontaktuppgifter till de lokala samordnarna finns på intranätet: sök på våldsbejakande extremism. '
      + 'Välj din nämnd ovan för att se dem här.');
  }
  const title = `Lokala kontakter: ${committeeName || advice.committeeId}`;
  if (!advice.contacts.length) {
    return h('div', {}, h('h3', {}, title), h('p', {}, 'Nämnden har inte lagt in några lokala kontakter. Kontaktuppgifter '
      + 'till de lokala samordnarna finns på intranätet: sök på våldsbejakande extremism.'));
  }
  return h('div', {}, h('h3', {}, title),
    h('dl', { class: 'facts' }, advice.contacts.flatMap((contact) => [h('dt', {}, contact.role), h('dd', {}, contact.reach)])));
}
