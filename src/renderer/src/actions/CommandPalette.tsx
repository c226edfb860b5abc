// The command palette: every action in the registry, filtered as you type, run with Enter.

import { useMemo, useState } from 'react';
import { Dialog } from '../ui/Dialog';
import { currentCapabilities } from './capabilities';
import { actions } from './registry';

export function CommandPalette({ onClose }: { onClose: () => void }): React.JSX.Element {
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const capabilities = useMemo(() => currentCapabilities(), []);
  const matching = actions.filter(
    (action) => action.isAvailable(capabilities) && action.label.toLowerCase().includes(filter.trim().toLowerCase()),
  );
  const run = (index: number): void => {
    const action = matching[index];
    if (!action) return;
    onClose();
    // After the palette closes, so the action sees the view it was opened over.
    window.setTimeout(() => action.run(currentCapabilities()), 0);
  };
  return (
    <Dialog label="Commands" onClose={onClose} className="palette">
      <input
        className="palette-input"
        role="combobox"
        aria-label="Find a command"
        aria-expanded="true"
        aria-controls="command-list"
        aria-activedescendant={matching[active] ? `command-${matching[active].id}` : undefined}
        placeholder="Type a command"
        value={filter}
        onChange={(event) => {
          setFilter(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, matching.length - 1));
          else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0));
          else if (event.key === 'Enter') run(active);
          else return;
          event.preventDefault();
        }}
      />
      <ul id="command-list" role="listbox" aria-label="Commands" className="command-list">
        {matching.map((action, index) => (
          <li
            key={action.id}
            id={`command-${action.id}`}
            role="option"
            aria-selected={index === active}
            className="result-hit"
            onMouseMove={() => setActive(index)}
            onClick={() => run(index)}
          >
            <span>{action.label}</span>
            <span className="muted">{action.keys.join('  ')}</span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
