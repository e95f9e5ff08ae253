// Reviewer controls on the country page: a sign-in panel, and per criterion a form to change level, evidence,
// rationale and sources, with the conflict message (412), the history and the approval of another's finding.
import {PROBLEM} from './api.js';
import {el, message, replace} from './dom.js';
import {approveFinding, findingHistory, getFinding, saveFinding, session, signIn, signOut} from './findings.js';
import {date} from './format.js';
import {LEVEL_CODES, levelText, statusText} from './levels.js';
import {describe} from './page.js';

const SESSION_EVENT = 'lexgap:session';

export function signInPanel() {
  const panel = el('div', {class: 'signin-panel'});
  const render = () => {
    const current = session();
    if (current) {
      replace(panel, el('p', {}, `Signed in as ${current.username}${current.role ? ` (${current.role})` : ''}. `,
        el('button', {type: 'button', class: 'secondary', on: {click: () => { signOut(); announce(); }}}, 'Sign out')));
      return;
    }
    const status = el('div', {'aria-live': 'polite'});
    const form = el('form', {class: 'signin', 'aria-label': 'Reviewer sign-in'},
      el('div', {class: 'field'}, el('label', {for: 'signin-user'}, 'User name'),
        el('input', {id: 'signin-user', name: 'username', type: 'text', autocomplete: 'username', required: true})),
      el('div', {class: 'field'}, el('label', {for: 'signin-password'}, 'Password'),
        el('input', {id: 'signin-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true})),
      el('button', {type: 'submit'}, 'Sign in'));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      try {
        await signIn(form.elements.username.value, form.elements.password.value);
        announce();
      } catch (error) {
        replace(status, message(error.type === PROBLEM.unauthorized ? 'Wrong user name or password.'
          : error.unavailable ? 'Sign-in is not available on this server yet.' : describe(error), 'error'));
      }
    });
    replace(panel, el('p', {}, 'Reviewers sign in to change findings. Everyone else can read every finding.'), form, status);
  };
  document.addEventListener(SESSION_EVENT, render);
  render();
  return panel;
}

function announce() {
  document.dispatchEvent(new CustomEvent(SESSION_EVENT));
}

export function reviewPanel(cc, criterion) {
  const panel = el('div', {class: 'review'});
  const render = () => {
    if (!session()) {
      panel.hidden = true;
      replace(panel);
      return;
    }
    panel.hidden = false;
    const open = el('button', {type: 'button', class: 'secondary', 'aria-expanded': 'false'}, `Review ${criterion.id}`);
    open.addEventListener('click', () => openForm(cc, criterion, panel, open));
    replace(panel, open);
  };
  document.addEventListener(SESSION_EVENT, render);
  render();
  return panel;
}

async function openForm(cc, criterion, panel, opener) {
  const status = el('div', {class: 'review-status', 'aria-live': 'polite'});
  panel.append(status);
  let loaded;
  try {
    loaded = await getFinding(cc, criterion.id);
  } catch (error) {
    replace(status, message(error.unavailable ? 'Changing findings is not available on this server yet.' : describe(error), 'error'));
    return;
  }
  opener.setAttribute('aria-expanded', 'true');
  opener.hidden = true;
  const state = {etag: loaded.etag, finding: loaded.finding};
  const prefix = `review-${criterion.id}`;
  const current = loaded.finding || {level: criterion.level, evidence: (criterion.evidence || []).map(e => e.provision),
    rationale: criterion.rationale || '', sources: []};
  const level = el('select', {id: `${prefix}-level`, name: 'level', required: true},
    el('option', {value: ''}, 'Choose a level'),
    LEVEL_CODES.filter(code => code !== 'unknown').map(code => el('option', {value: code}, levelText(code))));
  level.value = current.level && current.level !== 'unknown' ? current.level : '';
  const reviewStatus = el('select', {id: `${prefix}-status`, name: 'status'},
    el('option', {value: 'draft'}, 'draft (not finished)'), el('option', {value: 'reviewed'}, 'reviewed (ready for approval)'));
  reviewStatus.value = current.status === 'reviewed' ? 'reviewed' : 'draft';
  const evidence = el('textarea', {id: `${prefix}-evidence`, name: 'evidence', rows: '3'}, lines(current.evidence));
  const rationale = el('textarea', {id: `${prefix}-rationale`, name: 'rationale', rows: '4'}, current.rationale || '');
  const sources = el('textarea', {id: `${prefix}-sources`, name: 'sources', rows: '2'}, lines(current.sources));
  const history = el('div', {class: 'history'});
  const who = el('p', {class: 'meta'});
  const describeState = () => replace(who, state.finding
    ? [`Status: ${statusText(state.finding.status)}`,
      state.finding.author && `written by ${[state.finding.author, ...(state.finding.coAuthors || [])].join(', ')}`,
      state.finding.updatedBy && state.finding.updatedBy !== state.finding.author && `last changed by ${state.finding.updatedBy}`,
      state.finding.approver && `approved by ${state.finding.approver}`].filter(Boolean).join(', ') + '.'
    : 'No reviewer has changed this finding yet: the form starts from the automatic result.');
  describeState();

  const form = el('form', {class: 'review-form', 'aria-label': `Review ${criterion.id}`},
    who,
    field(`${prefix}-level`, 'Level', level),
    field(`${prefix}-evidence`, 'Evidence: provision ids, one per line (for example de-stgb/s-232)', evidence),
    field(`${prefix}-rationale`, 'Rationale', rationale),
    field(`${prefix}-sources`, 'Sources: addresses or references, one per line', sources),
    field(`${prefix}-status`, 'Status', reviewStatus),
    el('div', {class: 'button-row'},
      el('button', {type: 'submit'}, 'Save finding'),
      el('button', {type: 'button', class: 'secondary', on: {click: showHistory}}, 'Show history'),
      el('button', {type: 'button', class: 'secondary', on: {click: approve}}, 'Approve this finding'),
      el('button', {type: 'button', class: 'secondary', on: {click: close}}, 'Close')),
    history);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = {level: level.value, evidence: split(evidence.value), rationale: rationale.value.trim(),
      sources: split(sources.value), status: reviewStatus.value};
    try {
      const saved = await saveFinding(cc, criterion.id, body, state.etag);
      state.etag = saved.etag || state.etag;
      state.finding = saved.finding || {...body, status: 'draft'};
      describeState();
      replace(status, message(`Saved ${criterion.id}: ${levelText(body.level)}.`, 'success'));
    } catch (error) {
      replace(status, saveError(error, reload));
    }
  });
  panel.append(form);
  level.focus();

  async function reload() {
    try {
      const fresh = await getFinding(cc, criterion.id);
      state.etag = fresh.etag;
      state.finding = fresh.finding;
      if (fresh.finding) {
        level.value = fresh.finding.level || level.value;
        evidence.value = lines(fresh.finding.evidence);
        rationale.value = fresh.finding.rationale || '';
        sources.value = lines(fresh.finding.sources);
        reviewStatus.value = fresh.finding.status === 'reviewed' ? 'reviewed' : 'draft';
      }
      describeState();
      replace(status, message('The form now shows the current version. Make your change again and save.', 'info'));
      level.focus();
    } catch (error) {
      replace(status, message(describe(error), 'error'));
    }
  }

  async function showHistory() {
    try {
      const entries = await findingHistory(cc, criterion.id);
      replace(history, el('h5', {}, `History of ${criterion.id}`), entries.length ? el('ol', {class: 'plain-list'}, entries.map(h => el('li', {},
        [h.version !== undefined && `version ${h.version}`, h.action, h.changedBy && `by ${h.changedBy}`, date(h.changedAt),
          h.after?.level && `level ${h.before?.level ? `${h.before.level} → ` : ''}${h.after.level}`,
          h.after?.status && statusText(h.after.status)].filter(Boolean).join(' · '),
        h.after?.rationale ? ` — ${h.after.rationale}` : ''))) : el('p', {}, 'No changes yet.'));
    } catch (error) {
      replace(history, message(error.unavailable ? 'The history is not available on this server yet.' : describe(error), 'error'));
    }
  }

  async function approve() {
    try {
      const approved = await approveFinding(cc, criterion.id, state.etag);
      state.etag = approved.etag || state.etag;
      state.finding = approved.finding || {...state.finding, status: 'approved'};
      describeState();
      replace(status, message(`${criterion.id} approved.`, 'success'));
    } catch (error) {
      replace(status, saveError(error, reload));
    }
  }

  function close() {
    form.remove();
    status.remove();
    opener.hidden = false;
    opener.setAttribute('aria-expanded', 'false');
    opener.focus();
  }
}

function saveError(error, reload) {
  if (error.type === PROBLEM.versionConflict) {
    return el('div', {class: 'message message-warning conflict', role: 'alert'},
      el('p', {}, 'Someone else changed this finding after you opened it, so your change was not saved. '
        + 'Your text is still in the form. Load the current version, compare, and save again.'),
      el('button', {type: 'button', on: {click: reload}}, 'Load the current version'));
  }
  if (error.type === PROBLEM.unauthorized) return message('Your sign-in has expired: sign in again.', 'error');
  if (error.type === PROBLEM.forbidden) return message(`You may not do this: ${error.detail || 'reviewers only'}.`, 'error');
  return message(error.unavailable ? 'Changing findings is not available on this server yet.' : describe(error), 'error');
}

function field(id, label, control) {
  return el('div', {class: 'field'}, el('label', {for: id}, label), control);
}

function lines(values) {
  return (values || []).map(v => (typeof v === 'string' ? v : v.provision || v.url || JSON.stringify(v))).join('\n');
}

function split(text) {
  return text.split(/[\n,]+/).map(s => s.trim()).filter(Boolean);
}
