// Editing a committee's draft (its editors and the coordinator): lägesbild sections and incident counts,
// activities from the committee's catalogue or from scratch, in the order the plan shows them; saved as a
// whole with optimistic locking. Then: adopting the plan, and next year's revision from it.

import { api, get, segment, ApiError } from '../api.js';
import { h, field, checkbox, notice, announce, whileBusy } from '../dom.js';
import { FormErrors } from '../form-errors.js';
import { decisionFields, changeStatus } from '../decisions.js';
import { contributionsPanel } from '../contributions.js';
import { previousOutcome } from '../plan-view.js';
import { navigate, refresh, guardLeaving } from '../main.js';
import * as session from '../session.js';
import {
  AREA, PERIOD_LONG, ENVIRONMENT, SOURCE, INCIDENT_TYPE, PLACE_TYPE, TERTIAL, CLASSIFICATION_CHOICES, PLAN_STATUS,
  statusClass, problemMessage,
} from '../texts.js';

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export default {
  title: (params) => `Redigera handlingsplan ${params.year}`,
  access: 'editor',
  async render(params) {
    const id = params.committee;
    const year = Number(params.year);
    const planPath = `/committees/${segment(id)}/plans/${year}`;
    const [committee, catalogue, plans] = await Promise.all([get(`/committees/${segment(id)}`),
      get(`/committees/${segment(id)}/catalogue?limit=500&year=${year}`), get(`/committees/${segment(id)}/plans`)]);
    let loaded = null;
    try {
      loaded = await api('GET', planPath);
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 404) throw error;
    }
    const plan = loaded?.data;
    const header = [
      h('nav', { class: 'breadcrumbs', 'aria-label': 'Du är här' }, h('a', { href: '/' }, 'Översikt'), ' › ',
        h('a', { href: `/namnd/${id}/${year}` }, committee.name), ' › Redigera'),
      h('p', { class: 'meta' }, committee.name),
      h('h1', {}, plan ? `Redigera handlingsplan ${year}` : `Ny handlingsplan ${year}`),
    ];
    const nextYearTaken = plans.some((other) => other.year === year + 1);
    if (plan && plan.status !== 'DRAFT') {
      return h('div', { dataset: { title: `${committee.name}: handlingsplan ${year}, beslut och revidering` } }, header,
        decided(planPath, plan, id, nextYearTaken));
    }
    const editor = new PlanEditor(planPath, year, plan, loaded?.etag, catalogue);
    guardLeaving(() => editor.dirty);
    if (plan) editor.incidents.before(await reportFigures(id, year, planPath, editor));
    return h('div', { dataset: { title: `${committee.name}: ${plan ? 'redigera' : 'ny'} handlingsplan ${year}` } }, header,
      plan ? h('p', {}, 'Status: ', h('span', { class: statusClass(plan.status) }, PLAN_STATUS[plan.status]),
        ` · version ${plan.version}`) : h('p', { class: 'lead' }, 'Planen finns inte ännu. Fyll i och spara för att skapa utkastet.'),
      plan?.revisedFrom && !(plan.situationPicture?.incidents || []).length ? notice('warn', 'Ny lägesbild behövs',
        `Utkastet är reviderat från planen för ${plan.revisedFrom}: avsnitten är kvar men händelserna har inte förts `
        + 'över. Lägg in årets händelser och se över avsnitten. Vid varje aktivitet som förts över står hur det gick förra året.') : null,
      editor.element,
      plan ? await contributionsPanel(committee, year, editor) : null,
      plan ? adoptForm(planPath, editor) : null,
      plan ? revisionForm(planPath, id, year, nextYearTaken) : null);
  },
};

