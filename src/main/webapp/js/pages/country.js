// One country: scores and chart, treaty status, national law, court decisions, what monitoring bodies found, and
// each criterion with level, status, evidence, rationale and what illustrates it. Signed-in reviewers change
// findings (see review.js).
import {getJson} from '../api.js';
import {barChart} from '../chart.js';
import {el, externalLink, facts, hidden, message, replace} from '../dom.js';
import {date, languageName, score, textStatus, words} from '../format.js';
import {levelClass, levelText, statusText} from '../levels.js';
import {instruments, orElse} from '../lookup.js';
import {load, provisionUrl, query, section, title} from '../page.js';
import {decisionItem, illustrations, observationItem} from '../records.js';
import {reviewPanel, signInPanel} from '../review.js';

load(async () => {
  const code = (query().cc || '').toUpperCase();
  const view = document.getElementById('country-view');
  if (!/^[A-Z]{2}$/.test(code)) {
    title('Country not found');
    replace(view, message('Give a two-letter country code in the address, for example country.html?cc=DE.', 'error'));
    return;
  }
  const [profile, assessment, instrumentMap, decisions, observations] = await Promise.all([
    getJson(`countries/${code}`), getJson(`countries/${code}/assessment`), orElse(instruments(), new Map()),
    orElse(getJson('cases', {country: code}), null), orElse(getJson(`countries/${code}/observations`), null)]);
  const country = profile.country;
  title(`${country.name} (${country.code})`);
  const coverage = assessment.coverage || {};
  replace(view,
    country.nativeName ? el('p', {class: 'subtitle', lang: country.officialLanguages?.[0] || null}, country.nativeName) : null,
    el('p', {}, 'Overall score: ', el('span', {class: 'score-big'}, score(assessment.score)),
      ` against checklist ${assessment.checklist?.id} ${assessment.checklist?.version || ''}`),
    facts([
      ['Criteria scored', `${coverage.scored ?? '?'} of ${coverage.criteria ?? '?'} (${coverage.unknown ?? '?'} unknown)`],
      ['Reviewed / approved', `${coverage.reviewed ?? 0} / ${coverage.approved ?? 0}`],
      ['Evidence not yet checked against its source', coverage.unverified],
      ['This profile holds', holdings(profile.contents)],
      ['OSCE', words(country.osce)],
      ['Council of Europe member', country.coe ? 'yes' : 'no'],
      ['EU member', country.eu ? 'yes' : 'no'],
      ['Legal system', country.legalSystem],
      ['Official languages', (country.officialLanguages || []).map(languageName).join(', ')],
    ]),
    scores(assessment),
    treaties(country.treaties || [], instrumentMap),
    statutes(profile.statutes || []),
    decisionsSection(decisions, country.name),
    observationsSection(observations, country.name),
    section('Reviewers', 'reviewers', signInPanel()),
    findings(assessment),
    gaps(assessment.gaps || []),
    section('How the score is computed', 'formula', el('p', {}, assessment.formula)));
  revealHash();
});

/** What the profile holds of the offence, jurisdiction rules and a transplantation law, in words. */
function holdings(contents) {
  if (!contents) return null;
  const said = {verified: 'verified', unverified: 'not yet verified', 'documented-gap': 'not covered (a cited provision shows the gap)',
    missing: 'not found (unknown)'};
  return [['THB/OR offence', contents.thbOrOffence], ['jurisdiction rules', contents.jurisdiction],
    ['transplantation law', contents.transplantLaw]].map(([part, holding]) => `${part}: ${said[holding] || holding}`)
    .join('; ');
}

function scores(assessment) {
  const areas = assessment.areas || [];
  return section('Scores by area', 'scores',
    barChart(areas.map(a => ({label: a.title, value: a.score ?? null})), `Area scores of ${assessment.countryName}`),
    el('table', {},
      el('caption', {}, 'Area scores (the same figures as the chart)'),
      el('thead', {}, el('tr', {}, ['Area', 'Score', 'Criteria scored'].map(h => el('th', {scope: 'col'}, h)))),
      el('tbody', {}, areas.map(a => el('tr', {}, el('th', {scope: 'row'}, a.title), el('td', {}, score(a.score)),
        el('td', {}, `${a.scored} of ${a.criteria}`))))));
}

