import { useEffect, useRef, type ReactNode } from 'react';
import { Alert } from '../ui/alert.tsx';

/**
 * "Saved": announced, and focused when it appears, because the form that had focus is gone (on the
 * pupil's pages a saved form makes way for what she wrote).
 */
export function Bevestiging({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { ref.current?.focus(); }, []);
  return (
    <div ref={ref} tabIndex={-1} className="mijn-bevestiging">
      <Alert type="ok" live="polite">{children}</Alert>
    </div>
  );
}
