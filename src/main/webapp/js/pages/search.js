// The search page: the URL holds the whole search (?q=&country=&instrument=&criterion=&lang=&kind=&page=),
// so a search can be bookmarked, shared and reproduced. Results are rendered as text; snippets via marks.js.
import {getJson} from '../api.js';
import {el, externalLink, message, replace} from '../dom.js';
import {date, jurisdiction, languageName, words} from '../format.js';
import {checklist, countries, instruments, orElse} from '../lookup.js';
import {snippetFragment} from '../marks.js';
import {describe, hitUrl, load, pageUrl, query} from '../page.js';

const FILTERS = ['country', 'instrument', 'criterion', 'lang', 'kind'];
/** Facet name in the answer -> query parameter it filters on, and its heading. */
const FACETS = [
  ['jurisdiction', 'country', 'Country'],
  ['instrument', 'instrument', 'Instrument'],
  ['kind', 'kind', 'Kind'],
  ['language', 'lang', 'Language'],
  ['criterion', 'criterion', 'Criterion'],
];
const KINDS = {binding: 'Binding international law', 'soft-law': 'Soft law', national: 'National law',
  case: 'Court decisions', observation: 'Monitoring-body observations'};
/** What a hit that is not a provision is, said on the hit. */
const RECORD_BADGES = {case: 'court decision', observation: 'monitoring body'};
const PAGE_SIZE = 10;

load(async () => {
  const params = query();
  const [countryMap, instrumentMap, list] = await Promise.all([
    orElse(countries(), new Map()), orElse(instruments(), new Map()), orElse(checklist(), {criteria: new Map()})]);
  const names = {
    country: code => code === 'international' ? 'International' : countryMap.get(code)?.name || code,
    instrument: id => instrumentMap.get(id)?.shortTitle || id,  // statutes (de-stgb) show their id
    criterion: id => list.criteria.get(id)?.title ? `${id}: ${list.criteria.get(id).title}` : id,
    lang: code => languageName(code),
    kind: code => KINDS[code] || code,
  };
  fillForm(params, countryMap, instrumentMap, list.criteria);
  if (!params.q && !FILTERS.some(f => params[f])) {
    replace(document.getElementById('search-status'),
      'Type words to search every provision of the international instruments and national laws, the court '
        + 'decisions that applied them and what monitoring bodies found.');
    return;
  }
  await runSearch(params, names);
});

function fillForm(params, countryMap, instrumentMap, criteria) {
  document.getElementById('q').value = params.q || '';
  addOptions('country', [['international', 'International instruments'],
    ...[...countryMap.values()].map(c => [c.code, `${c.name} (${c.code})`])]);
  addOptions('instrument', [...instrumentMap.values()].map(i => [i.id, i.shortTitle]));
  addOptions('criterion', [...criteria.values()].map(c => [c.id, `${c.id}: ${c.title}`]));
  addOptions('lang', ['bg', 'cs', 'de', 'el', 'en', 'es', 'fr', 'hu', 'it', 'nl', 'pl', 'pt', 'ro', 'ru', 'sv', 'tr', 'uk']
    .map(code => [code, languageName(code)]));
  for (const name of FILTERS) {
    const select = document.getElementById(name);
    if (params[name] && ![...select.options].some(o => o.value === params[name])) {
      select.append(el('option', {value: params[name]}, params[name]));
    }
    select.value = params[name] || '';
  }
}

function addOptions(id, pairs) {
  const select = document.getElementById(id);
  for (const [value, label] of pairs) select.append(el('option', {value}, label));
}

async function runSearch(params, names) {
  const status = document.getElementById('search-status');
  const page = Math.max(1, parseInt(params.page || '1', 10) || 1);
  let result;
  try {
    result = await getJson('search', {...pick(params, ['q', ...FILTERS]), page, size: PAGE_SIZE});
  } catch (error) {
    replace(status, message(error.unavailable
      ? 'Search is not available on this server yet: the /api/search endpoint did not answer. '
        + 'Browse the instruments and countries instead.'
      : describe(error), error.unavailable ? 'warning' : 'error'));
    return;
  }
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const what = params.q ? `for “${params.q}”` : 'with these filters';
  replace(status, el('p', {}, `${result.total} result${result.total === 1 ? '' : 's'} found ${what}`,
    result.total > PAGE_SIZE ? ` (page ${page} of ${pages})` : '', '.'),
  expansion(result.concepts));
  replace(document.getElementById('facets'), facets(result.facets || {}, params, names));
  replace(document.getElementById('results'),
    el('ol', {class: 'results', start: String((page - 1) * PAGE_SIZE + 1)}, (result.hits || []).map(hit => hitItem(hit, result, names))),
    pagination(params, page, pages));
}

