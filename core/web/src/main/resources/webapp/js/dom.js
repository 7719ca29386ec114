// Building the page: elements from data with text set as text (never as HTML), so nothing a user wrote can
// become markup; and the form parts every page shares, each control with its label, hint and error tied to it.

let nextId = 0;

/** A unique id for tying a label, a hint or an error to its control. */
export function uniqueId(prefix = 'f') {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/**
 * An element: h('a', {href: '/x', class: 'button'}, 'Text', child). Attributes set as attributes, `on*` as
 * listeners, `dataset` and `aria` as objects; children are nodes, strings (as text), arrays, or null (skipped).
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (name === 'value' && 'value' in element) {
      element.value = value;
    } else if (name === 'checked' || name === 'selected') {
      element[name] = Boolean(value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) {
      append(element, child);
    } else {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
}

/** Replaces everything inside `element` with `children`. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A table inside a frame that scrolls sideways on a narrow screen (and can be scrolled with the keyboard). */
export function table(caption, headers, rows, options = {}) {
  const frameAttributes = { class: 'table-frame', tabindex: '0', role: 'region', 'aria-label': caption };
  return h('div', frameAttributes,
    h('table', { class: options.className },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, headers.map((header) => cellOf('th', header, { scope: 'col' })))),
      h('tbody', {}, rows)));
}

function cellOf(tag, content, attributes) {
  if (content && typeof content === 'object' && !(content instanceof Node) && !Array.isArray(content)) {
    return h(tag, { ...attributes, class: content.className }, content.text);
  }
  return h(tag, attributes, content);
}

/**
 * A table row whose first cell heads the row (unless `firstIsHeader` is false); a cell given as
 * {text, className} gets that class (e.g. 'number').
 */
export function row(cells, attributes = {}, firstIsHeader = true) {
  return h('tr', attributes, cells.map((cell, index) => (index === 0 && firstIsHeader
    ? cellOf('th', cell, { scope: 'row' }) : cellOf('td', cell, {}))));
}

/**
 * A labelled form field: {label, name, type ('text', 'textarea', 'select', 'number', 'date', 'month', 'password'),
 * value, hint, options: [[value, text]], required, autocomplete, optionalMark (false: no "(frivilligt)" for a
 * field that is needed only sometimes)}. Returns the wrapper; `.control` is the control,
 * `.showError(text)` / `.clearError()` put an error beside it, tied with aria-describedby and aria-invalid.
 */
export function field(spec) {
  const id = spec.id || uniqueId(spec.name || 'f');
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const control = controlOf(spec, id);
  const hint = spec.hint ? h('span', { class: 'hint', id: hintId }, spec.hint) : null;
  const error = h('span', { class: 'error', id: errorId, hidden: true });
  const wrapper = h('div', { class: 'field', dataset: { field: spec.name || '' } },
    h('label', { for: id }, spec.label, spec.required || spec.optionalMark === false ? null
      : h('span', { class: 'meta' }, ' (frivilligt)')),
    hint, error, control);
  const describedBy = () => [hint ? hintId : null, error.hidden ? null : errorId].filter(Boolean).join(' ');
  const updateDescription = () => {
    const value = describedBy();
    if (value) control.setAttribute('aria-describedby', value); else control.removeAttribute('aria-describedby');
  };
  updateDescription();
  wrapper.control = control;
  wrapper.showError = (text) => {
    error.textContent = text;
    error.hidden = false;
    wrapper.classList.add('field--invalid');
    control.setAttribute('aria-invalid', 'true');
    updateDescription();
  };
  wrapper.clearError = () => {
    error.textContent = '';
    error.hidden = true;
    wrapper.classList.remove('field--invalid');
    control.removeAttribute('aria-invalid');
    updateDescription();
  };
  return wrapper;
}

function controlOf(spec, id) {
  const common = { id, name: spec.name, required: spec.required, autocomplete: spec.autocomplete };
  if (spec.type === 'textarea') {
    return h('textarea', { ...common, rows: spec.rows || 4, value: spec.value ?? '' });
  }
  if (spec.type === 'select') {
    return h('select', common, (spec.options || []).map(([value, text]) =>
      h('option', { value, selected: String(spec.value ?? '') === String(value) }, text)));
  }
  return h('input', { ...common, type: spec.type || 'text', value: spec.value ?? '', min: spec.min, max: spec.max,
    inputmode: spec.inputmode, pattern: spec.pattern });
}

