// Formatting numbers, dates, languages and codes for people.

const languageNames = new Intl.DisplayNames(['en'], {type: 'language'});

export function languageName(code) {
  if (!code) return '';
  try {
    return `${languageNames.of(code)} (${code})`;
  } catch {
    return String(code);
  }
}

export function score(value) {
  return value === null || value === undefined ? 'not scored' : `${Number(value).toFixed(1)} %`;
}

export function date(value) {
  if (!value) return '';
  const parsed = new Date(`${value}`.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(parsed.getTime()) ? String(value)
    : parsed.toLocaleDateString('en-GB', {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'});
}

export function textStatus(value) {
  return {official: 'official text', translation: 'translation (not an official text)'}[value] || value || '';
}

export function yesNo(value, yes = 'yes', no = 'no') {
  return value ? yes : no;
}

/** "extraterritorial-jurisdiction" -> "extraterritorial jurisdiction" */
export function words(code) {
  return String(code ?? '').replace(/[-_]+/g, ' ');
}

/** A provision's jurisdiction for people: "International" or the country code. */
export function jurisdiction(code, countryName) {
  if (!code) return '';
  if (code === 'international') return 'International';
  return countryName ? `${countryName} (${code})` : code;
}
