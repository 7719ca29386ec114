// The consolidated view of a year as spreadsheets for the city: links straight to the API, which answers with a
// file download (Content-Disposition) of what the signed-in user, or the public, may read.

import { h } from './dom.js';

const FORMS = [
  ['csv', 'text/csv', 'Ladda ner som CSV'],
  ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Ladda ner som Excel'],
];

/** A section with the year's download links: every committee's activities, one row each, with their follow-up. */
export function yearDownloads(year) {
  return h('section', { 'aria-labelledby': 'ladda-ner' }, h('h2', { id: 'ladda-ner' }, `Ladda ner ${year}`),
    h('p', {}, 'Alla nämnders aktiviteter för året, en rad per aktivitet med ansvariga, tidplan och uppföljning. '
      + 'Excelfilen har också stadens sammanställning.'),
    h('ul', {}, FORMS.map(([format, type, text]) => h('li', {},
      h('a', { href: `/api/plans/${year}?format=${format}`, type, download: '' }, text)))));
}
