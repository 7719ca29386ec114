// A specialist committee's editors send their observations for a district (underlag till stadsdelsnämndens
// lägesbild): figures per environment, type, source and place for one tertial, and text sections marked public or
// confidential. The district's editors take them into their plan; this page never writes a district's plan.

import { api, get, segment, ApiError } from '../api.js';
import { h, field, notice, announce, whileBusy } from '../dom.js';
import { FormErrors } from '../form-errors.js';
import { committees } from '../committees.js';
import { guardLeaving } from '../main.js';
import {
  ENVIRONMENT, SOURCE, INCIDENT_TYPE, PLACE_TYPE, TERTIAL, CLASSIFICATION_CHOICES, dateTime,
} from '../texts.js';

const STATUS = { SUBMITTED: 'Inskickat, inte intaget ännu', TAKEN_IN: 'Intaget i stadsdelsnämndens plan' };
const PERIODS = Object.entries(TERTIAL).filter(([period]) => period);

export default {
  title: 'Skicka underlag till en stadsdelsnämnd',
  access: 'editor',
  async render(params, query) {
    const list = await committees();
    const own = list.find((committee) => committee.id === params.committee);
    if (!own || own.kind !== 'SPECIALIST') {
      return h('div', {}, h('h1', {}, 'Skicka underlag'),
        notice('info', null, 'Bara facknämnder skickar underlag till stadsdelsnämndernas lägesbilder.'));
    }
    const districts = list.filter((committee) => committee.kind === 'DISTRICT');
    const form = new ContributionForm(own, districts, query.get('namnd'), Number(query.get('ar')) || new Date().getFullYear());
    guardLeaving(() => form.dirty);
    return h('div', { dataset: { title: `${own.name}: skicka underlag till en stadsdelsnämnd` } },
      h('nav', { class: 'breadcrumbs', 'aria-label': 'Du är här' }, h('a', { href: '/' }, 'Översikt'), ' › ', own.name,
        ' › Underlag'),
      h('p', { class: 'meta' }, own.name),
      h('h1', {}, 'Skicka underlag till en stadsdelsnämnd'),
      h('p', { class: 'lead' }, 'Förvaltningens iakttagelser för ett stadsdelsområde och en tertial. Stadsdelsnämndens '
        + 'samordnare tar in underlaget i sin lägesbild; avsnitt med sekretess visas bara för behöriga.'),
      notice('warn', null, 'Skriv aldrig namn, personnummer, kontaktuppgifter eller adresser som pekar ut en person.'),
      form.element, form.sent);
  },
};

