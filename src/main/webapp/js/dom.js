// Building the page from data without markup: every string becomes a text node, never HTML.

/**
 * Creates an element. attrs: plain attributes (values as strings), plus "class", "text" (textContent) and
 * "on" ({event: handler}). Children: nodes or strings (strings become text nodes); null and false are skipped.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    else if (name === 'text') node.textContent = String(value);
    else if (name === 'on') Object.entries(value).forEach(([event, handler]) => node.addEventListener(event, handler));
    else if (name === 'href') node.setAttribute('href', safeHref(value));
    else if (name.startsWith('on') || name === 'style' || name === 'srcdoc') throw new Error(`attribute ${name} not allowed`);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

/** Appends nodes and strings (as text) to a parent. */
export function append(parent, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Removes every child of a node. */
export function clear(node) {
  node.replaceChildren();
  return node;
}

/** Replaces a node's children. */
export function replace(node, ...children) {
  clear(node);
  return append(node, ...children);
}

/** A link target that cannot run code: relative links and http(s) only; anything else becomes "#". */
export function safeHref(value) {
  const text = String(value ?? '');
  try {
    const url = new URL(text, document.baseURI);
    return ['http:', 'https:'].includes(url.protocol) ? text : '#';
  } catch {
    return '#';
  }
}

/** A link to another site: opens in the same tab, sends no referrer, says where it goes. */
export function externalLink(url, label) {
  if (!url) return null;
  return el('a', {href: url, rel: 'noopener noreferrer external', class: 'external'}, label || url);
}

/** A definition list from [term, value] pairs; pairs with an empty value are skipped. */
export function facts(pairs, className = 'facts') {
  const list = el('dl', {class: className});
  for (const [term, value] of pairs) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) continue;
    list.append(el('div', {}, el('dt', {}, term), el('dd', {}, value)));
  }
  return list;
}

/** A status message; role alert for errors (announced at once), status for the rest. */
export function message(text, kind = 'info') {
  return el('p', {class: ['message', `message-${kind}`], role: kind === 'error' || kind === 'warning' ? 'alert' : 'status'}, text);
}

/** Visually hidden text for screen readers (e.g. the full meaning of a symbol). */
export function hidden(text) {
  return el('span', {class: 'visually-hidden'}, text);
}
