// Export templates in the page, against real IndexedDB in Chromium: the editor previews the
// reader's own notes as text (never as HTML), refuses a template with an error without changing
// anything, saves a good one as the export's template, and templates come back from a backup.

import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { highlightRecord } from '../../../../test/fixtures/records';
import { parseBackup } from '../../../shared/backup/backupParser';
import {
  EXPORT_TEMPLATES_KEY,
  normalizeTemplateSettings,
  selectedTemplate,
} from '../../../shared/export/templateSettings';
import { applyRestore, createBackup, wipeAll } from '../storage/backupTables';
import { getSetting, setSetting } from '../storage/settings';
import { deleteTestDatabases, freshTables as freshDatabase } from '../storage/testTables';
import { collectExport } from './collectExport';
import { ExportSection } from './ExportSection';

afterEach(deleteTestDatabases);

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 8000) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function typeInto(field: HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLSelectElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

function findButton(host: HTMLElement, label: string): HTMLButtonElement | undefined {
  return [...host.querySelectorAll('button')].find((candidate) => candidate.textContent === label);
}

function button(host: HTMLElement, label: string): HTMLButtonElement {
  const found = findButton(host, label);
  if (!found) throw new Error(`No button ${label}`);
  return found;
}

/** Main's side: the talk the highlight is on, so it anchors and has a place and a link. */
function bridgeWithTalk(): void {
  const talk = {
    id: 'talk-a',
    title: 'Talk A',
    speakers: ['Ann Lee'],
    blocks: [
      { id: 'talk-a-b1', type: 'paragraph', text: 'The talk opens here.' },
      { id: 'talk-a-b2', type: 'paragraph', text: 'Words before quoted text after them.' },
    ],
  };
  const source = {
    id: 's',
    imported: false,
    title: 'Source',
    kind: 'article',
    date: null,
    author: null,
    host: null,
    guests: [],
    talks: [],
  };
  const api = { getTalk: async () => ({ ok: true, value: { talk, source, summitYear: 2024 } }) };
  Object.defineProperty(window, 'summit', { value: api, configurable: true });
}

describe('the template editor', () => {
  let root: Root | null = null;
  let host: HTMLElement | null = null;
  afterEach(() => {
    root?.unmount();
    host?.remove();
    Reflect.deleteProperty(window, 'summit');
  });

  async function openEditor(): Promise<{ host: HTMLElement; messages: string[] }> {
    bridgeWithTalk();
    const db = freshDatabase();
    await db.highlights.put(
      highlightRecord('h1', { note: 'A note with <b>markup</b> & <img src=x onerror=alert(1)>', tags: ['gil'] }),
    );
    host = document.createElement('div');
    document.body.append(host);
    const messages: string[] = [];
    root = createRoot(host);
    root.render(<ExportSection currentTalkId={null} summitYears={[2024]} onMessage={(text) => messages.push(text)} />);
    const shown = host;
    await until(() => findButton(shown, 'Edit templates…')?.disabled === false, 'the templates to load');
    button(shown, 'Edit templates…').click();
    await until(() => shown.querySelector('pre.template-preview') !== null, 'the preview');
    return { host: shown, messages };
  }

  it('previews the export of the reader’s own notes as plain text', async () => {
    const { host: shown } = await openEditor();
    const preview = shown.querySelector('pre.template-preview');
    expect(preview?.textContent).toContain('> quoted text');
    expect(preview?.textContent).toContain('A note with <b>markup</b> & <img src=x onerror=alert(1)>');
    expect(preview?.querySelector('b, img')).toBeNull();
    const textarea = shown.querySelector('textarea');
    if (!textarea) throw new Error('No template text');
    typeInto(textarea, '{% for talk in talks %}{% for h in talk.highlights %}* {{ h.note }}{% endfor %}{% endfor %}');
    await until(
      () => shown.querySelector('pre.template-preview')?.textContent?.startsWith('* A note with <b>') === true,
      'the preview to follow the text',
    );
  });

  it('names the line of an error, and saves nothing', async () => {
    const { host: shown, messages } = await openEditor();
    const textarea = shown.querySelector('textarea');
    if (!textarea) throw new Error('No template text');
    typeInto(textarea, '# Notes\n\n{% for talk in talks %}\n{{ talk.title | shout }}');
    await until(() => shown.querySelector('[role="alert"]') !== null, 'the error');
    expect(shown.querySelector('[role="alert"]')?.textContent).toMatch(/^Line 4: /);
    button(shown, 'Save as my template').click();
    await until(() => shown.querySelector('[role="alert"]')?.textContent?.startsWith('Not saved') === true, 'refusal');
    expect(shown.querySelector('[role="alert"]')?.textContent).toMatch(/^Not saved: Line 4: .*Your templates are/);
    expect(await getSetting(EXPORT_TEMPLATES_KEY)).toBeUndefined();
    expect(messages).toEqual([]);
  });

  it('saves a good template as the one exports use', async () => {
    const { host: shown, messages } = await openEditor();
    const textarea = shown.querySelector('textarea');
    if (!textarea) throw new Error('No template text');
    typeInto(textarea, '{% for talk in talks %}{{ talk.title }}: {{ talk.highlights.size }}{% endfor %}');
    button(shown, 'Save as my template').click();
    await until(() => messages.length > 0, 'the save');
    const stored = normalizeTemplateSettings(await getSetting(EXPORT_TEMPLATES_KEY));
    expect(stored.templates).toHaveLength(1);
    expect(stored.selected).toBe(stored.templates[0].id);
    const exported = await collectExport(
      { scope: { kind: 'all' }, layout: 'folder', style: 'blockquote' },
      selectedTemplate(stored).body,
    );
    expect(exported).toEqual({ ok: true, value: [{ name: 'Talk A.md', content: 'Talk A: 1\n' }] });
    const menu = [...shown.querySelectorAll('select')].find((select) =>
      select.closest('label')?.textContent?.startsWith('Template'),
    );
    expect(menu?.value).toBe(stored.selected);
  });
});

describe('templates in backups', () => {
  it('go into a backup and come back from it, still the template exports use', async () => {
    freshDatabase();
    const templates = {
      selected: 't-mine',
      templates: [
        {
          id: 't-mine',
          name: 'Mine ✨',
          body: '{{ title }}\n{% for talk in talks %}- {{ talk.title }}\n{% endfor %}',
          updatedAt: 7,
        },
      ],
    };
    await setSetting(EXPORT_TEMPLATES_KEY, templates);
    const file = JSON.stringify(await createBackup('fixed'));
    await wipeAll();
    expect(await getSetting(EXPORT_TEMPLATES_KEY)).toBeUndefined();
    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.error);
    const { plan } = await applyRestore(parsed.backup);
    expect(plan.settings.added).toBe(1);
    const restored = normalizeTemplateSettings(await getSetting(EXPORT_TEMPLATES_KEY));
    expect(restored).toEqual(templates);
    expect(selectedTemplate(restored).name).toBe('Mine ✨');
  });

  it('from an older backup without them, or with a damaged value, leave exports on the default', async () => {
    freshDatabase();
    const backup = await createBackup('fixed');
    const damaged = {
      ...backup,
      settings: [{ key: EXPORT_TEMPLATES_KEY, value: { selected: 't-x', templates: [{ id: '../x', body: 1 }] } }],
    };
    const parsed = parseBackup(JSON.stringify(damaged));
    if (!parsed.ok) throw new Error(parsed.error);
    await applyRestore(parsed.backup);
    const restored = normalizeTemplateSettings(await getSetting(EXPORT_TEMPLATES_KEY));
    expect(restored).toEqual({ selected: 'default', templates: [] });
    const older = parseBackup(JSON.stringify({ ...backup, settings: [] }));
    if (!older.ok) throw new Error(older.error);
    await wipeAll();
    await applyRestore(older.backup);
    expect(selectedTemplate(normalizeTemplateSettings(await getSetting(EXPORT_TEMPLATES_KEY))).id).toBe('default');
  });
});
