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

export async function committeeName(id) {
  const found = (await committees()).find((committee) => committee.id === id);
  return found ? found.name : id;
}
