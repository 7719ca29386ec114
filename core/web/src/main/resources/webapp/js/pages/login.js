// Sign-in with the platform's users (the same realm as the API), then back to where the user was.

import { h, field, notice, errorSummary, whileBusy } from '../dom.js';
import { navigate, safeReturnPath } from '../main.js';
import * as session from '../session.js';

const REASONS = {
  utgangen: ['warn', 'Din inloggning har gått ut. Logga in igen för att fortsätta där du var.'],
  utloggad: ['ok', 'Du är utloggad.'],
};

export default {
  title: 'Logga in',
  access: 'public',
  async render(params, query) {
    const back = safeReturnPath(query.get('till'));
    const reason = REASONS[query.get('orsak')];
    const user = field({ label: 'Användarnamn', name: 'user', required: true, autocomplete: 'username' });
    const password = field({ label: 'Lösenord', name: 'password', type: 'password', required: true,
      autocomplete: 'current-password' });
    const errors = h('div', {});
    const form = h('form', { novalidate: true, onsubmit: (event) => {
      event.preventDefault();
      whileBusy(() => submit());
    } }, errors, user, password, h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Logga in')));

    async function submit() {
      errors.replaceChildren();
      user.clearError();
      password.clearError();
      const missing = [];
      if (!user.control.value.trim()) missing.push({ text: 'Skriv ditt användarnamn.', target: user });
      if (!password.control.value) missing.push({ text: 'Skriv ditt lösenord.', target: password });
      if (missing.length) {
        missing.forEach((error) => error.target.showError(error.text));
        show(errorSummary(missing));
        return;
      }
      try {
        await session.signIn(user.control.value.trim(), password.control.value);
        await navigate(back, true);
      } catch (error) {
        password.control.value = '';
        show(notice('error', 'Inloggningen misslyckades', error.status === 401
          ? 'Fel användarnamn eller lösenord.' : error.message));
      }
    }

    function show(content) {
      content.setAttribute('tabindex', '-1');
      errors.replaceChildren(content);
      content.focus();
    }

    return h('div', {},
      h('h1', {}, 'Logga in'),
      reason ? notice(reason[0], null, reason[1]) : null,
      h('p', { class: 'lead' }, 'Logga in med ditt användarkonto för VBE-plattformen för att redigera och följa upp '
        + 'nämndens handlingsplan eller för att arbeta som samordnare. Antagna och godkända planer kan alla läsa utan att logga in.'),
      form);
  },
};
