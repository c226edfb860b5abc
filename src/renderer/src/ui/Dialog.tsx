// A modal dialog: focus moves in, Escape or the backdrop closes it, and focus returns afterwards.

import { useEffect, useRef, type ReactNode } from 'react';

interface DialogProps {
  label: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  /** The label of a closing button at the foot of the dialog ("Close", "Done"); none when absent. */
  closeLabel?: string;
}

export function Dialog({ label, onClose, children, className, closeLabel }: DialogProps): React.JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>('input, select, button, [tabindex="0"]');
    (first ?? ref.current)?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div
        ref={ref}
        tabIndex={-1}
        className={`dialog ${className ?? ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        onMouseDown={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onClose();
          }
        }}
      >
        {children}
        {closeLabel && (
          <div className="editor-actions">
            <button type="button" onClick={onClose}>
              {closeLabel}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
