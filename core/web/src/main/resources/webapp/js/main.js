// The application: finds the page for the address, checks who may open it, draws it into <main>, and keeps
// links inside the application without reloading. Pages are modules loaded when first visited.

import { ApiError, whenSessionLost } from './api.js';
import { h, replace, notice, announce } from './dom.js';
import * as session from './session.js';
import { committees } from './committees.js';

const ROUTES = [
  { path: /^\/$/, page: () => import('./pages/start.js') },
  { path: /^\/logga-in$/, page: () => import('./pages/login.js') },
  { path: /^\/tillganglighet$/, page: () => import('./pages/accessibility.js') },
  { path: /^\/rutin$/, page: () => import('./pages/routine.js') },
  { path: /^\/kalender$/, page: () => import('./pages/calendar.js') },
  { path: /^\/namnd\/(?<committee>[a-z0-9-]+)$/, page: () => import('./pages/plan.js') },
  { path: /^\/namnd\/(?<committee>[a-z0-9-]+)\/(?<year>\d{4})$/, page: () => import('./pages/plan.js') },
  { path: /^\/namnd\/(?<committee>[a-z0-9-]+)\/(?<year>\d{4})\/redigera$/, page: () => import('./pages/edit.js') },
  { path: /^\/namnd\/(?<committee>[a-z0-9-]+)\/(?<year>\d{4})\/jamforelse$/, page: () => import('./pages/compare.js') },
  { path: /^\/namnd\/(?<committee>[a-z0-9-]+)\/(?<year>\d{4})\/uppfoljning$/, page: () => import('./pages/follow-up.js') },
  { path: /^\/namnd\/(?<committee>[a-z0-9-]+)\/kontroll$/, page: () => import('./pages/grant-check.js') },
  { path: /^\/namnd\/(?<committee>[a-z0-9-]+)\/rapportera$/, page: () => import('./pages/report.js') },
  { path: /^\/namnd\/(?<committee>[a-z0-9-]+)\/rapporter$/, page: () => import('./pages/report-review.js') },
  { path: /^\/namnd\/(?<committee>[a-z0-9-]+)\/modul$/, page: () => import('./pages/bundle-upload.js') },
  { path: /^\/namnd\/(?<committee>[a-z0-9-]+)\/underlag$/, page: () => import('./pages/contribute.js') },
  { path: /^\/samordnare$/, page: () => import('./pages/coordinator.js') },
  { path: /^\/samordnare\/paket$/, page: () => import('./pages/bundles.js') },
  { path: /^\/tackning\/(?<year>\d{4})$/, page: () => import('./pages/coverage.js') },
];

const SITE = 'VBE-plattformen';
const RETRY_SECONDS = 5;
const main = document.getElementById('innehall');
let navigation = 0;
let retryTimer = null;
let rendered = null;
let leaveGuard = null;
let sessionKnown = false;
const LEAVE = 'Du har ändringar som inte är sparade. Vill du lämna sidan ändå?';

/**
 * Goes to `path` inside the application (a new history entry unless `replaceEntry`); resolves once the page is
 * drawn, so an action that navigates is finished only then.
 */
export function navigate(path, replaceEntry = false) {
  if (leaveGuard?.() && !window.confirm(LEAVE)) return Promise.resolve();
  leaveGuard = null;
  if (replaceEntry) window.history.replaceState(null, '', path); else window.history.pushState(null, '', path);
  return render(true);
}

/**
 * Draws the current page again (after a change that affects what it shows); resolves once it is drawn.
 * `focus` moves the focus to the new heading, `announce` tells screen readers what happened.
 */
export async function refresh(options = {}) {
  leaveGuard = null;
  await render(Boolean(options.focus));
  if (options.announce) announce(options.announce);
}

/** A page with a form registers whether it holds unsaved changes; leaving it then asks first. */
export function guardLeaving(hasUnsavedChanges) {
  leaveGuard = hasUnsavedChanges;
}

function currentPath() {
  return window.location.pathname + window.location.search;
}

/** A path to come back to after signing in: only a page of this application, on this origin. */
export function safeReturnPath(path) {
  if (!path || !path.startsWith('/')) return '/';
  const url = new URL(path, window.location.origin);
  return url.origin === window.location.origin && !url.pathname.startsWith('/api') ? url.pathname + url.search : '/';
}

function loginPath(reason) {
  const back = currentPath();
  const query = new URLSearchParams({ till: back.startsWith('/logga-in') ? '/' : back });
  if (reason) query.set('orsak', reason);
  return `/logga-in?${query}`;
}

