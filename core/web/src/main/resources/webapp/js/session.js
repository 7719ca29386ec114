// Who is signed in, from the platform's session (the cookie is HttpOnly: the page never sees it, only
// what GET /api/session says). Roles decide what the menu offers; the API decides what anyone may do.

import { api, useCsrfToken } from './api.js';

let current = null;

/** The signed-in user {user, roles} or null. */
export function caller() {
  return current;
}

export function isCoordinator() {
  return Boolean(current?.roles.includes('coordinator'));
}

export function isReader() {
  return Boolean(current?.roles.includes('reader'));
}

/** The committees the caller edits: the ids in their editor.<id> roles. */
export function editedCommittees() {
  return (current?.roles || []).filter((role) => role.startsWith('editor.')).map((role) => role.slice(7));
}

export function mayEdit(committeeId) {
  return isCoordinator() || editedCommittees().includes(committeeId);
}

function remember(session) {
  current = session ? { user: session.user, roles: session.roles || [] } : null;
  useCsrfToken(session ? session.csrfToken : null);
}

/** Asks the platform whether this browser has a live session (at start and after a reload). */
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

export async function signOut() {
  try {
    await api('DELETE', '/session', { allowSignedOut: true });
  } finally {
    remember(null);
  }
}

/** Forgets the session locally, when the platform said it has ended. */
export function forget() {
  remember(null);
}
