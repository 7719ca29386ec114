// A committee's module (its OSGi bundle), for its deployer and the coordinator: what is installed, a JAR or KAR
// checked first in a dry run (every check with its outcome), then installed; the previous version put back, or
// the module removed, each after a confirmation. The platform runs every check again on the real install.

import { api, get, upload, segment, ApiError } from '../api.js';
import { h, field, notice, table, row, errorSummary, announce, whileBusy, technical, TECHNICAL } from '../dom.js';
import { committees } from '../committees.js';
import { DEPLOY_CHECK, BUNDLE_STATE } from '../texts.js';

const TYPES = { jar: 'application/java-archive', kar: 'application/zip' };

export default {
  title: 'Nämndens modul',
  access: 'deployer',
  async render(params) {
    const id = params.committee;
    const [list, installed] = await Promise.all([committees().catch(() => []),
      get(`/admin/committees/${segment(id)}/bundle`)]);
    const name = list.find((committee) => committee.id === id)?.name || id;
    const page = new ModulePage(id, name, installed);
    return h('div', { dataset: { title: `${name}: nämndens modul` } },
      h('nav', { class: 'breadcrumbs', 'aria-label': 'Du är här' }, h('a', { href: '/' }, 'Översikt'), ' › ',
        h('a', { href: `/namnd/${id}` }, name), ' › ', 'Nämndens modul'),
      h('p', { class: 'meta' }, name),
      h('h1', {}, 'Nämndens modul'),
      h('p', { class: 'lead' }, 'Modulen är nämndens paket (OSGi-bundle) med aktivitetskatalogen och de lokala reglerna. '
        + 'Kontrollera en ny version med en provkörning innan du installerar den: plattformen visar varje kontroll.'),
      page.installedSection, page.uploadSection(), page.result, page.manageSection);
  },
};

class ModulePage {
  constructor(id, name, installed) {
    this.id = id;
    this.name = name;
    this.path = `/admin/committees/${segment(id)}/bundle`;
    this.installedSection = h('section', { 'aria-labelledby': 'installerad' });
    this.manageSection = h('section', { 'aria-labelledby': 'hantera' });
    this.result = h('div', { 'aria-live': 'polite' });
    this.draw(installed);
  }

  draw(installed) {
    this.installedSection.replaceChildren(h('h2', { id: 'installerad' }, 'Installerad modul'), facts(installed));
    this.manageSection.replaceChildren(h('h2', { id: 'hantera' }, 'Återställ eller ta bort'), ...this.manageActions(installed));
  }

