// Committee bundles (the coordinator): every committee's bundle, its version, whether it is online and when it
// was last seen, on which nodes in which version, and the problems the platform's health reports for it; and the
// platform's online backups.

import { api, get, ApiError } from '../api.js';
import { h, table, row, notice, whileBusy } from '../dom.js';
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
        return row([h('a', { href: `/namnd/${committee.id}/modul` }, committee.name), committee.bundle || '–', committee.bundleVersion || '–',
          committee.online ? 'I drift' : 'Ur drift', dateTime(committee.lastSeen), nodes(committee),
          problems.length ? h('ul', { class: 'plain' }, problems.map((problem) => h('li', {}, problem.message))) : 'Inga']);
      })),
      unmatched.length ? h('div', {}, h('h2', {}, 'Övriga problem'),
        h('ul', {}, unmatched.map((problem) => h('li', {}, `${problem.source}: ${problem.message}`)))) : null,
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