/** The form of the whole draft; saving replaces the draft (If-Match) or creates it. */
class PlanEditor {
  constructor(planPath, year, plan, etag, catalogue) {
    this.planPath = planPath;
    this.year = year;
    this.etag = etag;
    this.exists = Boolean(plan);
    this.catalogue = catalogue;
    // Whether the form holds changes not yet saved: leaving the page or adopting the plan asks first.
    this.dirty = false;
    const summarySlot = h('div', {});
    this.errors = new FormErrors(summarySlot);
    this.coordinatorRole = this.errors.register('coordinatorRole', field({ label: 'Ansvarig för samordningen',
      name: 'coordinatorRole', required: true, value: plan?.coordinatorRole ?? 'Samordnare mot våldsbejakande extremism',
      hint: 'Befattningen, inte en persons namn.' }));
    this.nextRevision = this.errors.register('nextRevision', field({ label: 'Nästa revidering', name: 'nextRevision',
      value: plan?.nextRevision, hint: 'Till exempel Tertialrapport 1 2027.' }));
    this.sections = h('div', {});
    this.incidents = h('div', {});
    this.activities = h('div', {});
    (plan?.situationPicture?.sections || []).forEach((section) => this.addSection(section));
    (plan?.situationPicture?.incidents || []).forEach((incident) => this.addIncident(incident));
    (plan?.activities || []).forEach((activity) => this.addActivity(activity));
    this.element = h('form', { novalidate: true, 'aria-label': 'Planens innehåll', oninput: () => { this.dirty = true; },
      onchange: () => { this.dirty = true; }, onsubmit: (event) => {
        event.preventDefault();
        whileBusy(() => this.save());
      } },
    summarySlot,
    this.coordinatorRole, this.nextRevision,
    h('h2', {}, 'Lägesbild'),
    this.sections,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => this.addSection({}, true) },
      'Lägg till avsnitt')),
    h('h3', {}, 'Händelser'),
    h('p', { class: 'hint' }, 'Antal rapporterade händelser per miljö, typ av händelse, källa, period och typ av plats. Uppgifter om enskilda personer skrivs aldrig in här.'),
    this.incidents,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => this.addIncident({}, true) },
      'Lägg till händelserad')),
    h('h2', {}, 'Aktiviteter'),
    this.activities,
    this.catalogueChooser(),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, this.exists ? 'Spara utkastet' : 'Skapa utkastet')));
  }

  addSection(section, focus = false) {
    const part = h('fieldset', { class: 'section-editor numbered' }, h('legend', {}, 'Avsnitt'));
    part.fields = {
      title: field({ label: 'Rubrik', name: 'sectionTitle', required: true, value: section.title }),
      text: field({ label: 'Text', name: 'sectionText', type: 'textarea', rows: 6, required: true, value: section.text,
        hint: 'Skriv aldrig personnummer eller namn på enskilda personer.' }),
      classification: field({ label: 'Vem får läsa avsnittet', name: 'classification', type: 'select', required: true,
        value: section.classification || 'CONFIDENTIAL', options: CLASSIFICATION_CHOICES }),
      legalGround: field({ label: 'Sekretessgrund', name: 'legalGround', value: section.legalGround,
        hint: 'För avsnitt med sekretess, till exempel OSL 18 kap. 1 §.' }),
    };
    part.append(...Object.values(part.fields), this.itemButtons(part, this.sections, 'avsnittet'));
    this.sections.append(part);
    this.added(part, focus);
  }

  addIncident(incident, focus = false) {
    const part = h('fieldset', { class: 'incident-editor numbered' }, h('legend', {}, 'Händelser'));
    part.fields = {
      environment: field({ label: 'Miljö', name: 'environment', type: 'select', required: true, value: incident.environment,
        options: Object.entries(ENVIRONMENT) }),
      type: field({ label: 'Typ av händelse', name: 'type', type: 'select', required: true,
        value: incident.type || 'OTHER', options: Object.entries(INCIDENT_TYPE) }),
      source: field({ label: 'Källa', name: 'source', type: 'select', required: true, value: incident.source,
        options: Object.entries(SOURCE) }),
      period: field({ label: 'Period', name: 'period', type: 'select', value: incident.period || '',
        options: Object.entries(TERTIAL) }),
      placeType: field({ label: 'Typ av plats', name: 'placeType', type: 'select', required: true,
        value: incident.placeType || 'OTHER', options: Object.entries(PLACE_TYPE) }),
      count: field({ label: 'Antal', name: 'count', type: 'number', required: true, min: 0, value: incident.count ?? 0,
        inputmode: 'numeric' }),
      classification: field({ label: 'Vem får läsa antalet', name: 'incidentClassification', type: 'select', required: true,
        value: incident.classification || 'CONFIDENTIAL', options: CLASSIFICATION_CHOICES }),
    };
    // The form has no field for a count's legal ground: keep the one it came with.
    part.legalGround = incident.legalGround;
    part.append(...Object.values(part.fields), this.itemButtons(part, this.incidents, 'händelseraden'));
    this.incidents.append(part);
    this.added(part, focus);
  }

  addActivity(activity, focus = false) {
    const part = h('fieldset', { class: 'activity-editor numbered' }, h('legend', {}, 'Aktivitet'));
    const ongoing = activity.schedule?.ongoing;
    // What the form does not edit (frequency, follow-up system, template) is sent back as it came, and so is the id:
    // the platform then updates the activity in place, keeping its follow-ups and its link to last year's activity.
    const kept = { ...activity };
    delete kept.followUps;
    delete kept.previousOutcome;
    part.original = kept;
    part.fields = {
      title: field({ label: 'Aktivitet', name: 'title', required: true, value: activity.title }),
      description: field({ label: 'Beskrivning', name: 'description', type: 'textarea', value: activity.description }),
      area: field({ label: 'Område', name: 'area', type: 'select', required: true, value: activity.area,
        options: Object.entries(AREA) }),
      responsible: field({ label: 'Ansvarig', name: 'responsible', type: 'textarea', rows: 2, required: true,
        value: (activity.responsible || []).join('\n'), hint: 'En befattning eller enhet per rad.' }),
      partners: field({ label: 'Samverkanspartner', name: 'partners', type: 'textarea', rows: 2,
        value: (activity.partners || []).join('\n'), hint: 'En per rad.' }),
      start: field({ label: 'Startmånad', name: 'start', value: ongoing ? '' : activity.schedule?.start, optionalMark: false,
        hint: 'ÅÅÅÅ-MM, till exempel 2027-01. Behövs inte för en löpande aktivitet.', inputmode: 'numeric' }),
      end: field({ label: 'Slutmånad', name: 'end', value: ongoing ? '' : activity.schedule?.end,
        hint: 'ÅÅÅÅ-MM.', inputmode: 'numeric' }),
    };
    part.ongoing = checkbox({ label: 'Löpande (ingen start- eller slutmånad)', name: 'ongoing', checked: ongoing });
    part.periods = Object.entries(PERIOD_LONG).map(([period, text]) =>
      [period, checkbox({ label: text, name: `followUpIn-${period}`, checked: (activity.followUpIn || []).includes(period) })]);
    const lastYear = previousOutcome(activity.previousOutcome);
    if (lastYear) part.append(lastYear);
    part.append(part.fields.title, part.fields.description, part.fields.area, part.fields.responsible,
      part.fields.partners, part.fields.start, part.fields.end, part.ongoing,
      h('fieldset', { class: 'periods' }, h('legend', {}, 'Följs upp i'), part.periods.map(([, box]) => box)),
      this.itemButtons(part, this.activities, 'aktiviteten'));
    this.activities.append(part);
    this.added(part, focus);
  }

  /** After a part was added: numbers again, marks the form changed, and (when asked) takes the focus there. */
  added(part, focus) {
    this.renumber();
    if (focus) {
      this.dirty = true;
      part.querySelector('input, select, textarea').focus();
    }
  }

  /** Move up, move down and remove, for a section, an incident row or an activity. */
  itemButtons(part, list, name) {
    const which = () => h('span', { class: 'visually-hidden item-name' });
    const move = (step, button) => {
      const siblings = [...list.children];
      const target = siblings[siblings.indexOf(part) + step];
      if (!target) return;
      if (step < 0) list.insertBefore(part, target); else list.insertBefore(target, part);
      this.dirty = true;
      this.renumber();
      button.focus();
      announce(`Flyttade ${name} till plats ${[...list.children].indexOf(part) + 1}.`);
    };
    const up = h('button', { type: 'button', class: 'secondary', onclick: () => move(-1, up) }, 'Flytta upp', which());
    const down = h('button', { type: 'button', class: 'secondary', onclick: () => move(1, down) }, 'Flytta ned', which());
    const remove = h('button', { type: 'button', class: 'danger', onclick: () => {
      const next = part.nextElementSibling || part.previousElementSibling;
      part.remove();
      this.dirty = true;
      this.renumber();
      (next ? next.querySelector('input, select, textarea') : list.nextElementSibling.querySelector('button')).focus();
      announce(`Tog bort ${name}. Ändringen sparas när du sparar utkastet.`);
    } }, `Ta bort ${name}`, which());
    return h('div', { class: 'actions' }, up, down, remove);
  }

  /** Numbers the legends and registers every field under its path in the document, after any change of order. */
  renumber() {
    this.errors.fields.clear();
    this.errors.register('coordinatorRole', this.coordinatorRole);
    this.errors.register('nextRevision', this.nextRevision);
    [...this.sections.children].forEach((part, index) => {
      this.number(part, `Avsnitt ${index + 1}`);
      this.registerAll(`situationPicture.sections[${index}]`, part.fields, 'title');
    });
    [...this.incidents.children].forEach((part, index) => {
      this.number(part, `Händelserad ${index + 1}`);
      this.registerAll(`situationPicture.incidents[${index}]`, part.fields, 'count');
    });
    [...this.activities.children].forEach((part, index) => {
      this.number(part, `Aktivitet ${index + 1}`);
      const path = `activities[${index}]`;
      this.registerAll(path, part.fields, 'title');
      this.errors.register(`${path}.schedule`, part.fields.start);
      this.errors.register(`${path}.schedule.start`, part.fields.start);
      this.errors.register(`${path}.schedule.end`, part.fields.end);
    });
  }

  /** The part's legend, and the same words in its buttons for screen readers ("Flytta upp, aktivitet 2"). */
  number(part, legend) {
    part.querySelector('legend').textContent = legend;
    part.querySelectorAll('.item-name').forEach((span) => { span.textContent = `, ${legend.toLowerCase()}`; });
  }

  registerAll(path, fields, main) {
    this.errors.register(path, fields[main]);
    Object.entries(fields).forEach(([name, wrapper]) => this.errors.register(`${path}.${name}`, wrapper));
  }

  catalogueChooser() {
    const choice = field({ label: 'Aktivitet ur nämndens katalog', name: 'template', type: 'select',
      options: [['', 'Välj en aktivitet …'], ...this.catalogue.map((template) => [template.id, template.title])],
      hint: 'Aktiviteten läggs till ifylld; du kan ändra allt innan du sparar.' });
    const fromCatalogue = () => {
      const template = this.catalogue.find((candidate) => candidate.id === choice.control.value);
      if (!template) {
        choice.showError('Välj en aktivitet i listan.');
        return;
      }
      choice.clearError();
      // the platform made the activity from the template for this plan's year (catalogue?year=)
      this.addActivity(template.activity, true);
      announce(`Lade till ${template.title}.`);
    };
    return h('div', { class: 'catalogue' }, choice,
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', onclick: fromCatalogue }, 'Lägg till från katalogen'),
        h('button', { type: 'button', class: 'secondary', onclick: () => this.addActivity({ followUpIn: ['ANNUAL_REPORT'] }, true) },
          'Lägg till ny aktivitet')));
  }

  /** The document to send, and the errors the form can see without asking the platform. */
  read() {
    const errors = [];
    const value = (wrapper) => wrapper.control.value.trim();
    const lines = (wrapper) => wrapper.control.value.split('\n').map((line) => line.trim()).filter(Boolean);
    const required = (path, wrapper, text) => {
      if (!value(wrapper)) errors.push({ path, text });
    };
    required('coordinatorRole', this.coordinatorRole, 'Ange vem som ansvarar för samordningen.');
    const sections = [...this.sections.children].map((part, index) => {
      const path = `situationPicture.sections[${index}]`;
      required(`${path}.title`, part.fields.title, 'Ange en rubrik.');
      required(`${path}.text`, part.fields.text, 'Skriv avsnittets text.');
      const classification = value(part.fields.classification);
      return { title: value(part.fields.title), text: part.fields.text.control.value, classification,
        legalGround: classification === 'CONFIDENTIAL' && value(part.fields.legalGround) ? value(part.fields.legalGround) : undefined };
    });
    const incidents = [...this.incidents.children].map((part, index) => {
      const count = Number(value(part.fields.count));
      if (!Number.isInteger(count) || count < 0 || value(part.fields.count) === '') {
        errors.push({ path: `situationPicture.incidents[${index}].count`, text: 'Ange antalet som ett heltal, 0 eller mer.' });
      }
      return { environment: value(part.fields.environment), type: value(part.fields.type),
        source: value(part.fields.source), period: value(part.fields.period) || undefined,
        placeType: value(part.fields.placeType), count, classification: value(part.fields.classification),
        legalGround: value(part.fields.classification) === 'CONFIDENTIAL' ? part.legalGround : undefined };
    });
    const activities = [...this.activities.children].map((part, index) => {
      const path = `activities[${index}]`;
      required(`${path}.title`, part.fields.title, 'Ange aktiviteten.');
      if (!lines(part.fields.responsible).length) errors.push({ path: `${path}.responsible`, text: 'Ange minst en ansvarig.' });
      const ongoing = part.ongoing.control.checked;
      for (const name of ['start', 'end']) {
        const month = value(part.fields[name]);
        if (!ongoing && month && !YEAR_MONTH.test(month)) {
          errors.push({ path: `${path}.schedule.${name}`, text: 'Skriv månaden som ÅÅÅÅ-MM, till exempel 2027-03.' });
        }
      }
      if (!ongoing && !value(part.fields.start)) {
        errors.push({ path: `${path}.schedule.start`, text: 'Ange startmånad, eller markera aktiviteten som löpande.' });
      }
      return {
        ...part.original,
        title: value(part.fields.title),
        description: part.fields.description.control.value.trim() || undefined,
        area: value(part.fields.area),
        responsible: lines(part.fields.responsible),
        partners: lines(part.fields.partners),
        schedule: ongoing ? { ongoing: true } : { start: value(part.fields.start), end: value(part.fields.end) || undefined },
        followUpIn: part.periods.filter(([, box]) => box.control.checked).map(([period]) => period),
      };
    });
    const document = { coordinatorRole: value(this.coordinatorRole), nextRevision: value(this.nextRevision) || undefined,
      situationPicture: { sections, incidents }, activities };
    return { document, errors };
  }

  async save() {
    this.errors.clear();
    const { document, errors } = this.read();
    if (errors.length) {
      this.errors.show(errors);
      return;
    }
    try {
      const saved = await api('PUT', this.planPath, { body: document, ifMatch: this.exists ? this.etag : undefined });
      this.etag = saved.etag;
      this.dirty = false;
      if (!this.exists) {
        await refresh({ focus: true, announce: 'Utkastet är skapat.' });
        return;
      }
      this.errors.slot.replaceChildren(notice('ok', null, `Utkastet är sparat (version ${saved.data.version}).`));
      announce('Utkastet är sparat.');
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 412) {
        this.errors.showMessage([h('p', {}, problemMessage(412)), h('button', { type: 'button', onclick: () => {
          this.dirty = false;
          refresh({ focus: true });
        } }, 'Ladda om planen')]);
      } else {
        this.errors.showRefusal(error);
      }
    }
  }
}

