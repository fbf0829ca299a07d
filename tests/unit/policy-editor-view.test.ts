// @vitest-environment happy-dom
/**
 * The editor page's DOM: messages at the field as the admin types, entries
 * added and removed, unknown imported fields removable, exports only when
 * valid, German and English.
 */
import { describe, expect, it } from 'vitest';
import { renderPolicyEditor } from '../../components/policy-editor';
import { miniLookup } from './support';

function editor(lang: 'de' | 'en' = 'de') {
  document.body.replaceChildren();
  const root = document.createElement('main');
  document.body.append(root);
  const downloads: Array<{ fileName: string; content: string }> = [];
  let n = 0;
  renderPolicyEditor(root, {
    catalogue: miniLookup().catalogue,
    lang,
    today: '2026-12-01',
    randomUuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    download: (fileName, _type, content) => downloads.push({ fileName, content }),
  });
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const type = (selector: string, value: string) => {
    const field = $<HTMLInputElement>(selector);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };
  const choose = (selector: string, value: string) => {
    const field = $<HTMLSelectElement>(selector);
    field.value = value;
    field.dispatchEvent(new Event('change'));
  };
  return { root, $, type, choose, downloads };
}

describe('the policy editor page', () => {
  it('shows the validation message at the field while the admin types, and clears it when fixed', () => {
    const { $, type } = editor();
    type('#f-organisation-name', 'Amt');
    type('#f-organisation-colour', '#12');
    expect($('#f-organisation-colour-error').textContent).toBe(
      'organisation.colour – Erwartet: a colour like "#004b87"; Gefunden: "#12"',
    );
    expect($('#f-organisation-colour').getAttribute('aria-invalid')).toBe('true');
    expect($('#f-organisation-colour').getAttribute('aria-describedby')).toContain(
      'f-organisation-colour-error',
    );
    expect($('#problems [data-problems]').getAttribute('data-problems')).toBe('1');
    expect($<HTMLButtonElement>('button[data-artefact="chrome-reg"]').disabled).toBe(true);
    type('#f-organisation-colour', '#123456');
    expect($('#f-organisation-colour-error').textContent).toBe('');
    expect($('#f-organisation-colour').hasAttribute('aria-invalid')).toBe(false);
    expect($<HTMLButtonElement>('button[data-artefact="chrome-reg"]').disabled).toBe(false);
  });

  it('adds list entries, puts problems of an entry at its field, and removes entries', () => {
    const { $, root, type } = editor();
    $('#f-exceptions-hosts-add').click();
    expect(document.activeElement?.id).toBe('f-exceptions-hosts-0');
    type('#f-exceptions-hosts-0', 'https://webex.amt.example');
    expect($('#f-exceptions-hosts-0-error').textContent).toMatch(
      /^exceptions\.hosts\[0\] – Erwartet: a lower-case hostname .*; Gefunden: "https:\/\/webex\.amt\.example"$/,
    );
    root.querySelector<HTMLButtonElement>('[aria-label^="Eintrag 1 entfernen: Hosts (hosts)"]')!.click();
    expect(root.querySelector('#f-exceptions-hosts-0')).toBeNull();
    expect(document.activeElement?.id).toBe('f-exceptions-hosts-add');
    expect($('#problems [data-problems]').getAttribute('data-problems')).toBe('0');
  });

  it('previews the notice for the chosen tool with the organisation, and follows the mode', () => {
    const { $, type, choose } = editor();
    type('#f-organisation-name', 'Amt für Beispiele');
    choose('#f-mode', 'block');
    const preview = () => $('#preview').shadowRoot!;
    expect(preview().querySelector('h1')?.textContent).toBe('Diese Seite wurde nicht geöffnet');
    expect(preview().querySelector('.lp-eyebrow')?.textContent).toContain('Hinweis von Amt für Beispiele');
    expect(document.title).toBe('Richtlinien-Editor – Leitplanke');
    choose('#preview-view', 'acknowledge');
    expect(preview().querySelector('section.lp')?.getAttribute('role')).toBe('dialog');
  });

  it('hands each export to the download function, with fresh UUIDs each time', () => {
    const { $, type, downloads } = editor();
    type('#f-organisation-name', 'Amt');
    $('button[data-artefact="chrome-mobileconfig"]').click();
    $('button[data-artefact="chrome-mobileconfig"]').click();
    expect(downloads.map((d) => d.fileName)).toEqual([
      'leitplanke-chrome.mobileconfig',
      'leitplanke-chrome.mobileconfig',
    ]);
    expect(downloads[0]!.content).not.toBe(downloads[1]!.content);
    expect(downloads[0]!.content).toContain('<string>Amt</string>');
  });

  it('speaks English on request, with the same fields', () => {
    const { $, choose, root } = editor();
    const fields = [...root.querySelectorAll('[id^="f-"]')].map((e) => e.id);
    choose('#page-language', 'en');
    expect($('h1').textContent).toBe('Policy editor');
    expect(document.documentElement.lang).toBe('en');
    expect($('label[for="f-profile"]').textContent).toBe('Profile (jurisdiction) (profile)');
    expect([...root.querySelectorAll('[id^="f-"]')].map((e) => e.id)).toEqual(fields);
  });
});
