// Downloads: one country's report in each format, the comparative report, the bulk zip of country reports.
// Plain links (with the download attribute), so the browser saves them; built from the chosen countries.
import {apiUrl, request} from '../api.js';
import {el, message, replace} from '../dom.js';
import {countries} from '../lookup.js';
import {describe, load, section} from '../page.js';

const FORMATS = [['pdf', 'PDF'], ['html', 'HTML'], ['csv', 'CSV'], ['json', 'JSON']];

load(async () => {
  const countryMap = await countries();
  const list = [...countryMap.values()];
  const available = await reportsAvailable(list[0]?.code);
  const status = document.getElementById('reports-status');
  if (!available.ok) replace(status, message(available.text, 'warning'));

  const countrySelect = el('select', {id: 'report-country', name: 'cc'}, list.map(c => el('option', {value: c.code}, `${c.name} (${c.code})`)));
  const countryLinks = el('div', {class: 'downloads', id: 'country-downloads'});
  const renderCountry = () => replace(countryLinks, FORMATS.map(([format, label]) =>
    download(apiUrl(`countries/${countrySelect.value}/report`, {format}), `${label} report of ${countrySelect.value}`, available.ok)));
  countrySelect.addEventListener('change', renderCountry);

  const boxes = list.map(c => el('label', {}, el('input', {type: 'checkbox', name: 'countries', value: c.code}), `${c.name} (${c.code})`));
  const picked = () => boxes.map(b => b.querySelector('input')).filter(i => i.checked).map(i => i.value);
  const compareFormat = el('select', {id: 'compare-format'}, FORMATS.map(([value, label]) => el('option', {value}, label)));
  const compareLinks = el('div', {class: 'downloads', id: 'compare-downloads', 'aria-live': 'polite'});
  const renderCompare = () => {
    const codes = picked();
    const all = codes.length ? codes.join(',') : list.map(c => c.code).join(',');
    const which = codes.length ? `${codes.length} chosen countries` : 'all countries';
    replace(compareLinks,
      download(apiUrl('reports/comparison', {countries: all, format: compareFormat.value}),
        `Comparative report of ${which} (${compareFormat.value.toUpperCase()})`, available.ok),
      download(apiUrl('reports/bulk', {countries: all}), `Country reports of ${which} (zip)`, available.ok));
  };
  boxes.forEach(b => b.addEventListener('change', renderCompare));
  compareFormat.addEventListener('change', renderCompare);

  replace(document.getElementById('reports-view'),
    section('Country report', 'country-report',
      el('div', {class: 'field'}, el('label', {for: 'report-country'}, 'Country'), countrySelect), countryLinks),
    section('Comparative report and bulk download', 'comparison',
      el('fieldset', {}, el('legend', {}, 'Countries (none chosen: all)'), el('div', {class: 'checkbox-grid'}, boxes)),
      el('div', {class: 'field'}, el('label', {for: 'compare-format'}, 'Format of the comparative report'), compareFormat),
      compareLinks));
  renderCountry();
  renderCompare();
});

function download(href, label, enabled) {
  if (!enabled) return el('span', {class: 'button secondary', 'aria-disabled': 'true'}, `${label} (not available)`);
  return el('a', {href, class: 'button', download: ''}, label);
}

/** Asks for one small report; a missing endpoint (404/501) means reports are not built into this server. */
async function reportsAvailable(code) {
  if (!code) return {ok: false, text: 'There is no country in the corpus to report on.'};
  try {
    await request(`countries/${code}/report`, {params: {format: 'json'}});
    return {ok: true};
  } catch (error) {
    return {ok: false, text: error.unavailable || error.status === 404
      ? 'Reports are not available on this server yet (the report endpoints did not answer).'
      : `Reports could not be checked: ${describe(error)}`};
  }
}