/**
 * The accepted incident reports of the plan's year beside the counts: how many, and a button that takes those not
 * yet taken over into the lägesbild (each once) — after the editor's own changes are saved, since it writes the plan.
 */
async function reportFigures(committeeId, year, planPath, editor) {
  let figures;
  try {
    figures = await get(`/committees/${segment(committeeId)}/incident-reports/figures?year=${year}`);
  } catch (error) {
    // The editor works without the reports: say so beside the figures instead of failing the whole page.
    if (!(error instanceof ApiError)) throw error;
    return notice('warn', null, `De godkända rapporterna kunde inte hämtas just nu (${error.message}).`);
  }
  const slot = h('div', { 'aria-live': 'polite' });
  const takeOver = async () => {
    if (editor.dirty) {
      slot.replaceChildren(notice('warn', null, 'Spara utkastet först: att ta över rapporterna ändrar planen.'));
      return;
    }
    try {
      await api('POST', `${planPath}/situation/report-figures`, { ifMatch: editor.etag });
      await refresh({ focus: true, announce: `${figures.notTakenOver} godkända rapporter är övertagna i lägesbilden.` });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      slot.replaceChildren(notice('error', null, error.status === 409
        ? 'Det finns inga godkända rapporter kvar att ta över, eller planen är inte ett utkast.' : error.message));
    }
  };
  return h('section', { class: 'report-figures', 'aria-labelledby': 'godkanda-rapporter' },
    h('h4', { id: 'godkanda-rapporter' }, `${figures.accepted} ${figures.accepted === 1 ? 'godkänd rapport'
      : 'godkända rapporter'} denna period`),
    h('p', {}, figures.notTakenOver
      ? `${figures.notTakenOver} av dem finns ännu inte med bland händelserna nedan. Ta över lägger till dem, en gång var.`
      : 'Alla godkända rapporter finns med bland händelserna.', ' ',
    h('a', { href: `/namnd/${committeeId}/rapporter` }, 'Granska inkomna rapporter')),
    figures.notTakenOver ? h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary',
      onclick: () => whileBusy(() => takeOver()) }, 'Ta över')) : null,
    slot);
}

