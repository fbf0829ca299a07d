/**
 * A tiny DOM builder that only ever sets text. Policy and admin strings are
 * untrusted input: they go through `textContent`, never `innerHTML`, and
 * links accept `https:` only.
 */
type Child = Node | string | false | null | undefined;

export interface ElementOptions {
  class?: string;
  attrs?: Record<string, string>;
  text?: string;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: Child[] = [],
  doc: Document = document,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (options.class) node.className = options.class;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  if (options.text !== undefined) node.textContent = options.text;
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}

/** True for absolute `https:` URLs; everything else (javascript:, data:, http:) is refused. */
export function isHttpsUrl(value: string | undefined): value is string {
  if (!value) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** An external link that opens in a new tab, or plain text when the URL is not `https:`. */
export function externalLink(href: string | undefined, text: string, doc: Document = document): HTMLElement {
  if (!isHttpsUrl(href)) return el('span', { text }, [], doc);
  return el('a', { text, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }, [], doc);
}

/**
 * A `mailto:` link for an address that passed the e-mail check of the
 * settings schema, with an optional prefilled subject and body.
 */
export function mailLink(
  email: string,
  text: string,
  prefill?: { subject: string; body: string },
  doc: Document = document,
): HTMLElement {
  const query = prefill
    ? `?subject=${encodeURIComponent(prefill.subject)}&body=${encodeURIComponent(prefill.body)}`
    : '';
  return el(
    'a',
    { text, attrs: { href: `mailto:${encodeURIComponent(email).replace('%40', '@')}${query}` } },
    [],
    doc,
  );
}

/** A `tel:` link; the number passed the phone check of the settings schema. */
export function phoneLink(phone: string, doc: Document = document): HTMLElement {
  return el('a', { text: phone, attrs: { href: `tel:${phone.replace(/[^+0-9]/g, '')}` } }, [], doc);
}

/** Replaces an element's content, skipping the `false`/`undefined` of conditional parts. */
export function fill(root: Element, children: Child[]): void {
  root.replaceChildren(
    ...children.filter((c): c is Node | string => c !== false && c !== null && c !== undefined),
  );
}
