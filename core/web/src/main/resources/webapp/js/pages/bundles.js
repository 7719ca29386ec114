// Committee bundles (the coordinator): every committee's bundle, its version, whether it is online and when it
// was last seen, on which nodes in which version, whether it is in quarantine, and the problems the platform's
// health reports for it; the quarantine of a bundle and its release, also from the report of hanging rules; and
// the platform's online backups.

import { api, get, segment, ApiError } from '../api.js';
import { h, table, row, field, notice, technical, whileBusy } from '../dom.js';
import { FormErrors } from '../form-errors.js';
import { refresh } from '../main.js';
import { problemsOf } from '../committees.js';
import { HEALTH, dateTime } from '../texts.js';

export default {
  title: 'Nämndpaket',
  access: 'coordinator',
  async render() {
    const [list, health, backups] = await Promise.all([get('/committees'), get('/health'), get('/admin/backups')]);
    const unmatched = health.problems.filter((problem) => !list.some((committee) =>
      problemsOf(committee, health).includes(problem)));
    return h('div', {},
      h('h1', {}, 'Nämndpaket'),
      h('p', { class: 'lead' }, 'Varje nämnd bidrar med ett eget paket (OSGi-bundle) med sin aktivitetskatalog och sina lokala '
        + 'regler. Distriktets IT installerar det i den gemensamma plattformen.'),
      h('p', {}, `Plattformen: ${HEALTH[health.status]}. Databasen: ${HEALTH[health.database]}.`),
      table('Nämndernas paket', ['Nämnd', 'Paket', 'Version', 'Läge', 'Senast sedd', 'Noder', 'Problem'], list.map((committee) => {
        const problems = problemsOf(committee, health);
        return row([h('a', { href: `/namnd/${committee.id}/modul` }, committee.name), committee.bundle || '–',
          committee.bundleVersion || '–',
          committee.quarantine ? 'I karantän' : committee.online ? 'I drift' : 'Ur drift', dateTime(committee.lastSeen),
          nodes(committee),
          problems.length ? h('ul', { class: 'plain' }, problems.map((problem) => h('li', {}, technical(problem.message)))) : 'Inga']);
      })),
      unmatched.length ? h('div', {}, h('h2', {}, 'Övriga problem'),
        h('ul', {}, unmatched.map((problem) => h('li', {}, technical(`${problem.source}: ${problem.message}`))))) : null,
      quarantineSection(list, health),
      backupSection(backups));
  },
};

/** Which nodes have the committee's bundle, in which version: "vbe-1:8181 1.0.0 (i drift)". */
function nodes(committee) {
  const known = committee.nodes || [];
  if (!known.length) return '–';
  return h('ul', { class: 'plain' }, known.map((node) => h('li', {},
    `${node.node} ${node.bundleVersion || '–'} (${node.online ? 'i drift' : 'ur drift'})`)));
}

/** "I karantän sedan 1 dec. 2026 10:30 (av samordnare), orsak: …", or that it is not. */
function quarantineStatus(committee) {
  const quarantine = committee.quarantine;
  if (!quarantine) return 'Inte i karantän';
  return `I karantän sedan ${dateTime(quarantine.since)} (av ${quarantine.by}), orsak: ${quarantine.reason || 'ingen angiven'}`;
}

/**
 * Every committee's quarantine, with a button that puts its bundle in quarantine (after a reason and a confirmation)
 * or releases it; and the rules health reports as hanging, each with a button that quarantines its committee.
 */
