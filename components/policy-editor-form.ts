/**
 * The policy editor's form: one block per managed setting, each built from
 * its FormNode (core/admin/policy-form.ts). Value edits go to the host
 * without rebuilding the form (focus and caret stay); adding or removing an
 * entry rebuilds it and puts focus where the admin continues.
 */
import { emptyValue, type FormField, type FormNode } from '../core/admin/policy-form';
import { editorText, FIELD_LABELS } from '../core/admin/policy-editor-text';
import { type Draft, type DraftPath, getAt } from '../core/admin/policy-draft';
import { formatPath } from '../core/settings/format-path';
import type { Language } from '../core/ui-text';
import { el } from './dom';

export interface FormHost {
  lang: Language;
  draft(): Draft;
  /** A value changed (undefined: removed). */
  change(path: DraftPath, value: unknown): void;
  /** Entries were added or removed: rebuild, then focus the element with this id. */
  restructure(path: DraftPath, value: unknown, focusId: string): void;
}

/** Where the form shows a path's problems. */
export interface FieldSlot {
  /** The control, marked aria-invalid while its value has a problem. */
  control?: HTMLElement;
  errors: HTMLElement;
}

/** A unique element id per path: segments joined by "-", other characters (and an empty map key) as "_". */
export function controlId(path: DraftPath): string {
  return `f-${path.map((k) => (typeof k === 'number' ? String(k) : k.replace(/[^A-Za-z0-9]/g, '_') || '_')).join('-')}`;
}

interface Context {
  host: FormHost;
  slots: Map<string, FieldSlot>;
}

function errorSlot(path: DraftPath, ctx: Context, control?: HTMLElement): HTMLElement {
  const id = `${controlId(path)}-error`;
  const errors = el('div', { class: 'pe-errors', attrs: { id } });
  if (control) {
    const described = control.getAttribute('aria-describedby');
    control.setAttribute('aria-describedby', described ? `${described} ${id}` : id);
  }
  ctx.slots.set(formatPath(path), { ...(control ? { control } : {}), errors });
  return errors;
}

function inList(path: DraftPath): boolean {
  return typeof path[path.length - 1] === 'number';
}

/** A select, input or text area for a single value. */
function scalarControl(node: FormNode, path: DraftPath, ctx: Context, required: boolean): HTMLElement {
  const t = editorText(ctx.host.lang);
  const id = controlId(path);
  const current = getAt(ctx.host.draft(), path);
  const keepEmpty = inList(path);
  const attrs: Record<string, string> = { id, name: id };
  if (required) attrs['aria-required'] = 'true';
  switch (node.kind) {
    case 'enum':
    case 'boolean': {
      const values = node.kind === 'enum' ? node.values : ['true', 'false'];
      const name = (v: string) =>
        node.kind === 'boolean' ? (v === 'true' ? t.yes : t.no) : (node.names?.[v]?.[ctx.host.lang] ?? v);
      const select = el('select', { attrs }, [
        el('option', { text: t.notSet, attrs: { value: '' } }),
        ...values.map((v) => el('option', { text: name(v), attrs: { value: v } })),
      ]);
      select.value = current === undefined ? '' : String(current);
      select.addEventListener('change', () => {
        const v = select.value;
        ctx.host.change(path, v === '' ? undefined : node.kind === 'boolean' ? v === 'true' : v);
      });
      return select;
    }
    case 'integer': {
      const input = el('input', {
        attrs: {
          ...attrs,
          type: 'number',
          step: '1',
          inputmode: 'numeric',
          ...(node.minimum !== undefined ? { min: String(node.minimum) } : {}),
          ...(node.maximum !== undefined ? { max: String(node.maximum) } : {}),
        },
      });
      input.value = current === undefined ? '' : String(current);
      input.addEventListener('input', () => {
        const text = input.value.trim();
        // A number the browser could not read stays text, so the validation names it.
        const n = Number(text);
        ctx.host.change(path, text === '' ? undefined : Number.isFinite(n) && text !== '' ? n : text);
      });
      return input;
    }
    default: {
      const multiline = node.kind === 'string' && node.multiline;
      const type =
        node.kind === 'string' && node.format === 'email'
          ? 'email'
          : node.kind === 'string' && node.format === 'uri'
            ? 'url'
            : 'text';
      const field = multiline
        ? el('textarea', { attrs: { ...attrs, rows: '3' } })
        : el('input', { attrs: { ...attrs, type, spellcheck: 'false' } });
      field.value = current === undefined ? '' : String(current);
      field.addEventListener('input', () => {
        ctx.host.change(path, field.value === '' && !keepEmpty ? undefined : field.value);
      });
      return field;
    }
  }
}