function adoptForm(planPath, editor) {
  const slot = h('div', {});
  const errors = new FormErrors(slot);
  const fields = decisionFields(errors);
  return h('section', { 'aria-labelledby': 'anta' }, h('h2', { id: 'anta' }, 'Anta planen'),
    h('p', {}, 'När nämnden har antagit planen: fyll i beslutet. Spara först dina ändringar i utkastet.'),
    h('form', { novalidate: true, onsubmit: (event) => {
      event.preventDefault();
      if (editor.dirty) {
        errors.showMessage(h('p', {}, 'Utkastet har ändringar som inte är sparade. Spara utkastet först, så att '
          + 'nämnden antar den plan du ser.'));
        return;
      }
      whileBusy(() => changeStatus(planPath, 'ADOPTED', fields, errors, 'Planen är antagen.'));
    } }, slot, Object.values(fields), h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Anta planen'))));
}

function revisionForm(planPath, committeeId, year, nextYearTaken) {
  if (nextYearTaken) {
    return h('section', { 'aria-labelledby': 'revision' }, h('h2', { id: 'revision' }, `Plan för ${year + 1}`),
      h('p', {}, h('a', { href: `/namnd/${committeeId}/${year + 1}` }, `Nämnden har redan en plan för ${year + 1}.`)));
  }
  const slot = h('div', {});
  const includeCancelled = checkbox({ label: 'Ta med aktiviteter som ställts in i år', name: 'includeCancelled' });
  return h('section', { 'aria-labelledby': 'revision' }, h('h2', { id: 'revision' }, `Revidera inför ${year + 1}`),
    h('p', {}, `Skapar ett utkast för ${year + 1} från den här planen: aktiviteterna med tidplanen ett år framåt och `
      + 'årets uppföljning bredvid (status på föregående års åtgärder), lägesbildens avsnitt men inte händelserna, '
      + 'eftersom en ny lägesbild behövs.'),
    slot, includeCancelled,
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => whileBusy(async () => {
      try {
        const cancelled = includeCancelled.control.checked;
        await api('POST', `${planPath}/revision${cancelled ? '?includeCancelled=true' : ''}`);
        await navigate(`/namnd/${committeeId}/${year + 1}/redigera`);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        slot.replaceChildren(notice('error', null, error.message));
      }
    }) }, `Starta planen för ${year + 1}`)));
}

