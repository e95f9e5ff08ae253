// Search snippets arrive as escaped text with <mark> around matches. They are never handed to innerHTML:
// they are parsed here into text nodes and <mark> elements, and anything else falls back to plain text.

const ENTITIES = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'};

/** Decodes the entities an HTML escaper produces (&amp; &lt; &gt; &quot; &#39; &#x27;); others stay as written. */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a snippet into [{text, marked}] parts, or returns null when it holds anything but text and
 * well-nested, attribute-free <mark> tags (then the caller shows it as plain text).
 */
export function parseSnippet(snippet) {
  const parts = [];
  let marked = false;
  for (const piece of String(snippet ?? '').split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) {
      if (marked) return null;
      marked = true;
    } else if (/^<\/mark>$/i.test(piece)) {
      if (!marked) return null;
      marked = false;
    } else if (piece) {
      if (piece.includes('<') || piece.includes('>')) return null;
      parts.push({text: decodeEntities(piece), marked});
    }
  }
  return marked ? null : parts;
}

/** A fragment of text nodes and <mark> elements for a snippet; a snippet with other markup shows as text. */
export function snippetFragment(snippet) {
  const fragment = document.createDocumentFragment();
  const parts = parseSnippet(snippet);
  if (parts === null) {
    fragment.append(document.createTextNode(String(snippet ?? '')));
    return fragment;
  }
  for (const part of parts) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      fragment.append(mark);
    } else {
      fragment.append(document.createTextNode(part.text));
    }
  }
  return fragment;
}
