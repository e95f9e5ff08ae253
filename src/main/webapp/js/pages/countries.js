// The countries × criteria matrix: core criteria first, sortable by overall or area score, filterable by area.
// Every cell says its level in text (symbol and number, full words for screen readers) and opens the evidence.
import {getJson} from '../api.js';
import {el, hidden, replace} from '../dom.js';
import {score} from '../format.js';
import {levelClass, levelInfo, LEVEL_CODES, levelText} from '../levels.js';
import {checklist} from '../lookup.js';
import {countryUrl, load, query} from '../page.js';

load(async () => {
  const params = query();
  const [matrix, list] = await Promise.all([getJson('assessments'), checklist()]);
  const areas = [...new Set([...list.criteria.values()].map(c => c.area))]
    .map(id => ({id, title: [...list.criteria.values()].find(c => c.area === id).areaTitle}));
  const area = areas.some(a => a.id === params.area) ? params.area : '';
  const sort = params.sort || 'score';
  fillControls(areas, sort, area);

  let rows = matrix.countries;
  const status = document.getElementById('matrix-status');
  if (sort.startsWith('area:')) {
    const areaId = sort.slice(5);
    rows = rows.map(r => ({...r, sortScore: r.areas?.[areaId] ?? null}));
  } else {
    rows = rows.map(r => ({...r, sortScore: r.score}));
  }
  rows.sort(sort === 'name' ? (a, b) => a.name.localeCompare(b.name)
    : (a, b) => (b.sortScore ?? -1) - (a.sortScore ?? -1) || a.name.localeCompare(b.name));

  const criteria = matrix.criteria.filter(id => !area || list.criteria.get(id)?.area === area);
  const sortLabel = document.querySelector(`#sort option[value="${CSS.escape(sort)}"]`)?.textContent || 'overall score';
  replace(status, `${rows.length} countries, ${criteria.length} criteria; sorted by ${sortLabel}.`);
  replace(document.getElementById('legend'), el('ul', {class: 'legend', 'aria-label': 'Legend'},
    LEVEL_CODES.map(code => el('li', {}, el('span', {class: levelClass(code)}, cellText(code)),
      ' ', levelInfo(code).label)),
    el('li', {}, el('span', {class: 'badge'}, '★'), ' core criterion')));
  replace(document.getElementById('matrix'), table(rows, criteria, list, sort.startsWith('area:')));
});

function fillControls(areas, sort, area) {
  const sortSelect = document.getElementById('sort');
  sortSelect.append(el('option', {value: 'score'}, 'overall score'), el('option', {value: 'name'}, 'country name'),
    ...areas.map(a => el('option', {value: `area:${a.id}`}, `${a.title} score`)));
  sortSelect.value = sort;
  const areaSelect = document.getElementById('area');
  areaSelect.append(...areas.map(a => el('option', {value: a.id}, a.title)));
  areaSelect.value = area;
}

function table(rows, criteria, list, byArea) {
  const head = el('tr', {},
    el('th', {scope: 'col', class: 'corner'}, 'Country'),
    el('th', {scope: 'col'}, byArea ? 'Area score' : 'Score'),
    criteria.map(id => {
      const criterion = list.criteria.get(id);
      return el('th', {scope: 'col', class: ['criterion', criterion?.core && 'core'], title: criterion?.title || id},
        el('span', {class: 'label'}, criterion?.core ? `★ ${id}` : id),
        hidden(`${criterion?.core ? ' (core)' : ''}: ${criterion?.title || ''}`));
    }));
  const body = rows.map(row => el('tr', {},
    el('th', {scope: 'row'}, el('a', {href: countryUrl(row.code)}, `${row.name} (${row.code})`)),
    el('td', {class: 'score'}, score(row.sortScore),
      el('span', {class: 'scored'}, ` ${row.scored} of ${row.criteria} scored`)),
    criteria.map(id => {
      const level = row.levels?.[id] ?? 'unknown';
      return el('td', {}, el('a', {href: countryUrl(row.code, id), class: ['cell', levelClass(level)]},
        el('span', {'aria-hidden': 'true'}, cellText(level)),
        hidden(`${row.name}, ${id}: ${levelText(level)}`)));
    })));
  return el('div', {class: 'matrix-scroll', role: 'region', 'aria-label': 'Countries by criteria', tabindex: '0'},
    el('table', {class: 'matrix'},
      el('caption', {class: 'visually-hidden'}, 'Levels of each country for each criterion of the checklist'),
      el('thead', {}, head), el('tbody', {}, body)));
}

/** "✓ 2", "◐ 1", "✗ 0", "?", "– n/a" */
function cellText(code) {
  const info = levelInfo(code);
  return info.short === info.symbol ? info.symbol : `${info.symbol} ${info.short}`;
}
