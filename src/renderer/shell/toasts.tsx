import { useTranslation } from 'react-i18next';
import { create } from 'zustand';

interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void | Promise<void> };
}

interface ToastState {
  toasts: Toast[];
  show: (toast: Omit<Toast, 'id'>, timeoutMs?: number) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Short notices ("moved to the trash — Undo"), announced politely to screen readers. */
export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show: (toast, timeoutMs = 8000) => {
    const id = nextId++;
    set({ toasts: [...get().toasts, { ...toast, id }] });
    if (timeoutMs > 0) setTimeout(() => get().dismiss(id), timeoutMs);
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((toast) => toast.id !== id) }),
}));

export function Toasts() {
  const { t } = useTranslation();
  const toasts = useToasts((state) => state.toasts);
  const dismiss = useToasts((state) => state.dismiss);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast--${toast.tone}`}>
          <span>{toast.message}</span>
          {toast.action ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                dismiss(toast.id);
                void toast.action?.run();
              }}
            >
              {toast.action.label}
            </button>
          ) : null}
          <button type="button" className="button button--small button--quiet" onClick={() => dismiss(toast.id)}>
            {t('dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