class ContributionForm {
  constructor(own, districts, chosen, year) {
    this.own = own;
    this.dirty = false;
    const slot = h('div', {});
    this.errors = new FormErrors(slot);
    this.district = field({ label: 'Stadsdelsnämnd', name: 'committeeId', type: 'select', required: true,
      value: chosen || '', options: [['', 'Välj stadsdelsnämnd …'], ...districts.map((d) => [d.id, d.name])] });
    this.year = field({ label: 'År', name: 'year', type: 'number', required: true, value: year, inputmode: 'numeric' });
    this.period = field({ label: 'Tertial', name: 'period', type: 'select', required: true, value: 'T1', options: PERIODS });
    this.counts = h('div', {});
    this.sections = h('div', {});
    this.sent = h('div', {});
    this.district.control.addEventListener('change', () => this.showSent());
    this.element = h('form', { novalidate: true, 'aria-label': 'Underlag', oninput: () => { this.dirty = true; },
      onsubmit: (event) => {
        event.preventDefault();
        whileBusy(() => this.submit());
      } },
    slot, this.district, this.year, this.period,
    h('h2', {}, 'Händelser'), this.counts,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => this.addCount(true) },
      'Lägg till händelserad')),
    h('h2', {}, 'Avsnitt'), this.sections,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => this.addSection(true) },
      'Lägg till avsnitt')),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Skicka underlaget')));
    this.addCount(false);
    this.addSection(false);
    this.showSent();
  }

  addCount(focus) {
    const part = h('fieldset', { class: 'incident-editor numbered' }, h('legend', {}, 'Händelserad'));
    part.fields = {
      environment: field({ label: 'Miljö', name: 'environment', type: 'select', required: true, options: Object.entries(ENVIRONMENT) }),
      type: field({ label: 'Typ av händelse', name: 'type', type: 'select', required: true, value: 'OTHER',
        options: Object.entries(INCIDENT_TYPE) }),
      source: field({ label: 'Källa', name: 'source', type: 'select', required: true, value: 'SPECIALIST_ADMINISTRATIONS',
        options: Object.entries(SOURCE) }),
      placeType: field({ label: 'Typ av plats', name: 'placeType', type: 'select', required: true, value: 'OTHER',
        options: Object.entries(PLACE_TYPE) }),
      count: field({ label: 'Antal', name: 'count', type: 'number', required: true, min: 0, value: 0, inputmode: 'numeric' }),
      classification: field({ label: 'Vem får läsa antalet', name: 'incidentClassification', type: 'select', required: true,
        value: 'CONFIDENTIAL', options: CLASSIFICATION_CHOICES }),
    };
    this.addPart(part, this.counts, 'händelseraden', focus);
  }

  addSection(focus) {
    const part = h('fieldset', { class: 'section-editor numbered' }, h('legend', {}, 'Avsnitt'));
    part.fields = {
      title: field({ label: 'Rubrik', name: 'sectionTitle', required: true }),
      text: field({ label: 'Text', name: 'sectionText', type: 'textarea', rows: 5, required: true }),
      classification: field({ label: 'Vem får läsa avsnittet', name: 'classification', type: 'select', required: true,
        value: 'CONFIDENTIAL', options: CLASSIFICATION_CHOICES }),
      legalGround: field({ label: 'Sekretessgrund', name: 'legalGround', hint: 'För avsnitt med sekretess, till exempel OSL 18 kap. 1 §.' }),
    };
    this.addPart(part, this.sections, 'avsnittet', focus);
  }

  addPart(part, list, name, focus) {
    const remove = h('button', { type: 'button', class: 'danger', onclick: () => {
      part.remove();
      this.renumber();
      announce(`Tog bort ${name}.`);
    } }, `Ta bort ${name}`);
    part.append(...Object.values(part.fields), h('div', { class: 'actions' }, remove));
    list.append(part);
    this.renumber();
    if (focus) part.querySelector('select, input, textarea').focus();
  }

  renumber() {
    this.errors.fields.clear();
    this.errors.register('committeeId', this.district);
    this.errors.register('year', this.year);
    this.errors.register('period', this.period);
    const register = (list, path, legend, main) => [...list.children].forEach((part, index) => {
      part.querySelector('legend').textContent = `${legend} ${index + 1}`;
      this.errors.register(`${path}[${index}]`, part.fields[main]);
      Object.entries(part.fields).forEach(([key, wrapper]) => this.errors.register(`${path}[${index}].${key}`, wrapper));
    });
    register(this.counts, 'incidentCounts', 'Händelserad', 'count');
    register(this.sections, 'sections', 'Avsnitt', 'title');
  }

  read() {
    const errors = [];
    const value = (wrapper) => wrapper.control.value.trim();
    if (!value(this.district)) errors.push({ path: 'committeeId', text: 'Välj den stadsdelsnämnd underlaget gäller.' });
    if (!/^\d{4}$/.test(value(this.year))) errors.push({ path: 'year', text: 'Ange året med fyra siffror, till exempel 2027.' });
    const incidentCounts = [...this.counts.children].map((part, index) => {
      const count = Number(value(part.fields.count));
      if (value(part.fields.count) === '' || !Number.isInteger(count) || count < 0) {
        errors.push({ path: `incidentCounts[${index}].count`, text: 'Ange antalet som ett heltal, 0 eller mer.' });
      }
      return { environment: value(part.fields.environment), type: value(part.fields.type), source: value(part.fields.source),
        placeType: value(part.fields.placeType), count, classification: value(part.fields.classification) };
    });
    const sections = [...this.sections.children].map((part, index) => {
      if (!value(part.fields.title)) errors.push({ path: `sections[${index}].title`, text: 'Ange en rubrik.' });
      if (!value(part.fields.text)) errors.push({ path: `sections[${index}].text`, text: 'Skriv avsnittets text.' });
      const classification = value(part.fields.classification);
      return { title: value(part.fields.title), text: part.fields.text.control.value, classification,
        legalGround: classification === 'CONFIDENTIAL' && value(part.fields.legalGround) ? value(part.fields.legalGround) : undefined };
    });
    if (!incidentCounts.length && !sections.length) {
      errors.push({ path: null, text: 'Lägg till minst en händelserad eller ett avsnitt.' });
    }
    return { body: { from: this.own.id, year: Number(value(this.year)), period: value(this.period), incidentCounts, sections },
      errors };
  }

  async submit() {
    this.errors.clear();
    const { body, errors } = this.read();
    if (errors.length) {
      this.errors.show(errors);
      return;
    }
    const districtId = value(this.district);
    try {
      const sent = (await api('POST', `/committees/${segment(districtId)}/contributions`, { body })).data;
      this.dirty = false;
      this.errors.slot.replaceChildren(notice('ok', null, `Underlaget är skickat (nummer ${sent.id}). Status: ${STATUS[sent.status]}.`));
      announce('Underlaget är skickat.');
      await this.showSent();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.errors.showRefusal(error);
    }
  }

  /** What this committee has sent to the chosen district, with each one's status in words. */
  async showSent() {
    const districtId = value(this.district);
    if (!districtId) {
      this.sent.replaceChildren();
      return;
    }
    const name = this.district.control.selectedOptions[0].textContent;
    const list = await get(`/committees/${segment(districtId)}/contributions`);
    this.sent.replaceChildren(h('section', { 'aria-labelledby': 'skickat' },
      h('h2', { id: 'skickat' }, `Skickat underlag till ${name}`),
      list.length ? h('ul', {}, list.map((contribution) => h('li', { dataset: { contribution: String(contribution.id) } },
        `${contribution.year}, ${TERTIAL[contribution.period].toLowerCase()}: ${STATUS[contribution.status]} `
        + `(skickat ${dateTime(contribution.submittedAt)})`)))
        : h('p', {}, 'Inget underlag skickat ännu.')));
  }
}

function value(wrapper) {
  return wrapper.control.value.trim();
}