  uploadSection() {
    this.errors = h('div', {});
    this.file = field({ label: 'Modulens fil', name: 'modul', type: 'file', required: true,
      hint: 'En JAR-fil (.jar) eller en KAR-fil (.kar) med nämndens paket, byggd mot plattformens API.' });
    this.file.control.setAttribute('accept', '.jar,.kar');
    this.confirmation = h('div', { 'aria-live': 'polite' });
    const install = h('button', { type: 'button', onclick: () => this.confirmInstall(install) }, 'Installera');
    return h('section', { 'aria-labelledby': 'ny-version' }, h('h2', { id: 'ny-version' }, 'Ladda upp en ny version'),
      this.errors, this.file,
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', onclick: () => whileBusy(() => this.send(true)) },
          'Kontrollera (provkörning)'),
        install),
      this.confirmation);
  }

  /** The chosen file and its Content-Type, or null after saying what is wrong. */
  chosen() {
    this.file.clearError();
    this.errors.replaceChildren();
    const file = this.file.control.files[0];
    const type = file && TYPES[(file.name.split('.').pop() || '').toLowerCase()];
    if (!type) {
      const text = file ? 'Filen måste sluta på .jar eller .kar.' : 'Välj modulens fil.';
      this.file.showError(text);
      this.showErrors([{ text: `Modulens fil: ${text}`, target: this.file }]);
      return null;
    }
    return { file, type };
  }

  confirmInstall(button) {
    const chosen = this.chosen();
    if (!chosen) return;
    this.ask(button, `Vill du installera ${chosen.file.name} som ${this.name}s modul? Den version som är installerad nu `
      + 'sparas, så att du kan återställa den.', 'Ja, installera', () => this.send(false));
  }

  async send(dryRun) {
    const chosen = this.chosen();
    if (!chosen) return;
    this.result.replaceChildren();
    try {
      const report = (await upload('PUT', `${this.path}${dryRun ? '?dryRun=true' : ''}`, chosen.file, chosen.type)).data;
      const what = `${report.symbolicName} ${report.version}`;
      const said = dryRun ? `Provkörningen gick igenom: ${what} klarar alla kontroller. Inget är installerat ännu.`
        : `${what} är installerad och nämnden är i drift.`;
      this.result.replaceChildren(notice('ok', null, said), checkTable(report.checks));
      if (!dryRun) this.draw(await get(this.path));
      announce(said);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.refused(error);
    }
  }

  /** A refusal: the check that refused named in the summary, and every check that ran below it. */
  refused(error) {
    const check = error.problem.check;
    const text = check ? `Kontrollen ”${DEPLOY_CHECK[check] || check}” underkände modulen. ${TECHNICAL} ${error.detail}`
      : busyOrMessage(error);
    this.showErrors([{ text, target: null }]);
    const checks = error.problem.report?.checks;
    if (checks?.length) this.result.replaceChildren(checkTable(checks));
  }

  showErrors(errors) {
    const summary = errorSummary(errors);
    this.errors.replaceChildren(summary);
    summary.focus();
  }

  manageActions(installed) {
    const slot = h('div', { 'aria-live': 'polite' });
    const buttons = [];
    if (installed.previousVersion) {
      const back = h('button', { type: 'button', class: 'secondary', onclick: () => this.ask(back,
        `Vill du återställa version ${installed.previousVersion}? Den version som är installerad nu ersätts.`,
        'Ja, återställ', () => this.manage(slot, 'POST', '/rollback',
          `Version ${installed.previousVersion} är återställd.`), slot) }, 'Återställ föregående version');
      buttons.push(back);
    }
    if (installed.symbolicName) {
      const remove = h('button', { type: 'button', class: 'danger', onclick: () => this.ask(remove,
        `Vill du ta bort ${this.name}s modul? Nämnden går ur drift; planerna finns kvar och modulen sparas så att `
          + 'den kan återställas.', 'Ja, ta bort modulen', () => this.manage(slot, 'DELETE', '',
          'Modulen är borttagen. Planerna finns kvar.'), slot) }, 'Ta bort modulen');
      buttons.push(remove);
    }
    if (!buttons.length) return [h('p', {}, 'Ingen modul är installerad och ingen tidigare version är sparad.')];
    return [slot, h('div', { class: 'actions' }, buttons)];
  }

  async manage(slot, method, suffix, said) {
    try {
      const now = (await api(method, `${this.path}${suffix}`)).data;
      this.draw(now);
      this.manageSection.querySelector('[aria-live]')?.replaceChildren(notice('ok', null, said));
      const heading = this.installedSection.querySelector('h2');
      heading.setAttribute('tabindex', '-1');
      heading.focus();
      announce(said);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      slot.replaceChildren(notice('error', null, error.problem.check
        ? `Kontrollen ”${DEPLOY_CHECK[error.problem.check] || error.problem.check}” underkände. ${TECHNICAL} ${error.detail}`
        : busyOrMessage(error)));
    }
  }

  /** A confirmation beside the action: yes runs it (busy), cancel goes back to the button. */
  ask(button, question, yesText, action, where = this.confirmation) {
    const yes = h('button', { type: 'button', onclick: () => whileBusy(async () => {
      where.replaceChildren();
      await action();
    }) }, yesText);
    where.replaceChildren(h('div', { class: 'notice notice--warn', role: 'group', 'aria-label': 'Bekräfta' },
      h('p', {}, question),
      h('div', { class: 'actions' }, yes, h('button', { type: 'button', class: 'secondary', onclick: () => {
        where.replaceChildren();
        button.focus();
      } }, 'Avbryt'))));
    yes.focus();
  }
}

/** A 409 without a check is another deployment running on the node; anything else as the API's refusal says. */
function busyOrMessage(error) {
  return error.status === 409 ? 'En annan modul installeras just nu på plattformen. Försök igen om en stund.'
    : error.message;
}

function facts(installed) {
  if (!installed.symbolicName) {
    return h('p', {}, `Ingen modul är installerad. ${installed.previousVersion
      ? `Version ${installed.previousVersion} är sparad och kan återställas.` : ''}`.trim());
  }
  return h('dl', { class: 'facts' },
    h('dt', {}, 'Paket'), h('dd', {}, installed.symbolicName),
    h('dt', {}, 'Version'), h('dd', {}, installed.version),
    h('dt', {}, 'Läge'), h('dd', {}, BUNDLE_STATE[installed.state] || installed.state),
    h('dt', {}, 'Nämnden'), h('dd', {}, installed.online ? 'I drift' : 'Ur drift'),
    h('dt', {}, 'Föregående version'), h('dd', {}, installed.previousVersion || 'Ingen sparad'));
}

function checkTable(checks) {
  return table('Kontrollerna', ['Kontroll', 'Utfall', 'Vad plattformen fann'], checks.map((check) => row([
    DEPLOY_CHECK[check.name] || check.name, check.passed ? 'Godkänd' : 'Underkänd', check.detail ? technical(check.detail) : '–'])));
}
