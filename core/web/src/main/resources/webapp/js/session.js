// Who is signed in, from the platform's session (the cookie is HttpOnly: the page never sees it, only
// what GET /api/session says). Roles decide what the menu offers; the API decides what anyone may do.

import { api, useCsrfToken, whenAnswered } from './api.js';

let current = null;
let idleSeconds = 0;
let lastAnswer = Date.now();
whenAnswered(() => { lastAnswer = Date.now(); });

/** The signed-in user {user, roles} or null. */
export function caller() {
  return current;
}

export function isCoordinator() {
  return Boolean(current?.roles.includes('coordinator'));
}

/** The committees the caller edits: the ids in their editor.<id> roles. */
export function editedCommittees() {
  return (current?.roles || []).filter((role) => role.startsWith('editor.')).map((role) => role.slice(7));
}

export function mayEdit(committeeId) {
  return isCoordinator() || editedCommittees().includes(committeeId);
}

/** The committees whose bundle the caller uploads: the ids in their deployer.<id> roles. */
export function deployedCommittees() {
  return (current?.roles || []).filter((role) => role.startsWith('deployer.')).map((role) => role.slice(9));
}

export function mayDeploy(committeeId) {
  return isCoordinator() || deployedCommittees().includes(committeeId);
}

/** Seconds until the session ends for want of requests (Infinity when signed out). */
export function secondsLeft() {
  return current ? idleSeconds - (Date.now() - lastAnswer) / 1000 : Infinity;
}

/** Keeps the session alive: any request starts its idle time again. */
export async function keepAlive() {
  await restore();
}

function remember(session) {
  current = session ? { user: session.user, roles: session.roles || [] } : null;
  idleSeconds = session ? session.idleTimeoutSeconds : 0;
  useCsrfToken(session ? session.csrfToken : null);
}

/**
 * Asks the platform whether this browser has a live session (at start and after a reload); rejects when the
 * platform cannot say (503, no answer), so that the page says the platform is away instead of "signed out".
 */
export async function restore() {
  try {
    remember((await api('GET', '/session', { allowSignedOut: true })).data);
  } catch (error) {
    if (error.status !== 401) throw error;
    remember(null);
  }
}

export async function signIn(user, password) {
  remember((await api('POST', '/session', { body: { user, password }, allowSignedOut: true })).data);
}

/** Ends the session on the platform; only then is this browser signed out (a failure rejects, still signed in). */
export async function signOut() {
  await api('DELETE', '/session', { allowSignedOut: true });
  remember(null);
}

/** Forgets the session locally, when the platform said it has ended. */
export function forget() {
  remember(null);
}
