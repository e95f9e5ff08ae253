// The list of international instruments.
import {getJson} from '../api.js';
import {el, replace} from '../dom.js';
import {date, words} from '../format.js';
import {instrumentUrl, load} from '../page.js';

load(async () => {
  const list = await getJson('instruments');
  replace(document.getElementById('instrument-list'), el('table', {},
    el('caption', {}, `${list.length} instruments in the corpus`),
    el('thead', {}, el('tr', {}, ['Instrument', 'Kind', 'Binding', 'Valid from', 'Provisions (checked)']
      .map(h => el('th', {scope: 'col'}, h)))),
    el('tbody', {}, list.map(i => el('tr', {},
      el('td', {}, el('a', {href: instrumentUrl(i.id)}, i.shortTitle), el('br'), i.title),
      el('td', {}, words(i.kind)),
      el('td', {}, i.binding ? 'yes' : 'no'),
      el('td', {}, date(i.validFrom)),
      el('td', {}, `${i.provisions} (${i.verifiedProvisions})`))))));
});
