// Editing export templates: pick one, change its text, see the export of the reader's own notes
// as plain text as they type, and save it as one of their templates. A template with an error
// is not saved; the error names its line.

import { useState } from 'react';
import { checkTemplate, describeTemplateError } from '../../../shared/export/exportTemplates';
import { sampleExport } from '../../../shared/export/templateSample';
import { allTemplates, type TemplateChoice } from '../../../shared/export/templateSettings';
import type { ExportOptions } from './collectExport';
import type { ExportTemplates } from './useExportTemplates';
import { useTemplatePreview, type TemplatePreview } from './useTemplatePreview';

function PreviewText({ preview }: { preview: TemplatePreview }): React.JSX.Element {
  if (preview.state === 'loading') return <p className="muted">Gathering your notes…</p>;
  if (preview.state === 'empty') return <p className="muted">There are no notes in this scope to preview yet.</p>;
  if (preview.state === 'error')
    return (
      <p className="template-error" role="alert">
        {preview.message}
      </p>
    );
  return (
    <>
      <p className="muted">
        {preview.fileCount === 1 ? 'The file' : `The first of ${preview.fileCount} files`}, as it will be written:
      </p>
      <pre className="template-preview" aria-label="Preview" tabIndex={0}>
        {preview.text}
      </pre>
    </>
  );
}

export function TemplateEditor({
  templates,
  options,
  onMessage,
}: {
  templates: ExportTemplates;
  options: ExportOptions;
  onMessage: (message: string) => void;
}): React.JSX.Element {
  const choices = allTemplates(templates.settings);
  const [editing, setEditing] = useState<TemplateChoice>(
    () => choices.find((choice) => choice.id === templates.settings.selected) ?? choices[0],
  );
  const [name, setName] = useState(editing.builtIn ? `My ${editing.name.toLowerCase()}` : editing.name);
  const [body, setBody] = useState(editing.body);
  const [problem, setProblem] = useState<string | null>(null);
  const preview = useTemplatePreview(options, body);

  const open = (id: string): void => {
    const choice = choices.find((candidate) => candidate.id === id) ?? choices[0];
    setEditing(choice);
    setName(choice.builtIn ? `My ${choice.name.toLowerCase()}` : choice.name);
    setBody(choice.body);
    setProblem(null);
  };

  const save = async (asNew: boolean): Promise<void> => {
    const checked = checkTemplate(body, (collection) => sampleExport(new Date().toISOString(), collection));
    if (!checked.ok) {
      setProblem(`Not saved: ${describeTemplateError(checked.error)} Your templates are unchanged.`);
      return;
    }
    const id = asNew || editing.builtIn ? `t-${crypto.randomUUID()}` : editing.id;
    const template = { id, name: name.trim() || 'Untitled template', body, updatedAt: Date.now() };
    await templates.save(template);
    setEditing({ id, name: template.name, body, builtIn: false });
    setProblem(null);
    onMessage(`Saved the template “${template.name}”; exports now use it.`);
  };

  const remove = async (): Promise<void> => {
    await templates.remove(editing.id);
    onMessage(`Deleted the template “${editing.name}”.`);
    open('default');
  };

  return (
    <div className="template-editor">
      <div className="data-options">
        <label>
          Edit
          <select value={editing.id} onChange={(event) => open(event.target.value)}>
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.builtIn ? `${choice.name} (built in)` : choice.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Name
          <input value={name} maxLength={120} onChange={(event) => setName(event.target.value)} />
        </label>
      </div>
      <label className="template-body">
        Template (Liquid)
        <textarea value={body} spellCheck={false} rows={14} onChange={(event) => setBody(event.target.value)} />
      </label>
      {problem && (
        <p className="template-error" role="alert">
          {problem}
        </p>
      )}
      <div className="editor-actions">
        <button type="button" onClick={() => void save(false)}>
          {editing.builtIn ? 'Save as my template' : 'Save'}
        </button>
        {!editing.builtIn && (
          <>
            <button type="button" onClick={() => void save(true)}>
              Save as new
            </button>
            <button type="button" onClick={() => void remove()}>
              Delete
            </button>
          </>
        )}
      </div>
      <PreviewText preview={preview} />
    </div>
  );
}
