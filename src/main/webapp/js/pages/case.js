// One court decision: court, date, number, parties, what was decided for the accused, the donor-victims and the
// medical staff, the provisions it applied, the criteria it illustrates (never evidence of a level), and the other
// decisions of the same proceedings.
import {getJson} from '../api.js';
import {el, externalLink, facts, message, replace} from '../dom.js';
import {date, jurisdiction, words} from '../format.js';
import {checklist, countries, orElse} from '../lookup.js';
import {caseUrl, countryUrl, load, provisionUrl, query, section, title} from '../page.js';
import {decisionDate, outcomeText} from '../records.js';

const ECHR = 'ECHR';

load(async () => {
  const id = query().id;
  const view = document.getElementById('case-view');
  if (!id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    title('Court decision not found');
    replace(view, message('Give a decision id in the address, for example case.html?id=echr-2014-petrova-v-latvia.', 'error'));
    return;
  }
  const decision = await getJson(`cases/${encodeURIComponent(id)}`);
  const [countryMap, list] = await Promise.all([orElse(countries(), new Map()), orElse(checklist(), {criteria: new Map()})]);
  title(decision.name);
  const state = countryMap.get(decision.country);
  const where = decision.jurisdiction === ECHR
    ? ['European Court of Human Rights; respondent State: ', el('a', {href: countryUrl(decision.country)}, jurisdiction(decision.country, state?.name))]
    : el('a', {href: countryUrl(decision.country)}, jurisdiction(decision.country, state?.name));

  replace(view,
    decision.courtOriginal ? el('p', {class: 'subtitle'}, decision.courtOriginal) : null,
    facts([
      ['Court', decision.court],
      ['Jurisdiction', where],
      ['Instance', words(decision.instance)],
      ['Date', `${decisionDate(decision)}${decision.datePrecision && decision.datePrecision !== 'day' ? ` (only the ${decision.datePrecision} is known)` : ''}`],
      ['Number', decision.docket],
      ['ECLI', decision.ecli],
      ['Parties', (decision.parties || []).join('; ')],
      ['Outcome', outcomeText(decision.outcome)],
      ['Checked against the sources', decision.verified ? 'yes' : 'not yet (see the note)'],
      ['Sources', (decision.sources || []).map((s, i) => [i ? ', ' : '', externalLink(s)])],
    ]),
    section('Summary', 'summary', el('p', {lang: 'en'}, decision.summary),
      el('p', {class: 'meta'}, 'In our own words; read the decision at the source for its exact terms.')),
    section('What became of the people involved', 'outcome', facts([
      ['Sentences', decision.sentences],
      ['Donor-victims', decision.donors],
      ['Medical staff', decision.medicalStaff],
    ]), !decision.sentences && !decision.donors && !decision.medicalStaff ? el('p', {}, 'The sources read say nothing more.') : null),
    section('Provisions applied', 'applied', el('ul', {class: 'plain-list'}, (decision.applied || []).map(p => el('li', {},
      el('a', {href: provisionUrl(p.id)}, `${p.citation}${p.heading ? `: ${p.heading}` : ''}`),
      p.verified === false ? [' ', el('span', {class: 'badge'}, 'unverified')] : null)))),
    section('Criteria it illustrates', 'criteria',
      el('p', {}, 'A decision shows how the law was applied; it is never evidence of a level by itself.'),
      el('ul', {class: 'plain-list'}, (decision.criteria || []).map(cid => el('li', {},
        el('a', {href: countryUrl(decision.country, cid)}, `${cid}${list.criteria.get(cid) ? `: ${list.criteria.get(cid).title}` : ''}`))))),
    proceedings(decision),
    decision.note ? section('Note on the sources', 'note', el('p', {}, decision.note)) : null);
});

function proceedings(decision) {
  const steps = decision.history || [];
  const related = decision.related || [];
  if (!steps.length && !related.length) return null;
  return section('Other decisions in the proceedings', 'proceedings',
    steps.length ? el('ul', {class: 'plain-list'}, steps.map(s => el('li', {},
      s.decision ? el('a', {href: caseUrl(s.decision)}, s.court) : el('strong', {}, s.court),
      `${s.date ? `, ${date(s.date)}` : ''}${s.docket ? `, ${s.docket}` : ''}: ${s.summary} `,
      s.verified === false ? [el('span', {class: 'badge'}, 'unverified'), ' '] : null,
      externalLink(s.source, 'source')))) : null,
    related.length ? el('p', {}, 'See also: ', related.map((r, i) => [i ? ', ' : '', el('a', {href: caseUrl(r)}, r)])) : null);
}