/** A checkbox with its label to the right. `.control` is the input. */
export function checkbox(spec) {
  const id = spec.id || uniqueId(spec.name || 'c');
  const control = h('input', { type: 'checkbox', id, name: spec.name, checked: spec.checked });
  const wrapper = h('div', { class: 'checkbox' }, control, h('label', { for: id }, spec.label));
  wrapper.control = control;
  return wrapper;
}

/**
 * A yes/no question: a fieldset whose legend is the question, with the radio buttons "Ja" and "Nej" and no answer
 * chosen. Shows its error like a field (`showError`, `clearError`); `.control` is the first button (the error
 * summary links to it); `.value()` is true, false or null (not answered).
 */
export function yesNo(spec) {
  const id = spec.id || uniqueId(spec.name || 'q');
  const errorId = `${id}-error`;
  const error = h('span', { class: 'error', id: errorId, hidden: true });
  const radio = (value, text) => {
    const control = h('input', { type: 'radio', id: `${id}-${value}`, name: spec.name, value });
    return h('div', { class: 'checkbox' }, control, h('label', { for: control.id }, text));
  };
  const yes = radio('ja', 'Ja');
  const no = radio('nej', 'Nej');
  const hint = spec.hint ? h('span', { class: 'hint', id: `${id}-hint` }, spec.hint) : null;
  const wrapper = h('fieldset', { class: 'field question', id, 'aria-describedby': hint ? `${id}-hint` : null },
    h('legend', {}, spec.legend), hint, error, h('div', { class: 'choices' }, yes, no));
  wrapper.control = yes.querySelector('input');
  wrapper.value = () => {
    const chosen = wrapper.querySelector('input:checked');
    return chosen ? chosen.value === 'ja' : null;
  };
  wrapper.showError = (text) => {
    error.textContent = text;
    error.hidden = false;
    wrapper.classList.add('field--invalid');
    wrapper.setAttribute('aria-describedby', [hint ? `${id}-hint` : null, errorId].filter(Boolean).join(' '));
  };
  wrapper.clearError = () => {
    error.textContent = '';
    error.hidden = true;
    wrapper.classList.remove('field--invalid');
    if (hint) wrapper.setAttribute('aria-describedby', `${id}-hint`); else wrapper.removeAttribute('aria-describedby');
  };
  return wrapper;
}

/**
 * The list of a form's errors at its top, each linking to its field; focused so a screen reader reads it.
 * `errors` is [{text, target (a field wrapper or null)}].
 */
export function errorSummary(errors) {
  const summary = h('div', { class: 'error-summary', tabindex: '-1', role: 'alert' },
    h('h2', {}, errors.length === 1 ? 'Det finns ett fel att rätta' : `Det finns ${errors.length} fel att rätta`),
    h('ul', {}, errors.map((error) => h('li', {}, error.target
      ? h('a', { href: `#${error.target.control.id}`, onclick: (event) => {
        event.preventDefault();
        error.target.control.focus();
      } }, error.text)
      : error.text))));
  return summary;
}

/** The Swedish label before text the platform writes in English (a health problem, a check's finding). */
export const TECHNICAL = 'Teknisk uppgift (engelska):';

/**
 * The platform's own technical text, shown as it is under a Swedish label (and marked as English for screen
 * readers): the pages translate their own words, not the server's diagnostics.
 */
export function technical(text) {
  return h('span', {}, `${TECHNICAL} `, h('span', { lang: 'en' }, text));
}

/** A message block: kind 'info', 'ok', 'warn' or 'error'. */
export function notice(kind, title, ...body) {
  return h('div', { class: `notice notice--${kind}`, role: kind === 'error' ? 'alert' : null },
    title ? h('h2', {}, title) : null, body.map((part) => (typeof part === 'string' ? h('p', {}, part) : part)));
}

/** Says something to screen-reader users without moving their focus (after a save, say). */
export function announce(text) {
  const region = document.getElementById('meddelanden');
  region.textContent = '';
  window.setTimeout(() => { region.textContent = text; }, 50);
}

/**
 * Runs an action of the page (a save, a switch) with the page marked busy: `<html data-ready>` is "false"
 * while it runs, so a test or an assistive tool knows when the page has settled again.
 */
export async function whileBusy(action) {
  const root = document.documentElement;
  root.dataset.ready = 'false';
  try {
    return await action();
  } finally {
    // A page the action went to (the login page after a lost session) says itself when it is drawn.
    if (!root.dataset.rendering) root.dataset.ready = 'true';
  }
}
