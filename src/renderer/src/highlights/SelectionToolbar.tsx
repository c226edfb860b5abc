// The small toolbar over a selection: highlight in a colour, add a note, copy the quote.

import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/annotations';
import { COLOR_DETAILS } from '../ui/highlightColors';
import type { TalkSelection } from '../anchoring/useSelectionInTalk';

interface SelectionToolbarProps {
  selection: TalkSelection;
  reattaching: boolean;
  onHighlight: (color?: HighlightColor) => void;
  onAddNote: () => void;
  onCopyQuote: () => void;
  onReattach: () => void;
}

const TOOLBAR_HEIGHT = 44;
const TOOLBAR_WIDTH = 420;

/** Below the selection, or above it when there is no room below; never outside the window. */
function placeInViewport(anchor: TalkSelection['anchor']): { top: number; left: number } {
  const below = anchor.bottom + 8;
  const above = anchor.top - TOOLBAR_HEIGHT - 8;
  const preferred = below + TOOLBAR_HEIGHT <= window.innerHeight ? below : above;
  const top = Math.min(Math.max(8, preferred), window.innerHeight - TOOLBAR_HEIGHT - 8);
  const left = Math.min(
    Math.max(8, anchor.left - TOOLBAR_WIDTH / 2),
    Math.max(8, window.innerWidth - TOOLBAR_WIDTH - 8),
  );
  return { top, left };
}

export function SelectionToolbar(props: SelectionToolbarProps): React.JSX.Element {
  const { selection, reattaching } = props;
  // Pressing a button must not clear the selection it acts on.
  const keepSelection = (event: React.MouseEvent): void => event.preventDefault();
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label="Selection"
      style={placeInViewport(selection.anchor)}
      onMouseDown={keepSelection}
    >
      {reattaching ? (
        <button type="button" onClick={props.onReattach}>
          Attach highlight here
        </button>
      ) : (
        <>
          <button type="button" onClick={() => props.onHighlight()}>
            Highlight
          </button>
          {HIGHLIGHT_COLORS.map((color, index) => (
            <button
              key={color}
              type="button"
              className="swatch"
              aria-label={`Highlight in ${COLOR_DETAILS[color].label} (${index + 1})`}
              title={`${COLOR_DETAILS[color].label} (${index + 1})`}
              style={{ backgroundColor: COLOR_DETAILS[color].swatch }}
              onClick={() => props.onHighlight(color)}
            />
          ))}
          <button type="button" onClick={props.onAddNote}>
            Add note
          </button>
          <button type="button" onClick={props.onCopyQuote}>
            Copy quote
          </button>
        </>
      )}
    </div>
  );
}
