// A decision of a meeting (the committee adopting a plan, kommunstyrelsen approving it): its fields and
// the status change that records it.

import { api, ApiError } from './api.js';
import { h, field } from './dom.js';
import { refresh } from './main.js';

/** The decision fields a meeting's decision needs (meetingDate, diaryNumber, paragraph). */
export function decisionFields(errors) {
  return {
    meetingDate: errors.register('meetingDate', field({ label: 'Sammanträdesdag', name: 'meetingDate', type: 'date', required: true })),
    diaryNumber: errors.register('diaryNumber', field({ label: 'Diarienummer', name: 'diaryNumber', required: true,
      hint: 'Till exempel 1.2.3-456/2027.' })),
    paragraph: errors.register('paragraph', field({ label: 'Paragraf i protokollet', name: 'paragraph', required: true,
      hint: 'Till exempel § 12.' })),
  };
}

/** Posts a status change with its decision; on success draws the page again and says `done`. */
export async function changeStatus(planPath, to, fields, errors, done) {
  errors.clear();
  const body = { to };
  const missing = [];
  for (const [name, wrapper] of Object.entries(fields)) {
    body[name] = wrapper.control.value.trim();
    if (!body[name]) missing.push({ path: name, text: 'Fyll i uppgiften.' });
  }
  if (missing.length) {
    errors.show(missing);
    return false;
  }
  try {
    await api('POST', `${planPath}/status`, { body });
    await refresh({ focus: true, announce: done });
    return true;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    errors.showRefusal(error);
    return false;
  }
}