function expansion(concepts) {
  if (!concepts?.length) return null;
  return el('div', {class: 'expansion'}, el('span', {}, 'Your words were matched to these legal concepts, in every language: '),
    el('ul', {class: 'chips'}, concepts.map(c => el('li', {class: 'chip'}, `${c.label || words(c.id)}${c.matched ? ` (“${c.matched}”)` : ''}`))));
}

function hitItem(hit, result, names) {
  const labels = new Map((result.concepts || []).map(c => [c.id, c.label]));
  return el('li', {class: 'hit'},
    el('h3', {}, el('a', {href: hitUrl(hit)}, RECORD_BADGES[hit.kind] ? hit.heading || hit.id
      : hit.citation ? `${hit.citation}: ${hit.heading || ''}` : hit.heading || hit.id)),
    el('p', {class: 'meta'},
      RECORD_BADGES[hit.kind] ? el('span', {class: 'badge'}, RECORD_BADGES[hit.kind]) : null,
      RECORD_BADGES[hit.kind] && hit.citation ? el('span', {}, hit.citation) : null,
      el('span', {}, jurisdiction(hit.jurisdiction, names.country(hit.jurisdiction) !== hit.jurisdiction ? names.country(hit.jurisdiction) : '')),
      hit.language ? el('span', {lang: 'en'}, languageName(hit.language)) : null,
      hit.source ? el('span', {}, externalLink(hit.source, 'source')) : null,
      hit.validUntil ? el('span', {class: 'historic'}, `no longer in force since ${date(hit.validUntil)}`) : null),
    hit.snippet ? el('p', {class: 'snippet', lang: hit.language || null}, snippetFragment(hit.snippet)) : null,
    hit.concepts?.length ? el('ul', {class: 'chips', 'aria-label': 'Matched concepts'},
      hit.concepts.map(id => el('li', {class: 'chip'}, `matched: ${labels.get(id) || words(id)}`))) : null);
}

function facets(all, params, names) {
  const parts = [];
  for (const [facet, param, heading] of FACETS) {
    const counts = Object.entries(all[facet] || (facet === 'instrument' ? all.document : null) || {}).sort((a, b) => b[1] - a[1]);
    if (!counts.length && !params[param]) continue;
    const id = `facet-${param}`;
    const items = counts.map(([value, count]) => {
      const label = names[param](value);
      const active = params[param] === value;
      return el('li', {class: active ? 'active-filter' : null},
        active ? el('span', {}, label) : el('a', {href: pageUrl('./', {...params, [param]: value, page: null})}, label),
        el('span', {class: 'count'}, String(count), el('span', {class: 'visually-hidden'}, ' results')));
    });
    if (params[param]) {
      items.unshift(el('li', {}, el('a', {href: pageUrl('./', {...params, [param]: null, page: null})},
        `Remove filter: ${names[param](params[param])}`)));
    }
    parts.push(el('section', {'aria-labelledby': id}, el('h2', {id}, heading), el('ul', {}, items)));
  }
  return parts;
}

function pagination(params, page, pages) {
  if (pages <= 1) return null;
  const link = (n, label) => el('li', {}, n === page
    ? el('span', {'aria-current': 'page'}, label)
    : el('a', {href: pageUrl('./', {...params, page: n === 1 ? null : n})}, label));
  const items = [];
  if (page > 1) items.push(link(page - 1, 'Previous'));
  const from = Math.max(1, page - 3);
  for (let n = from; n <= Math.min(pages, from + 6); n++) items.push(link(n, String(n)));
  if (page < pages) items.push(link(page + 1, 'Next'));
  return el('nav', {class: 'pagination', 'aria-label': 'Result pages'}, el('ul', {}, items));
}

function pick(object, keys) {
  return Object.fromEntries(keys.filter(k => object[k]).map(k => [k, object[k]]));
}
