// Levels and statuses as text plus colour: the symbol and words carry the meaning, the colour only repeats it.

const LEVELS = {
  '2': {symbol: '✓', short: '2', label: 'fully met'},
  '1': {symbol: '◐', short: '1', label: 'partly met'},
  '0': {symbol: '✗', short: '0', label: 'not met'},
  'unknown': {symbol: '?', short: '?', label: 'unknown (no evidence)'},
  'not-applicable': {symbol: '–', short: 'n/a', label: 'not applicable'},
};

export const LEVEL_CODES = Object.keys(LEVELS);

export function levelInfo(code) {
  return LEVELS[code] || {symbol: '?', short: String(code), label: String(code)};
}

/** The CSS class that colours a level (lvl-2, lvl-1, lvl-0, lvl-unknown, lvl-not-applicable). */
export function levelClass(code) {
  return `lvl lvl-${LEVELS[code] ? code : 'unknown'}`;
}

/** "✓ 2 fully met" */
export function levelText(code) {
  const info = levelInfo(code);
  return `${info.symbol} ${info.short === 'n/a' || info.short === '?' ? '' : info.short + ' '}${info.label}`.replace(/\s+/g, ' ');
}

const STATUSES = {
  auto: 'automatic (not reviewed)',
  draft: 'draft by a reviewer',
  reviewed: 'reviewed',
  approved: 'approved by a second reviewer',
};

export function statusText(code) {
  return STATUSES[code] || String(code ?? '');
}