async function render(moveFocus) {
  rendered = currentPath();
  navigation += 1;
  const mine = navigation;
  window.clearInterval(retryTimer);
  document.documentElement.dataset.ready = 'false';
  document.documentElement.dataset.rendering = String(mine);
  const route = ROUTES.find((candidate) => candidate.path.test(window.location.pathname.replace(/(.)\/$/, '$1')));
  const params = route ? route.path.exec(window.location.pathname.replace(/(.)\/$/, '$1')).groups || {} : {};
  const query = new URLSearchParams(window.location.search);
  let title = 'Sidan finns inte';
  let content;
  try {
    if (!sessionKnown) {
      // Who is signed in is needed before any page: while the platform is away, say so (and try again).
      await session.restore();
      sessionKnown = true;
    }
    if (!route) {
      content = notFound();
    } else {
      const page = (await route.page()).default;
      if (page.access && page.access !== 'public' && !allowed(page.access, params)) {
        if (!session.caller()) {
          if (mine === navigation) await navigate(loginPath(), true);
          return;
        }
        content = forbidden();
        title = 'Ingen behörighet';
      } else {
        content = await page.render(params, query);
        title = content.dataset.title || (typeof page.title === 'function' ? page.title(params, query) : page.title);
      }
    }
  } catch (error) {
    if (mine !== navigation) return;
    ({ title, content } = failure(error));
  }
  if (mine !== navigation) return;
  document.title = `${title} – ${SITE}`;
  replace(main, content);
  await drawMenu();
  if (mine !== navigation) return;
  if (moveFocus) {
    const heading = main.querySelector('h1');
    (heading || main).setAttribute('tabindex', '-1');
    (heading || main).focus();
  }
  delete document.documentElement.dataset.rendering;
  document.documentElement.dataset.ready = 'true';
  // The browser's own timeline gets the moment each page became usable (bench/page-load reads the first).
  performance.mark('vbe-ready');
}

function allowed(access, params) {
  if (access === 'signedIn') return Boolean(session.caller());
  if (access === 'coordinator') return session.isCoordinator();
  if (access === 'editor') return session.mayEdit(params.committee);
  if (access === 'deployer') return session.mayDeploy(params.committee);
  return true;
}

function notFound() {
  return h('div', {}, h('h1', {}, 'Sidan finns inte'),
    h('p', {}, 'Adressen leder inte till någon sida i VBE-plattformen. '), h('p', {}, h('a', { href: '/' }, 'Till översikten')));
}

function forbidden() {
  return h('div', {}, h('h1', {}, 'Ingen behörighet'),
    h('p', {}, 'Du är inloggad men har inte behörighet till den här sidan. Kontakta den centrala samordnaren om du behöver den.'),
    h('p', {}, h('a', { href: '/' }, 'Till översikten')));
}

// What a page shows when the API refused or could not be reached: a Swedish sentence, never raw JSON; while
// the platform is starting or away (503, no answer) the page says so and tries again by itself.
function failure(error) {
  if (!(error instanceof ApiError)) {
    console.error(error);
    return { title: 'Något gick fel', content: h('div', {}, h('h1', {}, 'Något gick fel'),
      notice('error', null, 'Sidan kunde inte visas. Ladda om sidan, eller försök igen om en stund.')) };
  }
  if (error.status === 0 || error.status === 503 || error.status === 502 || error.status === 504) {
    return { title: 'Plattformen är inte tillgänglig', content: unavailable(error) };
  }
  if (error.status === 404) {
    return { title: 'Finns inte', content: h('div', {}, h('h1', {}, 'Finns inte'),
      notice('info', null, error.message), h('p', {}, h('a', { href: '/' }, 'Till översikten'))) };
  }
  return { title: 'Det gick inte', content: h('div', {}, h('h1', {}, 'Det gick inte'), notice('error', null, error.message)) };
}

function unavailable(error) {
  let seconds = Math.max(error.retryAfter || RETRY_SECONDS, 2);
  const countdown = h('span', {}, String(seconds));
  retryTimer = window.setInterval(() => {
    seconds -= 1;
    countdown.textContent = String(Math.max(seconds, 0));
    if (seconds <= 0) refresh();
  }, 1000);
  return h('div', {}, h('h1', {}, 'Plattformen är inte tillgänglig just nu'),
    notice('warn', null, error.status === 503
      ? 'VBE-plattformen startar eller har tillfälligt problem med databasen.'
      : 'Det gick inte att nå VBE-plattformen.',
    h('p', {}, 'Sidan försöker igen om ', countdown, ' sekunder.')),
    h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => refresh() }, 'Försök igen nu')));
}

