// Which years have plans, from each committee's list of plans (what the caller may see of them).

import { get, segment } from './api.js';

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

/** The year to show first: the newest year with a plan up to next year, or this year. */
export function defaultYear(plansById) {
  const limit = new Date().getFullYear() + 1;
  const withPlans = Object.values(plansById).flat().map((plan) => plan.year).filter((year) => year <= limit);
  return withPlans.length ? Math.max(...withPlans) : new Date().getFullYear();
}
