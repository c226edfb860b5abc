// Every shortcut, straight from the action registry, so the list is never out of date.

import { Dialog } from '../ui/Dialog';
import { actions } from './registry';

function keyLabel(key: string): string {
  const mac = /Mac/.test(navigator.platform);
  return key.replace('Mod+', mac ? '⌘' : 'Ctrl+').replace('Shift+', mac ? '⇧' : 'Shift+');
}

export function ShortcutsDialog({ onClose }: { onClose: () => void }): React.JSX.Element {
  return (
    <Dialog label="Keyboard shortcuts" onClose={onClose} closeLabel="Close">
      <h2>Keyboard shortcuts</h2>
      <table className="shortcuts">
        <tbody>
          {actions
            .filter((action) => action.keys.length > 0)
            .map((action) => (
              <tr key={action.id}>
                <th scope="row">{action.label}</th>
                <td>
                  {action.keys.map((key) => (
                    <kbd key={key}>{keyLabel(key)}</kbd>
                  ))}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </Dialog>
  );
}
