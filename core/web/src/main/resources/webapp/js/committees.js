// The committees of the platform (public), fetched once per short while: many pages name them.

import { get } from './api.js';

const FRESH_FOR_MS = 30_000;
let cached = null;

export async function committees() {
  if (!cached || Date.now() - cached.at > FRESH_FOR_MS) {
    cached = { at: Date.now(), list: get('/committees') };
    cached.list.catch(() => { cached = null; });
  }
  return cached.list;
}

/** The problems /api/health reports for a committee: those naming its id or its bundle. */
export function problemsOf(committee, health) {
  return health.problems.filter((problem) => problem.source.includes(committee.id)
    || (committee.bundle && problem.source.includes(committee.bundle)));
}
