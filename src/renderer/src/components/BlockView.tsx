// Renders one block of a talk: every block type of the model has its own presentation.

import type { Block } from '../../../shared/model';
import { formatTimestamp } from './labels';

function SegmentView({ block }: { block: Extract<Block, { type: 'segment' }> }): React.JSX.Element {
  const body = (
    <div className="segment" id={block.id} data-block-id={block.id}>
      <span className="timestamp" aria-label={`at ${formatTimestamp(block.start)}`}>
        {formatTimestamp(block.start)}
      </span>
      <p className="segment-text">{block.text}</p>
    </div>
  );
  if (!block.sponsor) return body;
  return (
    <details className="sponsor-read">
      <summary>Sponsor read at {formatTimestamp(block.start)}</summary>
      {body}
    </details>
  );
}

export function BlockView({ block }: { block: Block }): React.JSX.Element {
  const common = { id: block.id, 'data-block-id': block.id } as const;
  switch (block.type) {
    case 'heading':
      return block.level <= 2 ? <h2 {...common}>{block.text}</h2> : <h3 {...common}>{block.text}</h3>;
    case 'paragraph':
      return <p {...common}>{block.text}</p>;
    case 'quote':
      return (
        <figure className="quote" {...common}>
          <blockquote>{block.text}</blockquote>
          {block.attribution && <figcaption>— {block.attribution}</figcaption>}
        </figure>
      );
    case 'list': {
      const items = block.items.map((item, index) => <li key={index}>{item}</li>);
      return block.ordered ? <ol {...common}>{items}</ol> : <ul {...common}>{items}</ul>;
    }
    case 'code':
      return (
        <pre className="code" {...common}>
          <code>{block.text}</code>
        </pre>
      );
    case 'caption':
      return (
        <p className="caption" {...common}>
          <span className="caption-mark" aria-hidden="true">
            ▣
          </span>{' '}
          {block.text}
        </p>
      );
    case 'segment':
      return <SegmentView block={block} />;
  }
}