async function drawMenu() {
  const nav = document.getElementById('huvudmeny');
  const here = window.location.pathname;
  const link = (href, text) => h('li', {}, h('a', { href, 'aria-current': here === href ? 'page' : null }, text));
  const items = [link('/', 'Översikt'), link('/rutin', 'Vid oro eller händelse'), link('/kalender', 'Tidsfrister')];
  const me = session.caller();
  if (me) {
    const names = await committees().catch(() => []);
    for (const id of session.editedCommittees()) {
      const name = names.find((committee) => committee.id === id)?.name || id;
      items.push(link(`/namnd/${id}`, name));
      if (names.find((committee) => committee.id === id)?.kind === 'SPECIALIST') {
        items.push(link(`/namnd/${id}/underlag`, `Underlag: ${name}`));
      }
    }
    if (!session.isCoordinator()) {
      for (const id of session.deployedCommittees()) {
        const name = names.find((committee) => committee.id === id)?.name || id;
        items.push(link(`/namnd/${id}/modul`, `Modul: ${name}`));
      }
    }
    if (session.isCoordinator()) {
      items.push(link('/samordnare', 'Samordnare'), link('/samordnare/paket', 'Nämndpaket'));
    }
    items.push(h('li', { class: 'who' }, `Inloggad: ${me.user}`),
      h('li', {}, h('button', { type: 'button', onclick: signOut }, 'Logga ut')));
  } else {
    items.push(h('li', {}, h('a', { href: loginPath(), 'aria-current': here === '/logga-in' ? 'page' : null }, 'Logga in')));
  }
  replace(nav, h('ul', {}, items));
}

async function signOut() {
  document.documentElement.dataset.ready = 'false';
  try {
    await session.signOut();
    await navigate('/logga-in?orsak=utloggad');
  } catch (error) {
    // Still signed in on the server: say so rather than pretend, so nobody leaves a shared computer signed in.
    replace(main, h('div', {}, h('h1', { tabindex: '-1' }, 'Utloggningen misslyckades'),
      notice('error', null, `${error.message} Du är fortfarande inloggad. Försök logga ut igen.`)));
    main.querySelector('h1').focus();
    document.documentElement.dataset.ready = 'true';
  }
}

document.addEventListener('click', (event) => {
  const anchor = event.target.closest('a[href]');
  if (!anchor || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
      || anchor.target || anchor.origin !== window.location.origin || anchor.pathname.startsWith('/api')
      || anchor.hasAttribute('download') || anchor.getAttribute('href').startsWith('#')) {
    return;
  }
  event.preventDefault();
  navigate(anchor.pathname + anchor.search);
});

// Back and forward draw the page they lead to; a jump inside the page (the skip link's #innehall) draws nothing.
window.addEventListener('popstate', () => {
  if (currentPath() === rendered) return;
  leaveGuard = null;
  render(true);
});

// A click that started no navigation and no busy action (a "move up", opening a confirmation) still leaves the
// page settled: after the click's own handlers, `data-ready` says so again if nothing else has.
document.addEventListener('click', () => {
  window.setTimeout(() => {
    if (!document.documentElement.hasAttribute('data-ready')) document.documentElement.dataset.ready = 'true';
  }, 0);
});

whenSessionLost(() => {
  session.forget();
  // Many requests of one page may all hear 401: the first sends the user to log in, remembering where they were.
  if (!window.location.pathname.startsWith('/logga-in')) {
    leaveGuard = null;
    navigate(loginPath('utgangen'), true);
  }
});

// Before a session ends for want of requests (30 minutes by default), the user is warned and can stay signed in
// (WCAG 2.2.1): someone writing a long text in a form loses nothing.
const WARN_SECONDS = 120;
const warning = document.getElementById('sessionsvarning');
window.setInterval(() => {
  const left = session.secondsLeft();
  if (left > WARN_SECONDS || left <= 0) {
    if (!warning.hidden && left > WARN_SECONDS) warning.hidden = true;
    return;
  }
  if (!warning.hidden) return;
  const stay = h('button', { type: 'button', onclick: async () => {
    await session.keepAlive().catch(() => {});
    warning.hidden = true;
    announce('Du är fortfarande inloggad.');
  } }, 'Fortsätt vara inloggad');
  replace(warning, h('p', {}, `Du loggas ut om ${Math.ceil(left / 60)} minuter om du inte gör något. `
    + 'Det du skrivit men inte sparat finns kvar på sidan så länge du är inloggad.'), stay);
  warning.hidden = false;
}, 10_000);

window.addEventListener('beforeunload', (event) => {
  if (leaveGuard?.()) event.preventDefault();
});

render(false);
