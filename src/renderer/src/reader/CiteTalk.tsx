// "Cite this talk": copies the talk (or the write-up or episode it comes from) as BibTeX, CSL-JSON
// or a formatted reference. Main makes the citations with citation-js; the page only copies them.

import type { CitationFormats } from '../../../shared/citations/talkCitation';
import type { SourceKind } from '../../../shared/model';
import { callMain } from '../ipc/client';
import { useToast } from '../ui/ToastProvider';

const FORMATS = [
  ['bibtex', 'BibTeX'],
  ['csl', 'CSL-JSON'],
  ['formatted', 'Reference (APA)'],
] as const;

type Format = (typeof FORMATS)[number][0];

export function CiteTalk({ talkId, sourceKind }: { talkId: string; sourceKind: SourceKind }): React.JSX.Element {
  const toast = useToast();
  const copy = async (which: 'talk' | 'source', format: Format, label: string): Promise<void> => {
    const cited = await callMain('citeTalk', talkId);
    if (!cited.ok) return toast({ message: `Could not cite this talk: ${cited.error.message}` });
    const formats: CitationFormats = cited.value[which];
    const written = await callMain('writeClipboard', formats[format]);
    toast({
      message: written.ok ? `Copied as ${label}.` : `Could not copy: ${written.error.message}`,
      durationMs: 2500,
    });
  };
  const sourceLabel = sourceKind === 'article' ? 'The write-up' : 'The episode';
  return (
    <details className="cite-menu">
      <summary>Cite this talk</summary>
      <div className="cite-options" role="group" aria-label="Cite this talk">
        {(
          [
            ['talk', 'The talk'],
            ['source', sourceLabel],
          ] as const
        ).map(([which, whichLabel]) => (
          <p key={which}>
            <span className="muted">{whichLabel}:</span>{' '}
            {FORMATS.map(([format, label]) => (
              <button
                key={format}
                type="button"
                className="link-button"
                data-cite={`${which}-${format}`}
                onClick={() => void copy(which, format, label)}
              >
                {label}
              </button>
            ))}
          </p>
        ))}
      </div>
    </details>
  );
}
