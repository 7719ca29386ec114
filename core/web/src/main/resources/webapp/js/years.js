// Which years have plans, from each committee's list of plans (what the caller may see of them).

import { get, segment } from './api.js';
import { h } from './dom.js';
import { navigate } from './main.js';

/** {committeeId: [{year, status, ...}]} for the given committees, fetched side by side. */
export async function plansByCommittee(list) {
  const entries = await Promise.all(list.map(async (committee) =>
    [committee.id, await get(`/committees/${segment(committee.id)}/plans`)]));
  return Object.fromEntries(entries);
}

/** The years to offer: every year with a plan, and this year. Newest first. */
export function yearsOf(plansById) {
  const years = new Set([new Date().getFullYear()]);
  Object.values(plansById).flat().forEach((plan) => years.add(plan.year));
  return [...years].sort((a, b) => b - a);
}

/** The year the address asks for (?ar=2019), or the one to show first. */
export function askedYear(query, plansById) {
  const asked = Number.parseInt(query.get('ar'), 10);
  return asked >= 2000 && asked <= 2100 ? asked : defaultYear(plansById);
}

/** A form choosing the year to show; `pathFor(year)` is the page's address for a year. */
export function yearPicker(id, years, year, pathFor) {
  const select = h('select', { id, name: 'ar' },
    years.map((option) => h('option', { value: option, selected: option === year }, String(option))));
  return h('form', { class: 'year-picker', onsubmit: (event) => {
    event.preventDefault();
    navigate(pathFor(select.value));
  } }, h('div', { class: 'field' }, h('label', { for: id }, 'År'), select,
    h('button', { type: 'submit', class: 'secondary' }, 'Visa året')));
}

/** The year to show first: the newest year with a plan up to next year, or this year. */
function defaultYear(plansById) {
  const limit = new Date().getFullYear() + 1;
  const withPlans = Object.values(plansById).flat().map((plan) => plan.year).filter((year) => year <= limit);
  return withPlans.length ? Math.max(...withPlans) : new Date().getFullYear();
}
