// Search results grouped by talk, each hit with its snippet and the matched words marked.

import type { SearchResults } from '../../../shared/search/searchEngine';
import type { SnippetSegment } from '../../../shared/search/snippet';

export interface OpenTarget {
  talkId: string;
  blockId: string | null;
  highlightId: string | null;
  terms: string[];
}

export interface ResultOption {
  key: string;
  groupIndex: number;
  target: OpenTarget;
}

function matchedTerms(snippet: SnippetSegment[]): string[] {
  return [...new Set(snippet.filter((segment) => segment.match).map((segment) => segment.text.toLowerCase()))];
}

/** Every hit as one option, in display order, for keyboard navigation. */
export function flattenResults(results: SearchResults | null): ResultOption[] {
  if (!results) return [];
  return results.groups.flatMap((group, groupIndex) =>
    group.hits.map((hit, hitIndex) => ({
      key: `${groupIndex}-${hitIndex}`,
      groupIndex,
      target: {
        talkId: group.talkId,
        blockId: hit.blockId,
        highlightId: hit.highlightId,
        terms: matchedTerms(hit.snippet),
      },
    })),
  );
}

const KIND_LABELS = { talk: 'Talk', block: 'Passage', highlight: 'Your highlight', note: 'Your note' } as const;

interface SearchResultListProps {
  listId: string;
  results: SearchResults | null;
  options: ResultOption[];
  activeKey: string | null;
  onOpen: (target: OpenTarget) => void;
  onHover: (index: number) => void;
}

export function SearchResultList({
  listId,
  results,
  options,
  activeKey,
  onOpen,
  onHover,
}: SearchResultListProps): React.JSX.Element | null {
  if (!results || results.groups.length === 0) return null;
  let optionIndex = -1;
  return (
    <div className="palette-results" id={listId} role="listbox" aria-label="Results">
      {results.groups.map((group, groupIndex) => (
        <div key={group.talkId} role="group" aria-label={group.talkTitle} className="result-group">
          <p className="result-talk" aria-hidden="true">
            <strong>{group.talkTitle}</strong>
            <span className="muted"> {[group.speakers.join(', '), group.summitYear].filter(Boolean).join(' · ')}</span>
          </p>
          {group.hits.map((hit, hitIndex) => {
            optionIndex++;
            const option = options[optionIndex];
            const index = optionIndex;
            const key = `${groupIndex}-${hitIndex}`;
            return (
              <div
                key={key}
                id={`${listId}-${key}`}
                role="option"
                aria-selected={activeKey === key}
                className="result-hit"
                onMouseMove={() => onHover(index)}
                onClick={() => option && onOpen(option.target)}
              >
                <span className="result-kind">{KIND_LABELS[hit.kind]}</span>
                {hit.snippet.length > 0 ? (
                  <span className="result-snippet">
                    {hit.snippet.map((segment, segmentIndex) =>
                      segment.match ? (
                        <mark key={segmentIndex}>{segment.text}</mark>
                      ) : (
                        <span key={segmentIndex}>{segment.text}</span>
                      ),
                    )}
                  </span>
                ) : (
                  <span className="result-snippet">{group.talkTitle}</span>
                )}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
