/**
 * The "Richtlinien-Editor": compose, check, preview, import and export the
 * organisation's policy. Needs no extension API: the same page works opened
 * from the built extension or as a file.
 */
import { exportArtefacts, type ExportOptions } from '../core/admin/policy-export';
import { editorText } from '../core/admin/policy-editor-text';
import { type Draft, type DraftPath, setAt } from '../core/admin/policy-draft';
import { formFields } from '../core/admin/policy-form';
import { importPolicy } from '../core/admin/policy-import';
import { checkDraft, fieldOfProblem, previewModel, type PreviewView } from '../core/admin/policy-preview';
import { decodeTextFile } from '../core/admin/registry-file';
import type { Catalogue } from '../core/catalogue/policy-schema';
import { CHROMIUM_EXTENSION_ID, FIREFOX_ADDON_ID } from '../core/extension-ids';
import type { SettingProblem } from '../core/settings/managed-settings';
import { demoChoices } from '../core/trainer/resolve-demo';
import type { Language } from '../core/ui-text';
import { el, fill } from './dom';
import { labelledSelect } from './page-controls';
import { type FieldSlot, renderPolicyForm } from './policy-editor-form';
import { renderPreview } from './policy-editor-preview';

/** The validator's wording after the label "Erwartet:"/"Expected:", without saying "expected" twice. */
function expectation(message: string): string {
  return message.replace(/^expected\s+/i, '');
}

export interface PolicyEditorInput {
  catalogue: Catalogue;
  lang: Language;
  /** YYYY-MM-DD */
  today: string;
  randomUuid: () => string;
  /** Hands a file to the user (Blob + <a download>). */
  download(fileName: string, mimeType: string, content: string): void;
}

const VIEWS: PreviewView[] = ['configured', 'inform', 'acknowledge', 'reason', 'block'];

