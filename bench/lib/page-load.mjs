// Loads a page of the web application in Debian's headless Chromium over the DevTools protocol and prints
// one JSON line per load: time to interactive and bytes transferred, from the browser's own performance
// timing. Plain Node, nothing else (tested with Node 20; it uses no API newer than Node 18, Debian 12's): the
// DevTools protocol runs over Chromium's debugging pipe, so no WebSocket client (no --experimental-websocket).
//
//   node bench/lib/page-load.mjs --url URL [--cold N] [--warm] [--work DIR]
//
// --cold N   N loads, each in a fresh Chromium with a fresh profile (an empty cache)
// --warm     one more Chromium: the page once, then about:blank, then the page again (a second visit:
//            the files revalidate with their ETag); the second visit is printed
//
// Each line: {"kind", "url", "tti_ms", "bytes", "cdp_bytes", "requests", "status304", "dcl_ms", "load_ms",
// "h1", "rows", "resources": [{name, type, bytes, body, at, ms, status}]}. tti_ms is the first 'vbe-ready'
// mark (the app sets it when a page has rendered); bytes is the navigation's transferSize plus every
// resource's (all same origin, so exposed; Chromium counts 300 bytes for any response's headers);
// cdp_bytes the sum of Network.loadingFinished's encodedDataLength (the real bytes), as a check; at is a
// request's start in ms after navigation start; status304 counts the revalidated responses.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const LOAD_TIMEOUT_MS = 30000;

const { values: args } = parseArgs({ options: {
  url: { type: 'string' }, cold: { type: 'string', default: '1' }, warm: { type: 'boolean', default: false },
  work: { type: 'string', default: tmpdir() }, chromium: { type: 'string', default: '/usr/bin/chromium' },
} });
if (!args.url) throw new Error('--url is required');

/** The Chromium of the moment, so a signal or an error can still end it. */
let running = null;

/** A Chromium with a fresh profile, its own process group (it starts several processes), and a CDP page. */
async function launch() {
  const profile = mkdtempSync(join(args.work, 'chromium-profile-'));
  // --remote-debugging-pipe: CDP on the child's fd 3 (to Chromium) and fd 4 (from it); no port, no WebSocket.
  const child = spawn(args.chromium, [...FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-pipe',
    'about:blank'], { detached: true, stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr = (stderr + chunk).slice(-4000); });
  const browser = { child, profile };
  running = browser;
  const exited = new Promise((_, fail) => child.once('exit', (code) =>
    fail(new Error(`chromium exited (${code}): ${stderr}`))));
  exited.catch(() => {});
  browser.socket = connect(child.stdio[3], child.stdio[4], exited);
  const { targetId } = await browser.socket.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await browser.socket.send('Target.attachToTarget', { targetId, flatten: true });
  browser.page = (method, params) => browser.socket.send(method, params, sessionId);
  browser.sessionId = sessionId;
  return browser;
}

