// One international instrument: its dates and status, then every provision by part, each opening its page.
import {getJson} from '../api.js';
import {el, externalLink, facts, message, replace} from '../dom.js';
import {date, languageName, textStatus, words} from '../format.js';
import {load, provisionUrl, query, section, title} from '../page.js';

load(async () => {
  const id = query().id;
  const view = document.getElementById('instrument-view');
  if (!id) {
    title('Instrument not found');
    replace(view, message('Give an instrument id in the address, for example instrument.html?id=cets-216.', 'error'));
    return;
  }
  const instrument = await getJson(`instruments/${encodeURIComponent(id)}`);
  title(instrument.shortTitle || instrument.title);
  const parts = new Map((instrument.parts || []).map(p => [p.number, p]));
  const groups = new Map();
  for (const provision of instrument.provisions || []) {
    const key = provision.part || '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(provision);
  }
  replace(view,
    el('p', {class: 'subtitle'}, instrument.title),
    facts([
      ['Kind', words(instrument.kind)],
      ['Binding', instrument.binding ? 'yes' : 'no (soft law)'],
      ['Valid from', date(instrument.validFrom)],
      ['Amendments', instrument.amendmentNote],
      ['Languages', (instrument.languages || []).map(languageName).join(', ')],
      ['Text in lexgap', textStatus(instrument.textStatus)],
      ['Source', externalLink(instrument.source)],
    ]),
    instrument.dates?.length ? section('Dates', 'dates', el('ul', {class: 'plain-list'}, instrument.dates.map(d =>
      el('li', {}, `${words(d.event)}: ${date(d.date)}`, d.verified ? '' : ' (not verified)', d.source ? ' · ' : '',
        externalLink(d.source, 'source'))))) : null,
    section('Provisions', 'provisions', [...groups.entries()].map(([key, provisions]) => {
      const part = parts.get(key);
      const caption = key ? `Part ${key}${part?.title ? `: ${part.title}` : ''}` : 'Provisions';
      return el('table', {class: 'provisions'},
        el('caption', {}, caption),
        el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'No.'), el('th', {scope: 'col'}, 'Heading'),
          el('th', {scope: 'col'}, 'Summary'), el('th', {scope: 'col'}, 'Checked'))),
        el('tbody', {}, provisions.map(p => el('tr', {},
          el('td', {}, p.number),
          el('td', {}, el('a', {href: provisionUrl(p.id)}, p.heading)),
          el('td', {}, p.summary),
          el('td', {}, p.verified ? 'yes' : 'not yet')))));
    })));
});