function labelled(
  label: string,
  control: HTMLElement,
  path: DraftPath,
  ctx: Context,
  help?: string,
): HTMLElement {
  const helpId = `${control.id}-help`;
  if (help) control.setAttribute('aria-describedby', helpId);
  return el('div', { class: 'pe-field' }, [
    el('label', { text: label, attrs: { for: control.id } }),
    help !== undefined && el('p', { class: 'muted pe-help', text: help, attrs: { id: helpId } }),
    control,
    errorSlot(path, ctx, control),
  ]);
}

function childLabel(key: string, required: boolean, lang: Language): string {
  const named = FIELD_LABELS[key] ? `${FIELD_LABELS[key][lang]} (${key})` : key;
  return required ? `${named} (${editorText(lang).required})` : named;
}

function nodeEditor(
  node: FormNode,
  path: DraftPath,
  label: string,
  ctx: Context,
  required: boolean,
  help?: string,
): HTMLElement {
  const t = editorText(ctx.host.lang);
  const lang = ctx.host.lang;
  switch (node.kind) {
    case 'object': {
      const legend = el('legend', { text: label });
      return el('fieldset', { class: 'pe-object', attrs: { id: controlId(path) } }, [
        legend,
        help !== undefined && el('p', { class: 'muted pe-help', text: help }),
        errorSlot(path, ctx),
        ...unknownFields(
          path,
          node.fields.map((f) => f.key),
          ctx,
          firstFocus(node, path),
        ),
        ...node.fields.map((f) =>
          nodeEditor(
            f.node,
            [...path, f.key],
            childLabel(f.key, f.required, lang),
            ctx,
            f.required,
            lang === 'en' ? f.description : undefined,
          ),
        ),
      ]);
    }
    case 'list': {
      const items = getAt(ctx.host.draft(), path);
      const list = Array.isArray(items) ? items : [];
      const addId = `${controlId(path)}-add`;
      const full = node.maxItems !== undefined && list.length >= node.maxItems;
      const add = el('button', {
        text: t.add,
        attrs: { type: 'button', id: addId, 'aria-label': t.addTo(label), class: 'pe-add' },
      });
      add.disabled = full;
      add.addEventListener('click', () => {
        const next = [...list, emptyValue(node.item)];
        ctx.host.restructure(path, next, firstFocus(node.item, [...path, list.length]));
      });
      return el('fieldset', { class: 'pe-list', attrs: { id: controlId(path) } }, [
        el('legend', { text: label }),
        help !== undefined && el('p', { class: 'muted pe-help', text: help }),
        errorSlot(path, ctx),
        ...list.map((_, i) => {
          const itemPath = [...path, i];
          const remove = el('button', {
            text: t.remove,
            attrs: { type: 'button', class: 'pe-remove', 'aria-label': t.removeEntry(label, i + 1) },
          });
          remove.addEventListener('click', () => {
            const next = list.filter((__, j) => j !== i);
            // Focus the entry that moved up, else the add button.
            const focus = next.length > i ? firstFocus(node.item, [...path, i]) : addId;
            ctx.host.restructure(path, next.length === 0 ? undefined : next, focus);
          });
          const editor =
            node.item.kind === 'object' || node.item.kind === 'list' || node.item.kind === 'map'
              ? nodeEditor(node.item, itemPath, `${label} – ${t.entry(i + 1)}`, ctx, true)
              : labelled(
                  `${label} – ${t.entry(i + 1)}`,
                  itemControl(node.item, itemPath, ctx),
                  itemPath,
                  ctx,
                );
          return el('div', { class: 'pe-item' }, [editor, remove]);
        }),
        add,
      ]);
    }
    case 'map':
      return mapEditor(node, path, label, ctx, help);
    case 'json':
      return jsonEditor(path, label, ctx, help);
    default:
      return labelled(label, scalarControl(node, path, ctx, required), path, ctx, help);
  }
}

