// Riktlinjernas täckning (public): every committee against the city's guideline checklist for a year, the city's
// gaps first, each cell's status in words with how it was decided. A committee's editors tick here the items that
// data cannot say (the oro routine known), with a comment that only signed-in staff read.

import { api, get, segment, ApiError } from '../api.js';
import { h, field, checkbox, notice, table, row, whileBusy } from '../dom.js';
import { FormErrors } from '../form-errors.js';
import { refresh } from '../main.js';
import { caller, editedCommittees } from '../session.js';
import { COVERAGE_STATUS, dateTime } from '../texts.js';

export default {
  title: (params) => `Riktlinjernas täckning ${params.year}`,
  access: 'public',
  async render(params) {
    const year = Number(params.year);
    const matrix = await get(`/coverage/${year}`);
    const mine = matrix.committees.filter((committee) => editedCommittees().includes(committee.committeeId));
    return h('div', {},
      h('h1', {}, `Riktlinjernas täckning ${year}`),
      h('p', { class: 'lead' }, 'Stadens riktlinjer mot våldsbejakande extremism (kommunfullmäktige 2016) säger vad '
        + 'varje nämnd ska ha på plats. Tabellen visar för varje nämnd om punkten är uppfylld enligt plattformens '
        + 'uppgifter, avbockad av nämnden själv, eller en brist.'),
      yearLinks(year),
      gapsSection(matrix),
      matrixSection(matrix),
      mine.map((committee) => tickSection(matrix, committee, year)),
      caller() ? null : h('p', { class: 'meta' }, 'Nämndernas kommentarer visas bara för inloggade medarbetare.'));
  },
};

function yearLinks(year) {
  return h('nav', { 'aria-label': 'Välj år' }, h('ul', { class: 'inline-list' },
    h('li', {}, h('a', { href: `/tackning/${year - 1}` }, `Föregående år (${year - 1})`)),
    h('li', {}, h('a', { href: `/tackning/${year + 1}` }, `Nästa år (${year + 1})`))));
}

function gapsSection(matrix) {
  const gaps = matrix.items.filter((column) => column.gaps > 0);
  return h('section', { 'aria-labelledby': 'brister' }, h('h2', { id: 'brister' }, 'Stadens brister'),
    gaps.length
      ? h('ol', {}, gaps.map((column) => h('li', {}, `${column.item.title}: ${count(column.gaps)}`)))
      : notice('ok', null, 'Inga brister: alla nämnder har alla punkter på plats.'));
}

function count(gaps) {
  return gaps === 1 ? '1 nämnd har en brist' : `${gaps} nämnder har en brist`;
}

function matrixSection(matrix) {
  const rows = matrix.committees.map((committee) => row([
    h('span', {}, committee.committeeName, h('span', { class: 'meta' }, ` (${committee.gaps} brister)`)),
    ...committee.cells.map((cell) => cellContent(cell)),
  ]));
  return h('section', { 'aria-labelledby': 'matris' }, h('h2', { id: 'matris' }, 'Nämnder och punkter'),
    table(`Riktlinjernas täckning ${matrix.year}: punkterna med flest brister först, nämnderna med flest brister först`,
      ['Nämnd', ...matrix.items.map((column) => column.item.title)], rows, { className: 'coverage' }));
}

function cellContent(cell) {
  return h('div', {},
    h('span', { class: `coverage-status coverage-status--${cell.status.toLowerCase()}` }, COVERAGE_STATUS[cell.status]),
    h('span', { class: 'meta coverage-reason' }, cell.reason),
    cell.comment ? h('span', { class: 'coverage-comment' }, `Nämndens kommentar: ${cell.comment}`) : null);
}

function tickSection(matrix, committee, year) {
  const items = matrix.items.map((column, index) => ({ item: column.item, cell: committee.cells[index] }))
    .filter(({ item, cell }) => item.kind === 'COMMITTEE_TICK' && cell.status !== 'NOT_APPLICABLE');
  const id = `bocka-${committee.committeeId}`;
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, `Bocka av för ${committee.committeeName}`),
    items.length ? items.map(({ item, cell }) => tickForm(committee, item, cell, year))
      : h('p', {}, 'Inga punkter att bocka av: alla bedöms från plattformens uppgifter.'));
}

function tickForm(committee, item, cell, year) {
  const slot = h('div', {});
  const errors = new FormErrors(slot);
  const done = checkbox({ label: `${item.title}: finns på plats`, name: 'done', checked: cell.status === 'TICKED' });
  const comment = errors.register('comment', field({ label: `Kommentar om ${item.title.toLowerCase()}`, name: 'comment',
    type: 'textarea', value: cell.comment || '', hint: 'Till exempel hur rutinen gjorts känd. Skriv inga personuppgifter.' }));
  const what = `${item.title} för ${committee.committeeName}`;
  async function save() {
    errors.clear();
    const body = { done: done.control.checked, comment: comment.control.value.trim() || null };
    try {
      await api('PUT', `/committees/${segment(committee.committeeId)}/coverage/${year}/${segment(item.id)}`, { body });
      await refresh({ announce: `${what} är sparad.` });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      errors.showRefusal(error);
    }
  }
  return h('form', { novalidate: true, 'aria-label': what, onsubmit: (event) => {
    event.preventDefault();
    whileBusy(() => save());
  } }, h('h3', {}, item.title), slot,
  cell.tickedAt ? h('p', { class: 'meta' }, `Senast ändrad ${dateTime(cell.tickedAt)} av ${cell.tickedBy}.`) : null,
  done, comment, h('div', { class: 'actions' }, h('button', { type: 'submit' }, `Spara ${what}`)));
}