function quarantineSection(list, health) {
  const form = h('div', { 'aria-live': 'polite' });
  const byId = Object.fromEntries(list.map((committee) => [committee.id, committee]));
  // Health names a problem's committee only where a quarantine can stop it: today a rule that hangs. One whose
  // committee is already in quarantine is the quarantine itself.
  const hanging = health.problems.filter((problem) => problem.committee && byId[problem.committee]
    && !byId[problem.committee].quarantine);
  const action = (committee) => (committee.quarantine
    ? h('button', { type: 'button', class: 'secondary', onclick: () => whileBusy(() => release(committee)) },
      'Släpp från karantän', h('span', { class: 'visually-hidden' }, ` – ${committee.name}`))
    : h('button', { type: 'button', class: 'danger', onclick: (event) => ask(committee, event.currentTarget) },
      'Sätt i karantän', h('span', { class: 'visually-hidden' }, ` – ${committee.name}`)));
  async function release(committee) {
    try {
      await api('DELETE', `/admin/committees/${segment(committee.id)}/quarantine`);
      await refresh({ focus: true, announce: `${committee.name} är släppt från karantän.` });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      form.replaceChildren(notice('error', null, error.message));
    }
  }
  function ask(committee, opener) {
    const slot = h('div', {});
    const errors = new FormErrors(slot);
    const reason = errors.register('reason', field({ label: `Orsak till karantänen för ${committee.name}`, name: 'reason',
      type: 'textarea', rows: 2, hint: 'Varför paketet stoppas, till exempel en regel som hänger. Inga uppgifter om enskilda personer.' }));
    const cancel = () => {
      form.replaceChildren();
      opener.focus();
    };
    async function confirmed() {
      errors.clear();
      try {
        await api('POST', `/admin/committees/${segment(committee.id)}/quarantine`,
          { body: { reason: reason.control.value.trim() || null } });
        await refresh({ focus: true, announce: `${committee.name} är satt i karantän.` });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        errors.showRefusal(error);
      }
    }
    form.replaceChildren(h('form', { novalidate: true, class: 'notice notice--warn', 'aria-label': `Sätt ${committee.name} i karantän`,
      onsubmit: (event) => {
        event.preventDefault();
        whileBusy(() => confirmed());
      } },
    slot,
    h('p', {}, `Vill du sätta ${committee.name} i karantän? Paketet stoppas på alla noder men tas inte bort. Nämndens planer `
      + 'går fortfarande att läsa, och varje kontroll av ansökningar går till manuell granskning tills paketet släpps.'),
    reason,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'danger' }, 'Ja, sätt i karantän'),
      h('button', { type: 'button', class: 'secondary', onclick: cancel }, 'Avbryt'))));
    reason.control.focus();
  }
  return h('section', { 'aria-labelledby': 'karantan' }, h('h2', { id: 'karantan' }, 'Karantän'),
    h('p', {}, 'Ett paket i karantän är stoppat men inte borttaget, och nämndens lokala regler används inte: varje kontroll '
      + 'går till manuell granskning. Varje ändring loggas i granskningsloggen.'),
    hanging.length ? h('div', {}, h('h3', {}, 'Regler som hänger'),
      h('p', {}, 'Anrop av dessa nämnders regler har aldrig returnerat. Java kan inte stoppa dem; en karantän stoppar nämndens paket.'),
      h('ul', {}, hanging.map((problem) => h('li', {}, `${byId[problem.committee].name}: `, technical(problem.message), ' ',
        action(byId[problem.committee]))))) : null,
    form,
    table('Nämndernas karantän', ['Nämnd', 'Läge', 'Åtgärd'], list.map((committee) =>
      row([committee.name, quarantineStatus(committee), action(committee)]))));
}

/** The online backups (newest first) and a button that takes one now; each is an audit entry. */
function backupSection(backups) {
  const slot = h('div', { 'aria-live': 'polite' });
  const take = () => whileBusy(async () => {
    try {
      const backup = (await api('POST', '/admin/backups', { body: {} })).data;
      await refresh({ focus: true, announce: `Säkerhetskopian är tagen: ${backup.location}.` });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      slot.replaceChildren(notice('error', null, error.message));
    }
  });
  return h('section', { 'aria-labelledby': 'sakerhetskopior' }, h('h2', { id: 'sakerhetskopior' }, 'Säkerhetskopior'),
    h('p', {}, 'En säkerhetskopia tas medan plattformen är i drift och innehåller allt som sparats innan den började. '
      + 'Hur man återställer en kopia står i driftdokumentationen.'),
    slot,
    h('div', { class: 'actions' }, h('button', { type: 'button', onclick: take }, 'Ta en säkerhetskopia nu')),
    backups.length ? table('Säkerhetskopior, senaste först', ['Påbörjad', 'Klar', 'Storlek', 'Metod', 'Plats'],
      backups.map((backup) => row([dateTime(backup.startedAt), dateTime(backup.finishedAt),
        `${Math.max(1, Math.round(backup.bytes / 1024))} kB`, backup.method === 'pg_dump' ? 'pg_dump (PostgreSQL)' : 'Derby',
        backup.location])))
      : h('p', {}, 'Inga säkerhetskopior ännu.'));
}
