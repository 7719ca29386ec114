// Ties the API's refusals to the form: every field registers under the JSON path the API names (activities[2].title),
// and a 422 is shown beside the field it is about, with a summary at the top of the form linking to it.

import { h, errorSummary } from './dom.js';

export class FormErrors {
  /** @param {Element} summarySlot where the summary of errors goes (at the top of the form) */
  constructor(summarySlot) {
    this.slot = summarySlot;
    this.fields = new Map();
  }

  /** Registers a field wrapper (from dom.field) under the API's path for it; returns the wrapper. */
  register(path, wrapper) {
    this.fields.set(path, wrapper);
    return wrapper;
  }

  clear() {
    this.fields.forEach((wrapper) => wrapper.clearError());
    this.slot.replaceChildren();
  }

  /** Shows [{path, text}] beside their fields and in the summary, and moves focus to the summary. */
  show(errors) {
    const listed = errors.map((error) => {
      const target = this.fieldFor(error.path);
      if (target) target.showError(error.text);
      return { text: target ? `${labelOf(target)}: ${error.text}` : error.text, target };
    });
    const summary = errorSummary(listed);
    this.slot.replaceChildren(summary);
    summary.focus();
  }

  /** Shows an ApiError: beside its field when it names one, otherwise as a message at the top of the form. */
  showApiError(error) {
    this.show([{ path: error.field, text: error.message }]);
  }

  /** Shows any refusal of the API: a 422 (or 400) beside its field, anything else as a message at the top. */
  showRefusal(error) {
    if (error.status === 422 || error.status === 400) this.showApiError(error);
    else this.showMessage(h('p', {}, error.message));
  }

  /** Shows a message that is not about one field (a 412, a 409) at the top of the form. */
  showMessage(content) {
    const message = h('div', { class: 'notice notice--error', role: 'alert', tabindex: '-1' }, content);
    this.slot.replaceChildren(message);
    message.focus();
  }

  // The field registered for the path, or for the nearest enclosing path (activities[0].schedule for
  // activities[0].schedule.end, activities[0] for a whole activity).
  fieldFor(path) {
    let candidate = path;
    while (candidate) {
      if (this.fields.has(candidate)) return this.fields.get(candidate);
      const cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
      candidate = cut > 0 ? candidate.slice(0, cut) : null;
    }
    return null;
  }
}

// The field's label, after the legend of the part it belongs to when there are several alike ("Aktivitet 2 – Rubrik").
function labelOf(wrapper) {
  if (wrapper.matches('fieldset.question')) return wrapper.querySelector('legend').textContent.trim();
  const label = wrapper.querySelector('label');
  const text = label ? label.firstChild.textContent.trim() : '';
  const part = wrapper.closest('fieldset.numbered');
  return part ? `${part.querySelector('legend').textContent} – ${text}` : text;
}
