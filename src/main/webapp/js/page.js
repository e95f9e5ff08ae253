// What every page shares: the busy state of <main>, errors shown in words, the query string.
import {el, message, replace} from './dom.js';

export const main = () => document.getElementById('main');

/** Marks the page as loading (aria-busy) until the promise settles; shows any failure as a message. */
export async function load(work) {
  const region = main();
  region.setAttribute('aria-busy', 'true');
  try {
    await work();
    region.dataset.state = 'ready';
  } catch (error) {
    region.dataset.state = 'error';
    const slot = document.getElementById('page-error') || region;
    slot.prepend(message(describe(error), 'error'));
  } finally {
    region.removeAttribute('aria-busy');
  }
}

/** A sentence for an error, with the server's explanation when it sent one. */
export function describe(error) {
  if (error?.status === 0) return 'The lexgap server could not be reached. Check that it is running.';
  if (error?.unavailable) return `This function is not available on this server yet (${error.status}).`;
  if (error?.status) return `The server answered ${error.status}${error.detail ? `: ${error.detail}` : ''}`;
  return `Something went wrong: ${error?.message || error}`;
}

/** The query string of the page as an object of non-empty values. */
export function query() {
  const params = new URLSearchParams(window.location.search);
  return Object.fromEntries([...params.entries()].filter(([, v]) => v !== ''));
}

/** A link to a page of the interface with query parameters. */
export function pageUrl(page, params = {}) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(name, value);
  }
  const text = search.toString();
  return text ? `${page}?${text}` : page;
}

export function provisionUrl(id) {
  return pageUrl('provision.html', {id});
}

export function caseUrl(id) {
  return pageUrl('case.html', {id});
}

/** Where a search hit opens: a provision's page, a court decision's page, or the observation on its country page. */
export function hitUrl(hit) {
  if (hit.kind === 'case') return caseUrl(hit.id);
  if (hit.kind === 'observation') return `${pageUrl('country.html', {cc: hit.jurisdiction})}#observation-${hit.id}`;
  return provisionUrl(hit.id);
}

export function countryUrl(code, criterion) {
  return pageUrl('country.html', {cc: code}) + (criterion ? `#criterion-${criterion}` : '');
}

export function instrumentUrl(id) {
  return pageUrl('instrument.html', {id});
}

/** Sets the document title and the page heading. */
export function title(text) {
  document.title = `${text} · lexgap`;
  const heading = document.querySelector('main h1');
  if (heading) replace(heading, text);
}

/** A section with a heading (h2 by default) and content. */
export function section(heading, id, ...content) {
  const headingId = `${id}-heading`;
  return el('section', {id, 'aria-labelledby': headingId}, el('h2', {id: headingId}, heading), ...content);
}
