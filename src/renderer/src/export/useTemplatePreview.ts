// The live preview of a template on the reader's own notes: the notes of the chosen scope are
// gathered once, then the template is rendered as it is typed (deferred, so typing stays quick).

import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { describeTemplateError, PREVIEW_RENDER_MS } from '../../../shared/export/exportTemplates';
import { gatherExport, renderExportFiles, type ExportOptions, type GatheredExport } from './collectExport';

/** The preview shows this much of the first file; the export itself is never cut. */
const PREVIEW_CHARS = 20_000;
/** One file of many talks is previewed with its first talks only, so typing stays quick. */
const PREVIEW_TALKS = 20;

export type TemplatePreview =
  | { state: 'loading' }
  | { state: 'empty' }
  | { state: 'shown'; text: string; fileCount: number }
  | { state: 'error'; message: string };

export function useTemplatePreview(options: ExportOptions, body: string): TemplatePreview {
  const { scope, layout, style, citationKeys } = options;
  const scopeKey = JSON.stringify(scope);
  // Kept with the scope it was gathered for, so a changed scope shows as loading until it arrives.
  const [gatheredFor, setGatheredFor] = useState<{ scopeKey: string; gathered: GatheredExport } | null>(null);
  const gathered = gatheredFor?.scopeKey === scopeKey ? gatheredFor.gathered : null;

  useEffect(() => {
    let current = true;
    void gatherExport(JSON.parse(scopeKey) as ExportOptions['scope']).then((result) => {
      if (current) setGatheredFor({ scopeKey, gathered: result });
    });
    return () => {
      current = false;
    };
  }, [scopeKey]);

  const deferredBody = useDeferredValue(body);
  return useMemo((): TemplatePreview => {
    if (!gathered) return { state: 'loading' };
    if (gathered.talks.length === 0) return { state: 'empty' };
    // The first file is shown: in a folder, the first talk's; in one file, the first talks'.
    const shown = { ...gathered, talks: gathered.talks.slice(0, layout === 'folder' ? 1 : PREVIEW_TALKS) };
    const rendered = renderExportFiles(shown, deferredBody, { layout, style, citationKeys }, PREVIEW_RENDER_MS);
    if (!rendered.ok) return { state: 'error', message: describeTemplateError(rendered.error) };
    const [first] = rendered.value;
    const text = first.content.length > PREVIEW_CHARS ? `${first.content.slice(0, PREVIEW_CHARS)}\n…` : first.content;
    const fileCount = layout === 'folder' ? gathered.talks.length : 1;
    return { state: 'shown', text, fileCount };
  }, [gathered, deferredBody, layout, style, citationKeys]);
}