function treaties(list, instrumentMap) {
  return section('Treaty status', 'treaties', list.length ? el('table', {},
    el('thead', {}, el('tr', {}, ['Treaty', 'Status', 'Signature', 'Ratification', 'In force', 'Source and notes']
      .map(h => el('th', {scope: 'col'}, h)))),
    el('tbody', {}, list.map(t => el('tr', {},
      el('th', {scope: 'row'}, instrumentMap.get(t.treaty)?.shortTitle || t.treaty),
      el('td', {}, words(t.status), t.verified ? '' : ' (not verified)'),
      el('td', {}, date(t.signature)), el('td', {}, date(t.ratification)), el('td', {}, date(t.entryIntoForce)),
      el('td', {}, externalLink(t.source, 'source'), t.note ? ` ${t.note}` : '')))))
    : el('p', {}, 'No treaty status is recorded.'));
}

/** For a repealed or replaced statute: until when it applied, and what replaced it; the engine no longer reads it. */
function validUntil(s) {
  if (!s.validUntil) return '';
  return ` until ${date(s.validUntil)} (no longer in force${s.replacedBy ? `; replaced by ${s.replacedBy}` : ''}, not used as evidence)`;
}

function statutes(list) {
  return section('National law in the corpus', 'statutes', list.length ? list.map(s => el('div', {class: 'statute'},
    el('h3', {}, s.titleEn ? `${s.titleEn} (${s.citation || s.id})` : s.title, ' ', el('span', {lang: s.language || null}, s.titleEn ? `· ${s.title}` : '')),
    el('p', {class: 'meta'}, `${words(s.kind)} · valid from ${date(s.validFrom) || 'unknown'}${validUntil(s)} · ${languageName(s.language)}, ${textStatus(s.textStatus)} · `,
      externalLink(s.source, 'source')),
    (s.provisions || []).length ? el('ul', {class: 'plain-list'}, s.provisions.map(p => el('li', {},
      el('a', {href: provisionUrl(p.id)}, `${s.citation || s.id} ${p.number}: ${p.headingEn || p.heading}`))))
      : el('p', {}, 'No provision of this statute could be read in a source yet; see the note below.'),
    (s.amendments || []).length ? el('div', {class: 'amendments'}, el('h4', {}, 'Amendments'),
      el('ul', {class: 'plain-list'}, s.amendments.map(a => el('li', {},
        `${a.citation}${a.inForce ? ` (in force ${date(a.inForce)})` : ''}: ${a.summary} `,
        a.verified ? null : el('span', {class: 'badge'}, 'unverified'), ' ', externalLink(a.source, 'source'))))) : null,
    s.note ? el('details', {}, el('summary', {}, 'Note on the sources'), el('p', {}, s.note)) : null))
    : el('p', {}, 'No national provisions are in the corpus yet.'));
}

function decisionsSection(list, name) {
  return section('Decisions', 'decisions',
    el('p', {}, `Court decisions concerning ${name} (for the European Court of Human Rights, judgments against it). `
      + 'They show how the law was applied; they are not evidence of a level.'),
    list === null ? message('The list of decisions could not be loaded.', 'warning')
      : list.length ? el('ul', {class: 'plain-list'}, list.map(decisionItem))
        : el('p', {}, 'No court decision concerning this State is in the corpus yet.'));
}

function observationsSection(answer, name) {
  const list = answer?.observations;
  return section('What monitoring bodies found', 'observations',
    el('p', {}, `What GRETA, the US Trafficking in Persons report, UN treaty bodies and others said about the law of ${name}, `
      + 'in our own words. An observation never replaces law as evidence of a level.'),
    !list ? message('The observations could not be loaded.', 'warning')
      : list.length ? el('ul', {class: 'plain-list'}, list.map(o => observationItem(o, true)))
        : el('p', {}, 'No observation of a monitoring body on this State is in the corpus yet.'));
}

function findings(assessment) {
  const byArea = new Map((assessment.areas || []).map(a => [a.id, {title: a.title, items: []}]));
  for (const c of assessment.criteria || []) {
    if (!byArea.has(c.area)) byArea.set(c.area, {title: c.area, items: []});
    byArea.get(c.area).items.push(c);
  }
  return section('Criteria', 'criteria', [...byArea.entries()].map(([id, area]) => el('section', {'aria-labelledby': `area-${id}`},
    el('h3', {id: `area-${id}`}, area.title),
    area.items.map(c => criterion(assessment.country, c)))));
}