function itemControl(node: FormNode, path: DraftPath, ctx: Context): HTMLElement {
  return scalarControl(node, path, ctx, true);
}

/**
 * Fields the schema does not know (e.g. `color` for `colour` in an imported
 * file): the form cannot edit them, so it names them and offers to remove them.
 */
function unknownFields(path: DraftPath, known: string[], ctx: Context, focusAfter: string): HTMLElement[] {
  const t = editorText(ctx.host.lang);
  const current = path.length === 0 ? ctx.host.draft() : getAt(ctx.host.draft(), path);
  if (!current || typeof current !== 'object' || Array.isArray(current)) return [];
  return Object.keys(current)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const remove = el('button', {
        text: t.remove,
        attrs: {
          type: 'button',
          class: 'pe-remove',
          'aria-label': t.removeUnknown(formatPath([...path, key])),
        },
      });
      remove.addEventListener('click', () => ctx.host.restructure([...path, key], undefined, focusAfter));
      return el('div', { class: 'pe-item pe-unknown' }, [
        el('p', { class: 'pe-error' }, [
          t.unknownField,
          ' ',
          el('code', { text: formatPath([...path, key]) }),
        ]),
        remove,
      ]);
    });
}

/** The id of the first control inside the editor for `path` (to focus a new entry). */
function firstFocus(node: FormNode, path: DraftPath): string {
  if (node.kind === 'object') {
    const first = node.fields[0];
    return first ? firstFocus(first.node, [...path, first.key]) : controlId(path);
  }
  if (node.kind === 'list' || node.kind === 'map') return `${controlId(path)}-add`;
  return controlId(path);
}

function mapEditor(
  node: Extract<FormNode, { kind: 'map' }>,
  path: DraftPath,
  label: string,
  ctx: Context,
  help?: string,
): HTMLElement {
  const t = editorText(ctx.host.lang);
  const current = getAt(ctx.host.draft(), path);
  const entries = Object.entries(current && typeof current === 'object' ? current : {});
  const addId = `${controlId(path)}-add`;
  const used = new Set(entries.map(([k]) => k));
  const free = node.key.kind === 'enum' ? node.key.values.filter((v) => !used.has(v)) : [];
  const add = el('button', {
    text: t.add,
    attrs: { type: 'button', id: addId, 'aria-label': t.addTo(label), class: 'pe-add' },
  });
  add.disabled = node.key.kind === 'enum' ? free.length === 0 : used.has('');
  add.addEventListener('click', () => {
    const key = node.key.kind === 'enum' ? free[0]! : '';
    const next = { ...Object.fromEntries(entries), [key]: emptyValue(node.value) };
    ctx.host.restructure(path, next, `${controlId([...path, key])}-key`);
  });
  return el('fieldset', { class: 'pe-map', attrs: { id: controlId(path) } }, [
    el('legend', { text: label }),
    help !== undefined && el('p', { class: 'muted pe-help', text: help }),
    errorSlot(path, ctx),
    ...entries.map(([key], i) => {
      const entryPath = [...path, key];
      const keyId = `${controlId(entryPath)}-key`;
      const keyLabel = `${label} – ${t.entry(i + 1)}: ${t.mapKey}`;
      const keyControl =
        node.key.kind === 'enum'
          ? el(
              'select',
              { attrs: { id: keyId } },
              node.key.values
                .filter((v) => v === key || !used.has(v))
                .map((v) => el('option', { text: v, attrs: { value: v } })),
            )
          : el('input', { attrs: { id: keyId, type: 'text', spellcheck: 'false' } });
      keyControl.value = key;
      const keyError = el('p', { class: 'pe-error', attrs: { id: `${keyId}-error`, role: 'alert' } });
      keyControl.setAttribute('aria-describedby', keyError.id);
      keyControl.addEventListener('change', () => {
        const to = keyControl.value;
        if (to === key) return;
        if (used.has(to)) {
          keyError.textContent = t.keyTaken(to);
          return;
        }
        const renamed = Object.fromEntries(entries.map(([k, v]) => [k === key ? to : k, v]));
        ctx.host.restructure(path, renamed, `${controlId([...path, to])}-key`);
      });
      const remove = el('button', {
        text: t.remove,
        attrs: { type: 'button', class: 'pe-remove', 'aria-label': t.removeEntry(label, i + 1) },
      });
      remove.addEventListener('click', () => {
        const next = Object.fromEntries(entries.filter(([k]) => k !== key));
        ctx.host.restructure(path, Object.keys(next).length === 0 ? undefined : next, addId);
      });
      const valueLabel = `${label} – ${t.entry(i + 1)}: ${t.mapValue}`;
      return el('div', { class: 'pe-item pe-entry' }, [
        el('div', { class: 'pe-field' }, [
          el('label', { text: keyLabel, attrs: { for: keyId } }),
          keyControl,
          keyError,
        ]),
        nodeEditor(node.value, entryPath, valueLabel, ctx, true),
        remove,
      ]);
    }),
    add,
  ]);
}

