// What surrounds every page, in one place: the skip link, the site header with its navigation, the footer.
// A page names its section on <body data-section="...">; that item of the navigation is marked current.
import {el} from './dom.js';

const SECTIONS = [
  ['search', './', 'Search'],
  ['countries', 'countries.html', 'Countries'],
  ['instruments', 'instruments.html', 'Instruments'],
  ['reports', 'reports.html', 'Reports'],
];

function header(current) {
  return el('header', {class: 'site-header'},
    el('a', {class: 'brand', href: './'}, 'lexgap'),
    el('nav', {'aria-label': 'Main'}, el('ul', {},
      SECTIONS.map(([section, href, label]) => el('li', {},
        el('a', {href, 'aria-current': section === current ? 'page' : null}, label))))));
}

function footer() {
  return el('footer', {class: 'site-footer'}, el('p', {},
    'lexgap: legal-gap assessment of the law on trafficking in human beings for the purpose of organ removal. ',
    'Summaries are aids to reading, not the law: check the official text at its source. ',
    el('a', {href: 'openapi'}, 'API description')));
}

/** Puts the shared parts around the page's <main>, once. */
export function frame(body = document.body) {
  if (body.querySelector('.site-header')) return;
  body.prepend(el('a', {class: 'skip-link', href: '#main'}, 'Skip to content'), header(body.dataset.section));
  body.append(footer());
}

frame();
