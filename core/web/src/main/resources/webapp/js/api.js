// The one way the pages talk to the platform: the public REST API under /api, as JSON. Every call says it comes
// from a script (X-Requested-With), so an ended session gives a plain 401 and never the browser's Basic dialog;
// every write carries the session's CSRF token.

import { problemMessage } from './texts.js';

const SAFE_METHODS = new Set(['GET', 'HEAD']);
let csrfToken = null;
let onSessionLost = () => {};
let onAnswer = () => {};

/** The token the session gave at sign-in, sent with every write; null when signed out. */
export function useCsrfToken(token) {
  csrfToken = token;
}

/** What to do when the API says the session has ended (the router sends the user to the login page). */
export function whenSessionLost(handler) {
  onSessionLost = handler;
}

/** What to do whenever the platform answered (the session's idle time starts again with every request). */
export function whenAnswered(handler) {
  onAnswer = handler;
}

/** A refusal or failure of the API, with its status, the problem's detail and the field it names. */
export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super(problemMessage(status, problem?.detail));
    this.status = status;
    this.detail = problem?.detail || '';
    this.field = fieldOf(problem);
    this.retryAfter = retryAfter;
    this.problem = problem || {};
  }
}

// A record that refuses itself names the object (activities[0], or "body" for the whole request) and says
// "title is required": the field is then activities[0].title (or title), so the form can show the error
// beside the right control.
function fieldOf(problem) {
  if (!problem?.field) return null;
  const base = problem.field === 'body' ? '' : problem.field;
  const reason = (problem.detail || '').slice(problem.field.length + 2);
  const inner = /^([a-zA-Z]+)(\[\d+\])? (is|must|has) /.exec(reason);
  if (!inner || (base && base.endsWith(inner[1]))) return base || null;
  const name = `${inner[1]}${inner[2] || ''}`;
  return base ? `${base}.${name}` : name;
}

/**
 * Calls the API: api('GET', '/committees'), api('PUT', path, {body, ifMatch}). Resolves to {status, data, etag};
 * rejects with an ApiError for any refusal. `allowSignedOut` keeps a 401 from counting as a lost session.
 */
export async function api(method, path, options = {}) {
  const json = options.body === undefined ? {} : { type: 'application/json', content: JSON.stringify(options.body) };
  return send(method, path, json, options);
}

/**
 * Sends a body as it is (a File, a Blob) with its own Content-Type: upload('PUT', path, file, 'application/zip').
 * Answers and refusals as api().
 */
export async function upload(method, path, body, contentType, options = {}) {
  return send(method, path, { type: contentType, content: body }, options);
}

async function send(method, path, body, options) {
  const headers = { Accept: 'application/json', 'X-Requested-With': 'fetch' };
  if (body.type) headers['Content-Type'] = body.type;
  if (!SAFE_METHODS.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  let response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      body: body.content,
      credentials: 'same-origin',
      cache: 'no-cache',
    });
  } catch (networkFailure) {
    throw new ApiError(0, null);
  }
  onAnswer();
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') && response.status !== 204 ? await response.json().catch(() => null) : null;
  if (response.ok && data === null && response.status !== 204) {
    throw new ApiError(0, null);
  }
  if (response.ok) {
    return { status: response.status, data, etag: response.headers.get('ETag') };
  }
  const error = new ApiError(response.status, data, Number(response.headers.get('Retry-After')) || null);
  if (response.status === 401 && !options.allowSignedOut) {
    onSessionLost();
  }
  throw error;
}

/** A GET that gives the body only. */
export async function get(path, options) {
  return (await api('GET', path, options)).data;
}

/** A path segment, encoded. */
export function segment(value) {
  return encodeURIComponent(String(value));
}
