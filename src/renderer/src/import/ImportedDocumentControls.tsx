// For a document the reader imported: file it under another summit year, or remove it.

import { useState } from 'react';
import type { SourceSummary } from '../../../shared/model';
import { callMain } from '../ipc/client';

interface ImportedDocumentControlsProps {
  source: SourceSummary;
  summitYear: number | null;
  onChanged: () => void;
}

export function ImportedDocumentControls({
  source,
  summitYear,
  onChanged,
}: ImportedDocumentControlsProps): React.JSX.Element {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const years = Array.from({ length: new Date().getFullYear() - 2015 + 2 }, (_, index) => 2015 + index).reverse();
  const setYear = async (value: string): Promise<void> => {
    const result = await callMain('setDocumentYear', source.id, value === 'other' ? null : Number(value));
    if (result.ok) onChanged();
    else setError(result.error.message);
  };
  return (
    <section className="imported-controls" aria-label="Imported document">
      <label>
        Summit year{' '}
        <select value={summitYear ?? 'other'} onChange={(event) => void setYear(event.target.value)}>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
          <option value="other">Other (no summit)</option>
        </select>
      </label>
      {confirming ? (
        <span>
          Remove “{source.title}”? Your notes on it stay in the notebook.{' '}
          <button
            type="button"
            onClick={() =>
              void callMain('removeDocument', source.id).then((result) =>
                result.ok ? onChanged() : setError(result.error.message),
              )
            }
          >
            Remove
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </span>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Remove from library…
        </button>
      )}
      {error && <p className="status error">{error}</p>}
    </section>
  );
}
