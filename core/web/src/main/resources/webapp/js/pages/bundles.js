// Committee bundles (the coordinator): every committee's bundle, its version, whether it is online and when it
// was last seen, and the problems the platform's health reports for it.

import { get } from '../api.js';
import { h, table, row } from '../dom.js';
import { problemsOf } from '../committees.js';
import { HEALTH, dateTime } from '../texts.js';

export default {
  title: 'Nämndpaket',
  access: 'coordinator',
  async render() {
    const [list, health] = await Promise.all([get('/committees'), get('/health')]);
    const unmatched = health.problems.filter((problem) => !list.some((committee) =>
      problemsOf(committee, health).includes(problem)));
    return h('div', {},
      h('h1', {}, 'Nämndpaket'),
      h('p', { class: 'lead' }, 'Varje nämnd bidrar med ett eget paket (OSGi-bundle) med sin aktivitetskatalog och sina lokala '
        + 'regler. Distriktets IT installerar det i den gemensamma plattformen.'),
      h('p', {}, `Plattformen: ${HEALTH[health.status]}. Databasen: ${HEALTH[health.database]}.`),
      table('Nämndernas paket', ['Nämnd', 'Paket', 'Version', 'Läge', 'Senast sedd', 'Problem'], list.map((committee) => {
        const problems = problemsOf(committee, health);
        return row([committee.name, committee.bundle || '–', committee.bundleVersion || '–',
          committee.online ? 'I drift' : 'Ur drift', dateTime(committee.lastSeen),
          problems.length ? h('ul', { class: 'plain' }, problems.map((problem) => h('li', {}, problem.message))) : 'Inga']);
      })),
      unmatched.length ? h('div', {}, h('h2', {}, 'Övriga problem'),
        h('ul', {}, unmatched.map((problem) => h('li', {}, `${problem.source}: ${problem.message}`)))) : null);
  },
};
