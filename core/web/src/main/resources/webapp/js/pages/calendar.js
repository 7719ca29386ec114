// Tidsfrister (public): the city's deadlines of a plan year and the committees' grant application windows, with the
// addresses to subscribe to in Outlook or any calendar. The coordinator sets the year's deadlines here, and a
// committee's editors its grant windows of the year.

import { api, get, segment, ApiError } from '../api.js';
import { h, field, notice, table, row, whileBusy } from '../dom.js';
import { FormErrors } from '../form-errors.js';
import { refresh } from '../main.js';
import { isCoordinator, editedCommittees } from '../session.js';
import { date, dateTime } from '../texts.js';

const DEADLINES = [
  ['t1', 'Tertialrapport 1 (januari–april)'],
  ['t2', 'Tertialrapport 2 (maj–augusti)'],
  ['annualReport', 'Verksamhetsberättelse'],
  ['committeeAdoption', 'Nämndernas antagande av handlingsplanerna'],
  ['cityApproval', 'Kommunstyrelsens godkännande av handlingsplanerna'],
];
const EMPTY_WINDOWS = 1;

export default {
  title: 'Tidsfrister',
  access: 'public',
  async render(params, query) {
    const thisYear = new Date().getFullYear();
    const asked = Number(query.get('ar'));
    const year = asked >= 2000 && asked <= 2100 ? asked : thisYear;
    const [deadlines, committees] = await Promise.all([get(`/admin/calendar/${year}`), get('/committees')]);
    const windows = await Promise.all(committees.map((committee) =>
      get(`/committees/${segment(committee.id)}/calendar/${year}/grant-windows`)
        .then((found) => ({ committee, found }))));
    const mine = windows.filter(({ committee }) => editedCommittees().includes(committee.id));
    return h('div', { dataset: { title: `Tidsfrister ${year}` } },
      h('h1', {}, `Tidsfrister ${year}`),
      h('p', { class: 'lead' }, 'Stadens tidsfrister för handlingsplanerna mot våldsbejakande extremism och '
        + 'nämndernas ansökningsperioder för föreningsbidrag. Prenumerera på kalendern så kommer ändringar in i '
        + 'din egen kalender av sig själva.'),
      yearLinks(year, thisYear),
      deadlinesSection(deadlines),
      windowsSection(windows, year),
      subscribeSection(committees),
      isCoordinator() ? deadlinesForm(deadlines) : null,
      mine.map(({ committee, found }) => windowsForm(committee, found, year)));
  },
};

function yearLinks(year, thisYear) {
  const years = [thisYear, thisYear + 1].includes(year) ? [thisYear, thisYear + 1] : [year, thisYear, thisYear + 1];
  return h('nav', { 'aria-label': 'Välj år' }, h('ul', { class: 'inline-list' }, years.map((shown) =>
    h('li', {}, h('a', { href: `/kalender?ar=${shown}`, 'aria-current': shown === year ? 'page' : null },
      `Tidsfrister ${shown}`)))));
}

function deadlinesSection(deadlines) {
  const source = deadlines.changedAt
    ? `Satta av samordnaren ${dateTime(deadlines.changedAt)}.`
    : 'Stadens vanliga tidsfrister (samordnaren har inte satt några egna datum för året).';
  return h('section', { 'aria-labelledby': 'frister' }, h('h2', { id: 'frister' }, 'Stadens tidsfrister'),
    table(`Tidsfrister för handlingsplanerna ${deadlines.year}`, ['Tidsfrist', 'Sista dag'],
      DEADLINES.map(([key, label]) => row([label, date(deadlines[key])]))),
    h('p', { class: 'meta' }, source));
}

function windowsSection(windows, year) {
  const rows = windows.flatMap(({ committee, found }) => found.windows.map((window) =>
    row([committee.name, window.title, `${date(window.opens)} – ${date(window.closes)}`])));
  return h('section', { 'aria-labelledby': 'bidrag' }, h('h2', { id: 'bidrag' }, 'Ansökningsperioder för föreningsbidrag'),
    rows.length ? table(`Ansökningsperioder ${year}`, ['Nämnd', 'Vad', 'Period'], rows)
      : h('p', {}, `Inga ansökningsperioder för ${year} är angivna.`));
}