/** A plan that is adopted, approved or archived: its decisions are made elsewhere; it can go back to draft. */
function decided(planPath, plan, committeeId, nextYearTaken) {
  const mayReopen = (plan.status === 'ADOPTED') || (plan.status === 'APPROVED' && session.isCoordinator());
  const slot = h('div', {});
  return h('div', {},
    notice('info', null, h('p', {}, 'Planen är ', h('span', { class: statusClass(plan.status) }, PLAN_STATUS[plan.status].toLowerCase()),
      ' och kan inte redigeras. ', mayReopen ? 'Återför den till utkast för att ändra den; allmänheten ser den beslutade versionen under tiden.' : '')),
    h('p', {}, h('a', { href: `/namnd/${committeeId}/${plan.year}` }, 'Läs planen'),
      plan.status === 'ARCHIVED' ? null
        : [' · ', h('a', { href: `/namnd/${committeeId}/${plan.year}/uppfoljning` }, 'Rapportera uppföljning')]),
    mayReopen ? h('div', {}, slot, h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary',
      onclick: () => whileBusy(async () => {
        try {
          await api('POST', `${planPath}/status`, { body: { to: 'DRAFT' } });
          await refresh({ focus: true, announce: 'Planen är återförd till utkast.' });
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          slot.replaceChildren(notice('error', null, error.message));
        }
      }) }, 'Återför till utkast'))) : null,
    revisionForm(planPath, committeeId, plan.year, nextYearTaken));
}
