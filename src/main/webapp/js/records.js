// Court decisions and monitoring-body observations as lists show them (country, provision, criterion, case pages).
// They illustrate how the law was applied or judged; they are never evidence of a level.
import {el, externalLink} from './dom.js';
import {date, words} from './format.js';
import {caseUrl} from './page.js';

const OUTCOMES = {
  convicted: 'convicted', acquitted: 'acquitted', mixed: 'convictions and acquittals', upheld: 'upheld the decision below',
  annulled: 'annulled the decision below', 'retrial-ordered': 'ordered a retrial', violation: 'violation found',
  'no-violation': 'no violation found', dismissed: 'dismissed', inadmissible: 'not admitted', other: 'other outcome',
};

const FINDINGS = {
  lacks: 'finds the law lacks it', partly: 'finds it only partly provided', meets: 'finds it provided', notes: 'notes',
};

export function outcomeText(code) {
  return OUTCOMES[code] || words(code);
}

export function findingText(code) {
  return FINDINGS[code] || words(code);
}

/** A decision's date as far as the sources give it: the day, only the month, or only the year. */
export function decisionDate(d) {
  if (d.datePrecision === 'year') return String(d.date || '').slice(0, 4);
  if (d.datePrecision === 'month') {
    const parsed = new Date(`${String(d.date).slice(0, 7)}-01T00:00:00Z`);
    return Number.isNaN(parsed.getTime()) ? String(d.date)
      : parsed.toLocaleDateString('en-GB', {year: 'numeric', month: 'long', timeZone: 'UTC'});
  }
  return date(d.date);
}

/** One decision in a list: its name as a link, court, date, number and outcome. */
export function decisionItem(d) {
  return el('li', {},
    el('a', {href: caseUrl(d.id)}, d.name),
    ` — ${d.court}, ${decisionDate(d)}${d.docket ? `, ${d.docket}` : ''}: ${outcomeText(d.outcome)}`,
    d.verified === false ? [' ', el('span', {class: 'badge'}, 'unverified')] : null);
}

/** One observation in a list: body, document, date, paragraph, finding, our summary and its source. */
export function observationItem(o, withCriteria = false) {
  return el('li', {id: `observation-${o.id}`, class: 'observation'},
    el('strong', {}, `${o.body}: ${o.document}`),
    ` (${date(o.date)}, para. ${o.paragraph})`,
    withCriteria ? ` · ${(o.criteria || []).join(', ')}` : '',
    `: ${findingText(o.finding)}. `,
    el('span', {lang: 'en'}, o.summary), ' ',
    o.verified === false ? [el('span', {class: 'badge'}, 'unverified'), ' '] : null,
    externalLink(o.source, 'source'));
}

/** The decisions and observations of a criterion, or nothing when it has none. */
export function illustrations(c) {
  const decisions = c.decisions || [];
  const observations = c.observations || [];
  if (!decisions.length && !observations.length) return null;
  return el('div', {class: 'illustrations'},
    el('p', {}, el('strong', {}, 'Illustrated by'), ' (not evidence of the level)'),
    decisions.length ? el('ul', {class: 'plain-list', 'aria-label': `Court decisions on ${c.id}`}, decisions.map(decisionItem)) : null,
    observations.length ? el('ul', {class: 'plain-list', 'aria-label': `Monitoring bodies on ${c.id}`},
      observations.map(o => el('li', {}, el('a', {href: `#observation-${o.id}`}, `${o.body}: ${o.document}`),
        ` (${date(o.date)}, para. ${o.paragraph}): ${findingText(o.finding)}`))) : null);
}