function subscribeSection(committees) {
  const address = (path) => new URL(`/api${path}`, window.location.origin).href;
  return h('section', { 'aria-labelledby': 'prenumerera' }, h('h2', { id: 'prenumerera' }, 'Prenumerera på kalendern'),
    h('p', {}, 'I Outlook: välj Lägg till kalender, Från Internet, och klistra in adressen. Kalendern innehåller '
      + 'årets och nästa års tidsfrister och förra årets verksamhetsberättelse.'),
    h('ul', {},
      h('li', {}, h('a', { href: address('/calendar.ics') }, 'Hela stadens kalender'), ': ',
        h('code', { class: 'feed-address' }, address('/calendar.ics'))),
      committees.map((committee) => h('li', {},
        h('a', { href: address(`/committees/${segment(committee.id)}/calendar.ics`) }, `Kalender för ${committee.name}`),
        ': ', h('code', { class: 'feed-address' }, address(`/committees/${segment(committee.id)}/calendar.ics`))))));
}

function deadlinesForm(deadlines) {
  const slot = h('div', {});
  const errors = new FormErrors(slot);
  const fields = DEADLINES.map(([key, label]) => [key, errors.register(key, field({ label: `${label}, sista dag`,
    name: key, type: 'date', value: deadlines[key], required: true }))]);
  async function save() {
    errors.clear();
    const body = Object.fromEntries(fields.map(([key, wrapper]) => [key, wrapper.control.value || null]));
    try {
      await api('PUT', `/admin/calendar/${deadlines.year}`, { body });
      await refresh({ announce: `Tidsfristerna för ${deadlines.year} är sparade.` });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      errors.showRefusal(error);
    }
  }
  return h('section', { 'aria-labelledby': 'satt-frister' }, h('h2', { id: 'satt-frister' }, `Sätt tidsfristerna för ${deadlines.year}`),
    h('form', { novalidate: true, 'aria-labelledby': 'satt-frister', onsubmit: (event) => {
      event.preventDefault();
      whileBusy(() => save());
    } }, slot, fields.map(([, wrapper]) => wrapper),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, `Spara tidsfristerna för ${deadlines.year}`))));
}

function windowsForm(committee, found, year) {
  const slot = h('div', {});
  const errors = new FormErrors(slot);
  const shown = [...found.windows, ...Array(EMPTY_WINDOWS).fill({ title: '', opens: '', closes: '' })];
  const rows = shown.map((window, index) => {
    const number = index + 1;
    const fieldset = h('fieldset', {}, h('legend', {}, `Period ${number}`));
    const title = field({ label: `Vad som kan sökas, period ${number}`, name: `title-${number}`, value: window.title,
      optionalMark: false, hint: 'Till exempel Ansökan om föreningsbidrag för hösten. Lämna tomt för att ta bort perioden.' });
    const opens = field({ label: `Första dag, period ${number}`, name: `opens-${number}`, type: 'date',
      value: window.opens, optionalMark: false });
    const closes = field({ label: `Sista dag, period ${number}`, name: `closes-${number}`, type: 'date',
      value: window.closes, optionalMark: false });
    fieldset.append(title, opens, closes);
    return { fieldset, title, opens, closes };
  });
  async function save() {
    errors.clear();
    const filled = rows.filter((entry) => entry.title.control.value.trim() || entry.opens.control.value
      || entry.closes.control.value);
    filled.forEach((entry, index) => {
      errors.register(`windows[${index}]`, entry.title);
      errors.register(`windows[${index}].title`, entry.title);
      errors.register(`windows[${index}].opens`, entry.opens);
      errors.register(`windows[${index}].closes`, entry.closes);
    });
    const body = { windows: filled.map((entry) => ({ title: entry.title.control.value.trim(),
      opens: entry.opens.control.value || null, closes: entry.closes.control.value || null })) };
    try {
      await api('PUT', `/committees/${segment(committee.id)}/calendar/${year}/grant-windows`, { body });
      await refresh({ announce: `Ansökningsperioderna för ${committee.name} ${year} är sparade.` });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      errors.showRefusal(error);
    }
  }
  const id = `perioder-${committee.id}`;
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, `Ansökningsperioder ${year} för ${committee.name}`),
    h('p', {}, found.changedAt ? `Satta för ${year} ${dateTime(found.changedAt)} av ${found.changedBy}.`
      : 'Perioderna kommer från nämndens modul och gäller varje år tills du sätter egna för året. '
        + 'Sparar du utan perioder gäller modulens igen.'),
    h('form', { novalidate: true, 'aria-labelledby': id, onsubmit: (event) => {
      event.preventDefault();
      whileBusy(() => save());
    } }, slot, rows.map((entry) => entry.fieldset),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, `Spara ansökningsperioderna för ${committee.name}`))));
}