export function renderPolicyEditor(root: HTMLElement, input: PolicyEditorInput): void {
  let lang = input.lang;
  let draft: Draft = {};
  let slots = new Map<string, FieldSlot>();
  let toolId = 'whatsapp';
  let view: PreviewView = 'configured';
  const fields = formFields();
  const exportOptions: Omit<ExportOptions, 'randomUuid'> = {
    chromeId: CHROMIUM_EXTENSION_ID,
    firefoxId: FIREFOX_ADDON_ID,
  };

  const formSlot = el('div', { attrs: { id: 'policy-form' } });
  const summary = el('div', { class: 'pe-summary', attrs: { id: 'problems', role: 'status' } });
  const previewTools = el('select', { attrs: { id: 'preview-tool' } });
  const previewViews = el('select', { attrs: { id: 'preview-view' } });
  const previewHost = el('div', { class: 'pe-preview', attrs: { id: 'preview' } });
  const exportList = el('ul', { class: 'pe-exports', attrs: { id: 'exports' } });
  const exportStatus = el('p', { class: 'muted', attrs: { id: 'export-status', role: 'status' } });
  const importStatus = el('p', { attrs: { id: 'import-status', role: 'status' } });

  const check = () =>
    checkDraft(draft, { catalogue: input.catalogue, browserLanguage: lang, today: input.today });

  function showProblems(problems: SettingProblem[]) {
    const t = editorText(lang);
    for (const slot of slots.values()) {
      slot.errors.replaceChildren();
      slot.control?.removeAttribute('aria-invalid');
    }
    for (const problem of problems) {
      const at = fieldOfProblem(problem.path, new Set(slots.keys()));
      const slot = at !== undefined ? slots.get(at) : undefined;
      if (!slot) continue;
      slot.control?.setAttribute('aria-invalid', 'true');
      slot.errors.append(
        el('p', {
          class: 'pe-error',
          text: `${problem.path} – ${t.expected}: ${expectation(problem.expected)}; ${t.found}: ${problem.found}`,
        }),
      );
    }
    fill(summary, [
      el('p', {
        class: problems.length > 0 ? 'pe-bad' : 'pe-good',
        attrs: { 'data-problems': String(problems.length) },
        text: problems.length > 0 ? t.problems(problems.length) : t.problemsNone,
      }),
      problems.length > 0 &&
        el(
          'ul',
          {},
          problems.map((p) =>
            el('li', {}, [
              el('code', { text: p.path }),
              ` – ${t.expected}: ${expectation(p.expected)}; ${t.found}: `,
              el('code', { text: p.found }),
            ]),
          ),
        ),
    ]);
  }

  function refresh() {
    const { policy, problems } = check();
    showProblems(problems);
    const t = editorText(lang);
    const choices = demoChoices(policy);
    if (!choices.some((c) => c.id === toolId) && choices[0]) toolId = choices[0].id;
    previewTools.replaceChildren(
      ...choices.map((c) => {
        const option = el('option', { text: c.name, attrs: { value: c.id } });
        option.selected = c.id === toolId;
        return option;
      }),
    );
    const model = previewModel(policy, toolId, view);
    renderPreview(previewHost, model ?? null, t.previewNone);
    for (const button of exportList.querySelectorAll('button')) button.disabled = problems.length > 0;
    exportStatus.textContent = problems.length > 0 ? t.exportBlocked : '';
  }

  function change(path: DraftPath, value: unknown) {
    draft = setAt(draft, path, value);
    refresh();
  }

  function rebuildForm(focusId?: string) {
    const built = renderPolicyForm(fields, {
      lang,
      draft: () => draft,
      change,
      restructure(path, value, focus) {
        draft = setAt(draft, path, value);
        rebuildForm(focus);
      },
    });
    slots = built.slots;
    formSlot.replaceChildren(built.form);
    refresh();
    if (focusId) document.getElementById(focusId)?.focus();
  }

  function idField(
    key: 'chromeId' | 'edgeId' | 'firefoxId' | 'updateUrl' | 'xpiUrl' | 'ingestName',
    label: string,
  ) {
    const id = `export-${key}`;
    const input = el('input', { attrs: { id, type: 'text', spellcheck: 'false' } });
    input.value = exportOptions[key] ?? '';
    input.addEventListener('input', () => {
      exportOptions[key] = input.value.trim();
    });
    return el('div', { class: 'pe-field' }, [el('label', { text: label, attrs: { for: id } }), input]);
  }

  function render() {
    const t = editorText(lang);
    document.documentElement.lang = lang;
    document.title = `${t.title} – Leitplanke`;
    const fileInput = el('input', {
      attrs: { id: 'import-file', type: 'file', accept: '.json,.reg,.mobileconfig,.plist,application/json' },
    });
    fileInput.addEventListener('change', () => {
      const file = fileInput.files?.[0];
      if (!file) return;
      void file.arrayBuffer().then((buffer) => {
        const result = importPolicy(decodeTextFile(new Uint8Array(buffer)));
        if (!result.ok) {
          importStatus.textContent = editorText(lang).importFailed(file.name, result.error);
          return;
        }
        draft = result.settings;
        if (result.extensionId) {
          if (
            result.format === 'firefox' ||
            result.extensionId.includes('@') ||
            result.extensionId.startsWith('{')
          )
            exportOptions.firefoxId = result.extensionId;
          else exportOptions.chromeId = result.extensionId;
        }
        render();
        importStatus.textContent = [
          editorText(lang).imported(file.name, Object.keys(draft).length),
          ...result.notes,
        ].join(' ');
      });
    });
    const pageLanguage = labelledSelect(
      'page-language',
      t.pageLanguage,
      [
        { value: 'de', text: 'Deutsch', lang: 'de' },
        { value: 'en', text: 'English', lang: 'en' },
      ],
      lang,
      (next) => {
        lang = next === 'en' ? 'en' : 'de';
        render();
      },
    );
    previewTools.onchange = () => {
      toolId = previewTools.value;
      refresh();
    };
    previewViews.replaceChildren(
      ...VIEWS.map((v) => {
        const option = el('option', { text: t.previewViews[v], attrs: { value: v } });
        option.selected = v === view;
        return option;
      }),
    );
    previewViews.onchange = () => {
      view = VIEWS.find((v) => v === previewViews.value) ?? 'configured';
      refresh();
    };
    exportList.replaceChildren(
      ...exportArtefacts({}, { ...exportOptions, randomUuid: input.randomUuid }).map((artefact) => {
        const button = el('button', {
          text: t.download(artefact.fileName),
          attrs: {
            type: 'button',
            'data-artefact': artefact.id,
            'aria-describedby': `export-${artefact.id}-about`,
          },
        });
        button.addEventListener('click', () => {
          const fresh = exportArtefacts(draft, { ...exportOptions, randomUuid: input.randomUuid }).find(
            (a) => a.id === artefact.id,
          )!;
          input.download(fresh.fileName, fresh.mimeType, fresh.content);
          exportStatus.textContent = editorText(lang).downloaded(fresh.fileName);
        });
        return el('li', {}, [
          button,
          el('p', {
            class: 'muted',
            text: t.artefacts[artefact.id],
            attrs: { id: `export-${artefact.id}-about` },
          }),
        ]);
      }),
    );
    fill(root, [
      el('div', { class: 'pe-top' }, [el('h1', { text: t.title }), pageLanguage.field]),
      el('p', { text: t.intro }),
      el('section', { class: 'pe-import', attrs: { 'aria-labelledby': 'import-heading' } }, [
        el('h2', { text: t.importHeading, attrs: { id: 'import-heading' } }),
        el('div', { class: 'pe-field' }, [
          el('label', { text: t.importLabel, attrs: { for: 'import-file' } }),
          fileInput,
        ]),
        importStatus,
      ]),
      el('div', { class: 'pe-layout' }, [
        el('section', { class: 'pe-settings', attrs: { 'aria-labelledby': 'settings-heading' } }, [
          el('h2', { text: t.settingsHeading, attrs: { id: 'settings-heading' } }),
          summary,
          formSlot,
        ]),
        el('section', { class: 'pe-side', attrs: { 'aria-labelledby': 'preview-heading' } }, [
          el('h2', { text: t.previewHeading, attrs: { id: 'preview-heading' } }),
          el('div', { class: 'pe-field' }, [
            el('label', { text: t.previewTool, attrs: { for: 'preview-tool' } }),
            previewTools,
          ]),
          el('div', { class: 'pe-field' }, [
            el('label', { text: t.previewView, attrs: { for: 'preview-view' } }),
            previewViews,
          ]),
          previewHost,
        ]),
      ]),
      el('section', { class: 'pe-export', attrs: { 'aria-labelledby': 'export-heading' } }, [
        el('h2', { text: t.exportHeading, attrs: { id: 'export-heading' } }),
        el('fieldset', {}, [
          el('legend', { text: t.exportIds }),
          idField('chromeId', t.chromeId),
          idField('edgeId', t.edgeId),
          idField('firefoxId', t.firefoxId),
          idField('updateUrl', t.updateUrl),
          idField('xpiUrl', t.xpiUrl),
          idField('ingestName', t.ingestName),
        ]),
        exportStatus,
        exportList,
      ]),
    ]);
    rebuildForm();
  }

  render();
}
