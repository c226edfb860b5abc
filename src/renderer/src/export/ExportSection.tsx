// The export half of "Export and back up": the reader's notes as Markdown, through the template
// they chose, copied or saved.

import { useState } from 'react';
import { describeTemplateError } from '../../../shared/export/exportTemplates';
import { allTemplates, selectedTemplate } from '../../../shared/export/templateSettings';
import { callMain } from '../ipc/client';
import { collectExport, type ExportFile, type ExportOptions, type ExportScope } from './collectExport';
import { TemplateEditor } from './TemplateEditor';
import { useExportTemplates } from './useExportTemplates';

function scopeFrom(value: string, currentTalkId: string | null): ExportScope {
  if (value === 'talk' && currentTalkId) return { kind: 'talk', talkId: currentTalkId };
  if (value.startsWith('summit:')) return { kind: 'summit', year: Number(value.slice(7)) };
  return { kind: 'all' };
}

const NOTHING_TO_EXPORT = 'There are no notes or highlights in this scope yet.';

export function ExportSection({
  currentTalkId,
  summitYears,
  onMessage,
}: {
  currentTalkId: string | null;
  summitYears: number[];
  onMessage: (message: string) => void;
}): React.JSX.Element {
  const [scope, setScope] = useState(currentTalkId ? 'talk' : 'all');
  const [layout, setLayout] = useState<ExportOptions['layout']>('folder');
  const [style, setStyle] = useState<ExportOptions['style']>('blockquote');
  const [citationKeys, setCitationKeys] = useState(false);
  const [editingTemplates, setEditingTemplates] = useState(false);
  const templates = useExportTemplates();
  const options: ExportOptions = { scope: scopeFrom(scope, currentTalkId), layout, style, citationKeys };

  /** The files to write, or null when the template fails (the reader is told which line). */
  const files = async (): Promise<ExportFile[] | null> => {
    const result = await collectExport(options, selectedTemplate(templates.settings).body);
    if (result.ok) return result.value;
    onMessage(`Not exported: ${describeTemplateError(result.error)} Nothing was written.`);
    return null;
  };

  const copy = async (): Promise<void> => {
    const exported = await files();
    if (!exported) return;
    if (exported.length === 0) return onMessage(NOTHING_TO_EXPORT);
    const result = await callMain('writeClipboard', exported.map((file) => file.content).join('\n'));
    onMessage(result.ok ? 'Copied as Markdown.' : `Could not copy: ${result.error.message}`);
  };

  const exportFiles = async (): Promise<void> => {
    const exported = await files();
    if (!exported) return;
    if (exported.length === 0) return onMessage(NOTHING_TO_EXPORT);
    const result = await callMain('saveFiles', 'markdown', exported);
    if (!result.ok) onMessage(`Could not export: ${result.error.message}`);
    else if (result.value.saved)
      onMessage(`Exported ${exported.length} file${exported.length === 1 ? '' : 's'} to ${result.value.location}.`);
  };

  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">Export notes as Markdown</h2>
      <div className="data-options">
        <label>
          Notes from
          <select value={scope} onChange={(event) => setScope(event.target.value)}>
            {currentTalkId && <option value="talk">This talk</option>}
            {summitYears.map((year) => (
              <option key={year} value={`summit:${year}`}>
                The {year} summit
              </option>
            ))}
            <option value="all">The whole notebook</option>
          </select>
        </label>
        <label>
          As
          <select value={layout} onChange={(event) => setLayout(event.target.value as ExportOptions['layout'])}>
            <option value="folder">A folder, one file per talk</option>
            <option value="single">One file</option>
          </select>
        </label>
        <label>
          Quotes as
          <select value={style} onChange={(event) => setStyle(event.target.value as ExportOptions['style'])}>
            <option value="blockquote">Block quotes</option>
            <option value="callout">Callouts (one type per colour)</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={citationKeys} onChange={(event) => setCitationKeys(event.target.checked)} />
          Citation keys in the frontmatter
        </label>
        <label>
          Template
          <select
            value={templates.settings.selected}
            disabled={!templates.loaded}
            onChange={(event) => void templates.select(event.target.value)}
          >
            {allTemplates(templates.settings).map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="editor-actions">
        <button type="button" onClick={() => void copy()}>
          Copy as Markdown
        </button>
        <button type="button" onClick={() => void exportFiles()}>
          Export…
        </button>
        <button
          type="button"
          aria-expanded={editingTemplates}
          disabled={!templates.loaded}
          onClick={() => setEditingTemplates((open) => !open)}
        >
          {editingTemplates ? 'Close templates' : 'Edit templates…'}
        </button>
      </div>
      {editingTemplates && <TemplateEditor templates={templates} options={options} onMessage={onMessage} />}
    </section>
  );
}