/** A minimal CDP client over Chromium's pipe (NUL-terminated JSON): requests answered by id, events to listeners. */
function connect(toChromium, fromChromium, exited) {
  const pending = new Map();
  const listeners = [];
  let next = 0;
  let buffer = '';
  // When Chromium goes, its pipe resets: the exit (the `exited` promise) is what reports it.
  for (const end of [toChromium, fromChromium]) end.on('error', () => {});
  fromChromium.setEncoding('utf8');
  fromChromium.on('data', (chunk) => {
    const messages = (buffer + chunk).split('\0');
    buffer = messages.pop();
    for (const message of messages) {
      const data = JSON.parse(message);
      const waiting = data.id && pending.get(data.id);
      if (waiting) {
        pending.delete(data.id);
        if (data.error) waiting.fail(new Error(`${waiting.method}: ${data.error.message}`));
        else waiting.ok(data.result);
      } else if (data.method) {
        listeners.forEach((listener) => listener(data));
      }
    }
  });
  return {
    send(method, params = {}, sessionId) {
      const id = ++next;
      toChromium.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      const answer = new Promise((ok, fail) => pending.set(id, { ok, fail, method }));
      return Promise.race([answer, exited]);
    },
    /** Calls listener with every event; returns what stops that. */
    on(listener) {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
  };
}

/** Browser.close, then the whole process group for sure; the profile goes too. */
async function close(browser) {
  if (!browser) return;
  running = null;
  try {
    await Promise.race([browser.socket?.send('Browser.close'), sleep(2000)]);
  } catch { /* it is going anyway */ }
  try { process.kill(-browser.child.pid, 'SIGKILL'); } catch { /* gone already */ }
  if (browser.child.exitCode === null && browser.child.signalCode === null) {
    await new Promise((done) => { browser.child.once('exit', done); setTimeout(done, 5000); });
  }
  rmSync(browser.profile, { recursive: true, force: true });
}

/** Polls expression until it is true; while a navigation replaces the document, errors mean "not yet". */
async function until(browser, expression) {
  const deadline = Date.now() + LOAD_TIMEOUT_MS;
  let last = 'false';
  for (;;) {
    try {
      if (await evaluate(browser, expression)) return;
    } catch (error) {
      last = error.message;
    }
    if (Date.now() > deadline) throw new Error(`not true within ${LOAD_TIMEOUT_MS} ms (${last}): ${expression}`);
    await sleep(20);
  }
}

async function evaluate(browser, expression) {
  const { result, exceptionDetails } = await browser.page('Runtime.evaluate', { expression, returnByValue: true });
  if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description || exceptionDetails.text}`);
  return result.value;
}

/** Navigates to url and waits until the app says the page is usable; returns its figures. */
async function visit(browser, url, kind) {
  let cdpBytes = 0;
  let notModified = 0; // Resource Timing reports a revalidated file as 200; the network sees the 304
  const count = (event) => {
    if (event.sessionId !== browser.sessionId) return;
    if (event.method === 'Network.loadingFinished') cdpBytes += event.params.encodedDataLength;
    if (event.method === 'Network.responseReceivedExtraInfo' && event.params.statusCode === 304) notModified += 1;
  };
  const stopCounting = browser.socket.on(count);
  await browser.page('Network.enable');
  // A page with many API calls must not overflow the resource timing buffer (250 entries by default).
  const { identifier } = await browser.page('Page.addScriptToEvaluateOnNewDocument',
    { source: 'performance.setResourceTimingBufferSize(100000)' });
  await browser.page('Page.navigate', { url });
  await until(browser, `location.href === ${JSON.stringify(url)}
    && document.documentElement?.dataset.ready === 'true' && performance.getEntriesByName('vbe-ready').length > 0`);
  await sleep(200); // requests still finishing after the mark are counted, by both sides alike
  const figures = await evaluate(browser, `(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const resources = performance.getEntriesByType('resource').map((r) => ({
      name: new URL(r.name).pathname + new URL(r.name).search, type: r.initiatorType,
      bytes: r.transferSize, body: r.encodedBodySize, at: Math.round(r.startTime), ms: Math.round(r.duration),
      status: r.responseStatus }));
    return {
      tti_ms: performance.getEntriesByName('vbe-ready')[0].startTime,
      bytes: nav.transferSize + resources.reduce((sum, r) => sum + r.bytes, 0),
      requests: 1 + resources.length,
      dcl_ms: nav.domContentLoadedEventEnd, load_ms: nav.loadEventEnd,
      h1: document.querySelector('h1')?.textContent.trim() || '',
      rows: document.querySelectorAll('main tbody tr').length,
      resources: [{ name: new URL(nav.name).pathname, type: 'navigation', bytes: nav.transferSize,
        body: nav.encodedBodySize, at: 0, ms: Math.round(nav.duration), status: nav.responseStatus }, ...resources],
    };
  })()`);
  await browser.page('Page.removeScriptToEvaluateOnNewDocument', { identifier });
  await browser.page('Network.disable');
  stopCounting();
  return { kind, url, ...figures, tti_ms: Math.round(figures.tti_ms), cdp_bytes: cdpBytes, status304: notModified };
}

async function blank(browser) {
  await browser.page('Page.navigate', { url: 'about:blank' });
  await until(browser, "location.href === 'about:blank'");
}

async function session(visits, report) {
  const browser = await launch();
  try {
    for (let n = 0; n < visits; n++) {
      if (n > 0) await blank(browser);
      const figures = await visit(browser, args.url, n === 0 ? 'cold' : 'warm');
      if (report(n)) console.log(JSON.stringify(figures));
    }
  } finally {
    await close(browser);
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => { await close(running); process.exit(130); });
}
try {
  for (let n = 0; n < Number(args.cold); n++) await session(1, () => true);
  if (args.warm) await session(2, (n) => n === 1);
} catch (error) {
  await close(running);
  console.error(`page-load: ${error.message}`);
  process.exit(1);
}