/** Structures no editor above presents: JSON text, checked as it is typed. */
function jsonEditor(path: DraftPath, label: string, ctx: Context, help?: string): HTMLElement {
  const t = editorText(ctx.host.lang);
  const id = controlId(path);
  const area = el('textarea', { attrs: { id, rows: '6', spellcheck: 'false', class: 'pe-json' } });
  const current = getAt(ctx.host.draft(), path);
  area.value = current === undefined ? '' : JSON.stringify(current, null, 2);
  const parseError = el('p', { class: 'pe-error', attrs: { id: `${id}-json`, role: 'alert' } });
  area.setAttribute('aria-describedby', parseError.id);
  area.addEventListener('input', () => {
    if (area.value.trim() === '') {
      parseError.textContent = '';
      ctx.host.change(path, undefined);
      return;
    }
    try {
      const value: unknown = JSON.parse(area.value);
      parseError.textContent = '';
      ctx.host.change(path, value);
    } catch (error) {
      parseError.textContent = t.jsonInvalid((error as Error).message);
    }
  });
  return labelled(`${label} (${t.json})`, area, path, ctx, help);
}

const FORM_ID = 'policy-fields';

/** The form: one section per setting, in the schema's order. */
export function renderPolicyForm(
  fields: FormField[],
  host: FormHost,
): { form: HTMLElement; slots: Map<string, FieldSlot> } {
  const ctx: Context = { host, slots: new Map() };
  const t = editorText(host.lang);
  const sections = fields.map((field) => {
    const path = [field.key];
    const label = `${field.label[host.lang]} (${field.key})`;
    const help = field.help[host.lang];
    const unset = t.unsetLine(field.unset[host.lang]);
    const body =
      field.node.kind === 'object' ||
      field.node.kind === 'list' ||
      field.node.kind === 'map' ||
      field.node.kind === 'json'
        ? nodeEditor(field.node, path, label, ctx, false, `${help} ${unset}`)
        : labelled(label, scalarControl(field.node, path, ctx, false), path, ctx, `${help} ${unset}`);
    return el('section', { class: 'pe-setting', attrs: { 'data-setting': field.key } }, [body]);
  });
  const unknown = unknownFields(
    [],
    fields.map((f) => f.key),
    ctx,
    FORM_ID,
  );
  return {
    form: el('div', { class: 'pe-form', attrs: { id: FORM_ID, tabindex: '-1' } }, [...unknown, ...sections]),
    slots: ctx.slots,
  };
}
