// Renders one block of a talk: every block type of the model has its own presentation.

import { Fragment } from 'react';
import type { Block } from '../../../shared/model';
import { formatTimestamp } from '../ui/labels';
import { PepText } from '../ui/PepMention';

type Segment = Extract<Block, { type: 'segment' }>;

function SegmentView({ block, tabIndex }: { block: Segment; tabIndex?: number }): React.JSX.Element {
  return (
    <div className="segment" id={block.id} data-block-id={block.id} tabIndex={tabIndex}>
      <span className="timestamp">{formatTimestamp(block.start)}</span>
      <p className="segment-text" data-text-of={block.id}>
        <PepText text={block.text} />
      </p>
    </div>
  );
}

/** A sponsor read spans several segments; it folds away as one unit. */
function SponsorRead({ segments }: { segments: Segment[] }): React.JSX.Element {
  const start = formatTimestamp(segments[0].start);
  return (
    <details className="sponsor-read">
      <summary>Sponsor read at {start}</summary>
      {segments.map((segment) => (
        <SegmentView key={segment.id} block={segment} />
      ))}
    </details>
  );
}

/**
 * Renders blocks in order, folding each run of sponsor segments together; `focusable` lets j/k and
 * Tab move through them for keyboard reading; `markers` are shown before the blocks they name
 * (outside any block's text, so highlights never include them).
 */
export function BlockList({
  blocks,
  focusable = false,
  markers,
}: {
  blocks: Block[];
  focusable?: boolean;
  markers?: ReadonlyMap<string, React.ReactNode>;
}): React.JSX.Element {
  const elements: React.JSX.Element[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const marker = markers?.get(block.id);
    if (marker) elements.push(<Fragment key={`marker-${block.id}`}>{marker}</Fragment>);
    if (block.type === 'segment' && block.sponsor) {
      const run: Segment[] = [];
      while (i < blocks.length && blocks[i].type === 'segment' && (blocks[i] as Segment).sponsor)
        run.push(blocks[i++] as Segment);
      i--;
      elements.push(<SponsorRead key={run[0].id} segments={run} />);
    } else elements.push(<BlockView key={block.id} block={block} focusable={focusable} />);
  }
  return <>{elements}</>;
}

/**
 * Renders one block. The element marked data-text-of holds exactly the block's text, which is
 * what highlights anchor to; everything else (timestamps, attributions, marks) sits outside it.
 * PEP mentions inside it are buttons holding only their own characters, so the text is unchanged.
 */
export function BlockView({ block, focusable = false }: { block: Block; focusable?: boolean }): React.JSX.Element {
  const tabIndex = focusable ? -1 : undefined;
  const common = { id: block.id, 'data-block-id': block.id, 'data-text-of': block.id, tabIndex } as const;
  switch (block.type) {
    case 'heading':
      return block.level <= 2 ? (
        <h2 {...common}>
          <PepText text={block.text} />
        </h2>
      ) : (
        <h3 {...common}>
          <PepText text={block.text} />
        </h3>
      );
    case 'paragraph':
      return (
        <p {...common}>
          <PepText text={block.text} />
        </p>
      );
    case 'quote':
      return (
        <figure className="quote" id={block.id} data-block-id={block.id} tabIndex={tabIndex}>
          <blockquote data-text-of={block.id}>
            <PepText text={block.text} />
          </blockquote>
          {block.attribution && <figcaption>— {block.attribution}</figcaption>}
        </figure>
      );
    case 'list': {
      // The newline text nodes between items keep the element's text equal to the block's.
      const items = block.items.flatMap((item, index) => [
        ...(index > 0 ? [<Fragment key={`gap-${index}`}>{'\n'}</Fragment>] : []),
        <li key={index}>
          <PepText text={item} />
        </li>,
      ]);
      return block.ordered ? <ol {...common}>{items}</ol> : <ul {...common}>{items}</ul>;
    }
    case 'code':
      return (
        <pre className="code" id={block.id} data-block-id={block.id} tabIndex={tabIndex}>
          <code data-text-of={block.id}>{block.text}</code>
        </pre>
      );
    case 'caption':
      return (
        <p className="caption" id={block.id} data-block-id={block.id} tabIndex={tabIndex}>
          <span className="caption-mark" aria-hidden="true">
            ▣
          </span>{' '}
          <span data-text-of={block.id}>
            <PepText text={block.text} />
          </span>
        </p>
      );
    case 'segment':
      return <SegmentView block={block} tabIndex={tabIndex} />;
  }
}
