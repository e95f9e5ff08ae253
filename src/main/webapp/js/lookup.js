// Names for codes (countries, instruments, criteria), loaded once per page and shared.
import {getJson} from './api.js';

const cache = new Map();

function once(key, loader) {
  if (!cache.has(key)) cache.set(key, loader());
  return cache.get(key);
}

/** code -> {code, name, ...} of every country in the corpus. */
export function countries() {
  return once('countries', async () => new Map((await getJson('countries')).countries.map(c => [c.code, c])));
}

/** id -> instrument summary. */
export function instruments() {
  return once('instruments', async () => new Map((await getJson('instruments')).map(i => [i.id, i])));
}

/** The default checklist with a map of its criteria (id -> criterion with its area). */
export function checklist(id = 'thbor') {
  return once(`checklist:${id}`, async () => {
    const list = await getJson(`checklists/${encodeURIComponent(id)}`);
    const criteria = new Map();
    for (const area of list.areas || []) {
      for (const criterion of area.criteria || []) criteria.set(criterion.id, {...criterion, area: area.id, areaTitle: area.title});
    }
    return {...list, criteria};
  });
}

/** Resolves to the value, or to the fallback when the lookup fails (names are a nicety, not a need). */
export async function orElse(promise, fallback) {
  try {
    return await promise;
  } catch {
    return fallback;
  }
}
