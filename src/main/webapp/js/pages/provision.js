// One provision: what it says (summary, official text when imported), where it comes from, what it supports,
// the court decisions that applied it, what it is connected to, and comparable provisions (and decisions) in other
// countries.
import {getJson, idPath} from '../api.js';
import {el, externalLink, facts, message, replace} from '../dom.js';
import {date, jurisdiction, languageName, textStatus, words} from '../format.js';
import {checklist, countries, orElse} from '../lookup.js';
import {snippetFragment} from '../marks.js';
import {countryUrl, describe, hitUrl, instrumentUrl, load, provisionUrl, query, section, title} from '../page.js';
import {decisionItem} from '../records.js';

load(async () => {
  const id = query().id;
  const view = document.getElementById('provision');
  if (!id || !/^[^/]+\/[^/]+$/.test(id)) {
    title('Provision not found');
    replace(view, message('Give a provision id in the address, for example provision.html?id=cets-216/art-10.', 'error'));
    return;
  }
  const provision = await getJson(`provisions/${idPath(id)}`);
  const [countryMap, list] = await Promise.all([orElse(countries(), new Map()), orElse(checklist(), {criteria: new Map()})]);
  const national = provision.jurisdiction !== 'international';
  title(provision.citation ? `${provision.citation}: ${provision.heading}` : provision.heading);
  const country = countryMap.get(provision.jurisdiction);

  replace(view,
    provision.originalHeading ? el('p', {class: 'subtitle'}, 'Heading in the original: ',
      el('span', {lang: provision.language || null}, provision.originalHeading)) : null,
    facts([
      ['Citation', provision.citation],
      ['Document', el('a', {href: national ? `${countryUrl(provision.jurisdiction)}#statutes` : instrumentUrl(provision.documentId)},
        provision.documentTitle || provision.documentId)],
      ['Jurisdiction', jurisdiction(provision.jurisdiction, country?.name)],
      ['Binding', provision.binding ? 'yes' : 'no (soft law)'],
      ['Language', languageName(provision.language)],
      ['Text status', textStatus(provision.textStatus)],
      ['Valid from', date(provision.validFrom)],
      ['No longer in force from', provision.validUntil ? `${date(provision.validUntil)} (historic text: not used as evidence)` : null],
      ['Checked against the source', provision.verified ? 'yes' : 'not yet'],
      ['Source', externalLink(provision.source)],
    ]),
    section('Summary', 'summary', el('p', {lang: 'en'}, provision.summary || 'No summary.')),
    section('Official text', 'official-text', provision.officialText
      ? el('blockquote', {class: 'official-text', lang: provision.language || null}, provision.officialText)
      : el('p', {}, 'The official text has not been imported. Read it at the source: ', externalLink(provision.source) || 'no source recorded', '.')),
    criteriaSection(provision, list.criteria),
    section('Decisions that applied it', 'decisions', provision.decisions?.length
      ? el('ul', {class: 'plain-list'}, provision.decisions.map(decisionItem))
      : el('p', {}, 'No court decision in the corpus applied this provision.')),
    section('Connected provisions', 'connected', el('div', {id: 'connected-list'}, message('Loading connected provisions…'))),
    section('Similar provisions and decisions in other countries', 'similar', el('div', {id: 'similar-list'}, message('Looking for similar provisions…'))),
  );
  await Promise.all([connected(provision), similar(provision, countryMap)]);
});

function criteriaSection(provision, criteria) {
  const item = (id, gap) => {
    const criterion = criteria.get(id);
    return el('li', {}, el('strong', {}, id), criterion ? `: ${criterion.title}` : '',
      gap ? ' (this provision documents a gap)' : '',
      provision.jurisdiction !== 'international'
        ? el('span', {}, ' · ', el('a', {href: countryUrl(provision.jurisdiction, id)}, 'see the finding')) : null);
  };
  const supports = (provision.criteria || []).map(id => item(id, false));
  const gaps = (provision.notMet || []).map(id => item(id, true));
  return section('Checklist criteria', 'criteria',
    supports.length ? el('ul', {class: 'plain-list'}, supports) : el('p', {}, 'This provision supports no criterion of the checklist.'),
    gaps.length ? el('h3', {}, 'Criteria it shows are not met') : null,
    gaps.length ? el('ul', {class: 'plain-list'}, gaps) : null,
    provision.topics?.length ? el('div', {}, 'Topics: ', el('ul', {class: 'chips'}, provision.topics.map(t => el('li', {class: 'chip'}, words(t))))) : null);
}

/** Provisions it implements (national law, from the statute) and the ones it is cited with. */
async function connected(provision) {
  const slot = document.getElementById('connected-list');
  let implemented = [];
  if (provision.jurisdiction !== 'international') {
    const profile = await orElse(getJson(`countries/${encodeURIComponent(provision.jurisdiction)}`), null);
    const statute = profile?.statutes?.find(s => s.id === provision.documentId);
    implemented = statute?.provisions?.find(p => p.id === provision.id)?.implements || [];
  }
  const related = (provision.related || []).filter(id => !implemented.includes(id));
  if (!implemented.length && !related.length) {
    replace(slot, el('p', {}, 'No connected provisions are recorded.'));
    return;
  }
  const list = async ids => el('ul', {class: 'plain-list'}, await Promise.all(ids.map(async id => {
    const other = await orElse(getJson(`provisions/${idPath(id)}`), null);
    return el('li', {}, el('a', {href: provisionUrl(id)}, other ? `${other.citation}: ${other.heading}` : id));
  })));
  replace(slot,
    implemented.length ? el('h3', {}, 'Implements') : null, implemented.length ? await list(implemented) : null,
    related.length ? el('h3', {}, 'Cited with') : null, related.length ? await list(related) : null);
}

async function similar(provision, countryMap) {
  const slot = document.getElementById('similar-list');
  try {
    const answer = await getJson(`provisions/${idPath(provision.id)}/similar`, {size: 10});
    const hits = (answer.hits || []).filter(h => h.jurisdiction !== provision.jurisdiction || h.jurisdiction === 'international');
    replace(slot, hits.length ? el('ul', {class: 'results'}, hits.map(hit => el('li', {class: 'hit'},
      el('h3', {}, el('a', {href: hitUrl(hit)}, hit.kind === 'case' ? `Court decision: ${hit.heading || hit.id}`
        : `${hit.citation || hit.id}: ${hit.heading || ''}`)),
      el('p', {class: 'meta'}, jurisdiction(hit.jurisdiction, countryMap.get(hit.jurisdiction)?.name), languageName(hit.language) ? ` · ${languageName(hit.language)}` : ''),
      hit.snippet ? el('p', {class: 'snippet', lang: hit.language || null}, snippetFragment(hit.snippet)) : null)))
      : el('p', {}, 'No similar provision or decision was found in other countries.'));
  } catch (error) {
    replace(slot, message(error.unavailable
      ? 'Similar provisions are not available on this server yet (the search service did not answer).'
      : describe(error), error.unavailable ? 'warning' : 'error'));
  }
}
