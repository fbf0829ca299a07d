/**
 * DOM helpers for unit tests. The notice reacts only to trusted input
 * (`event.isTrusted`), which happy-dom never sets: a test click says it is
 * the user's own. And the notice's shadow root is closed: tests keep the
 * roots as they are attached, the way only the extension itself could.
 */
import { vi } from 'vitest';

/** A click as the user's own (happy-dom has no `isTrusted`). */
export function trustedClick(target: Element): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

/** Records every shadow root attached from now on, open or closed, by host. */
export function captureShadowRoots(): WeakMap<Element, ShadowRoot> {
  const roots = new WeakMap<Element, ShadowRoot>();
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  });
  return roots;
}
