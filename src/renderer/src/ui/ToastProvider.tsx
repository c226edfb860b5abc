// Short messages with an optional action (such as Undo), announced to screen readers as they appear.

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export interface ToastRequest {
  message: string;
  action?: { label: string; run: () => void };
  durationMs?: number;
}

interface Toast extends ToastRequest {
  id: number;
}

const ToastContext = createContext<(toast: ToastRequest) => void>(() => undefined);

export function useToast(): (toast: ToastRequest) => void {
  return useContext(ToastContext);
}

const DEFAULT_DURATION_MS = 6000;
let nextId = 1;

function ToastItem({ toast, onDone }: { toast: Toast; onDone: (id: number) => void }): React.JSX.Element {
  useEffect(() => {
    const timer = window.setTimeout(() => onDone(toast.id), toast.durationMs ?? DEFAULT_DURATION_MS);
    return () => window.clearTimeout(timer);
  }, [toast, onDone]);
  return (
    <div className="toast">
      <span>{toast.message}</span>
      <button type="button" className="toast-dismiss" aria-label="Dismiss" onClick={() => onDone(toast.id)}>
        ×
      </button>
      {toast.action && (
        <button
          type="button"
          onClick={() => {
            toast.action?.run();
            onDone(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
    </div>
  );
}

export function ToastProvider({ children }: { children: ReactNode }): React.JSX.Element {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const show = useCallback(
    // At most two at a time: a new message replaces the oldest instead of stacking over the text.
    (toast: ToastRequest) => setToasts((current) => [...current.slice(-1), { ...toast, id: nextId++ }]),
    [],
  );
  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDone={dismiss} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}
