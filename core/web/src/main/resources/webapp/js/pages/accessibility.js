// Tillgänglighetsredogörelse: the statement a Swedish public body must publish for its digital service
// (lagen (2018:1937) om tillgänglighet till digital offentlig service; DIGG's model).

import { h } from '../dom.js';

export default {
  title: 'Tillgänglighetsredogörelse',
  access: 'public',
  render() {
    return h('article', {},
      h('h1', {}, 'Tillgänglighetsredogörelse för VBE-plattformen'),
      h('p', { class: 'lead' }, 'Stockholms stad står bakom den här webbtjänsten. Vi vill att så många som möjligt ska '
        + 'kunna använda den. Här beskriver vi hur VBE-plattformen uppfyller lagen om tillgänglighet till digital '
        + 'offentlig service, kända brister och hur du kan rapportera problem till oss.'),
      h('h2', {}, 'Hur tillgänglig är webbtjänsten?'),
      h('p', {}, 'Webbtjänsten är utformad för att uppfylla WCAG 2.1 på nivå AA. Alla sidor har svenska som språk, '
        + 'kan användas helt med tangentbord, har synlig fokusmarkering och en länk för att hoppa direkt till innehållet. '
        + 'Varje formulärfält har en etikett, och felmeddelanden visas vid det fält de gäller. Status visas alltid i text, '
        + 'inte bara med färg. Sidorna fungerar från mobilbredd (390 pixlar) till datorskärm.'),
      h('h2', {}, 'Kända brister'),
      h('ul', {},
        h('li', {}, 'Handlingsplanerna innehåller långa tabeller. På en smal skärm rullas tabellerna i sidled inom sin egen ram.'),
        h('li', {}, 'Utskriftsversionen av en plan är en enkel dokumentlayout; den är inte ett tillgänglighetsanpassat PDF-dokument.')),
      h('h2', {}, 'Hur vi har testat webbtjänsten'),
      h('p', {}, 'Varje sida testas automatiskt i en riktig webbläsare med verktyget axe-core mot kraven i WCAG 2.1 nivå A och AA, '
        + 'i datorbredd och mobilbredd, varje gång tjänsten byggs. Tangentbordsanvändning och formulärens felmeddelanden '
        + 'testas i samma tester.'),
      h('h2', {}, 'Rapportera brister i tillgängligheten'),
      h('p', {}, 'Om du upplever problem med webbtjänsten eller behöver innehåll i ett annat format, kontakta stadens '
        + 'samordnare mot våldsbejakande extremism på stadsledningskontoret via Stockholms stads kontaktcenter, '
        + 'telefon 08-508 000 00. Vi svarar inom två arbetsdagar.'),
      h('h2', {}, 'Tillsyn'),
      h('p', {}, 'Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till '
        + 'digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och '
        + 'påtala det på digg.se.'),
      h('h2', {}, 'Redogörelsen'),
      h('p', {}, 'Redogörelsen uppdaterades senast den 1 december 2026 och gäller VBE-plattformens webbgränssnitt.'));
  },
};