function criterion(cc, c) {
  const headingId = `criterion-${c.id}-title`;
  return el('article', {class: 'criterion', id: `criterion-${c.id}`, tabindex: '-1', 'aria-labelledby': headingId},
    el('h4', {id: headingId}, el('span', {}, `${c.id}: ${c.title}`),
      el('span', {class: levelClass(c.level)}, levelText(c.level)),
      c.core ? el('span', {class: 'badge'}, '★ core') : null),
    facts([
      ['Status', statusText(c.status)],
      ['Weight', c.weight],
      ['Proposed by the engine', c.proposed && c.proposed !== c.level ? levelText(c.proposed) : null],
      ['Why', c.reason],
      ['Rationale', c.rationale],
    ]),
    conditions(c),
    c.evidence?.length ? el('div', {}, el('p', {}, el('strong', {}, 'Evidence')), el('ul', {class: 'plain-list'}, c.evidence.map(e => el('li', {},
      el('a', {href: provisionUrl(e.provision)}, e.citation || e.provision),
      e.passage ? el('span', {class: 'passage'}, ` — ${e.passage}`) : null,
      e.suggests >= 0 ? ` (alone: ${levelText(String(e.suggests))})` : ' (contributes a condition)',
      e.basis && e.basis !== 'recorded' ? ` [${BASIS[e.basis] || e.basis}]` : '',
      e.verified === false ? ' (not yet checked against the source)' : '')))) : el('p', {}, 'No evidence found in the corpus.'),
    c.basis?.length ? el('p', {class: 'meta'}, 'Required by: ', c.basis.map((b, i) => [i ? ', ' : '',
      el('a', {href: provisionUrl(b.provision)}, `${b.provision}${b.paragraph ? ` ${b.paragraph}` : ''}`)])) : null,
    c.recommendedAction && c.level !== '2' ? el('p', {}, el('strong', {}, 'Recommended action: '), c.recommendedAction) : null,
    illustrations(c),
    reviewPanel(cc, c));
}

const BASIS = {read: 'read automatically from the official text', summary: 'read from our summary, not yet recorded', treaty: 'treaty status'};
const CONDITION_STATUS = {met: 'met', limited: 'limited', missing: 'missing', unknown: 'not shown'};

/** Each condition of the criterion's levels: what it asks, the levels that need it, and what the law shows. */
function conditions(c) {
  if (!c.conditions?.length) return null;
  return el('table', {class: 'conditions'},
    el('caption', {}, 'What the levels need, and what the law in force shows'),
    el('thead', {}, el('tr', {}, ['Condition', 'Needed for', 'Status', 'Shown by'].map(h => el('th', {scope: 'col'}, h)))),
    el('tbody', {}, c.conditions.map(k => el('tr', {class: `condition-${k.status}`},
      el('td', {}, k.text),
      el('td', {}, k.levels?.length ? `level ${k.levels.join(', ')}` : ''),
      el('td', {}, CONDITION_STATUS[k.status] || k.status, k.unverified ? ' (unverified)' : ''),
      el('td', {}, [...(k.metBy || []).map(m => `met by ${m}`), ...(k.lackedBy || []).map(l => `missing or limited: ${l}`)].join('; ') || 'no evidence')))));
}

function gaps(list) {
  return section('Gaps', 'gaps', list.length ? el('ul', {class: 'plain-list'}, list.map(g => el('li', {},
    el('a', {href: `#criterion-${g.criterion}`}, `${g.criterion}: ${g.title}`), ' ',
    el('span', {class: levelClass(g.level)}, levelText(g.level)), g.core ? hidden(' core criterion') : null,
    g.core ? el('span', {class: 'badge', 'aria-hidden': 'true'}, '★ core') : null,
    g.requiredBy?.length ? ` — required by ${g.requiredBy.join(', ')}` : '')))
    : el('p', {}, 'No gaps: every criterion is fully met.'));
}

/** Content arrives after the browser looked for the #fragment: move to it now. */
function revealHash() {
  const target = window.location.hash && document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
  if (target) {
    target.scrollIntoView();
    target.focus();
  }
}
