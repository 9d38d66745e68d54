import type { ReactNode } from 'react';

type Type = 'info' | 'ok' | 'warning' | 'error';

/**
 * A message box. `live` makes screen readers announce it when it appears:
 * 'polite' for news (saved), 'assertive' for errors that block the user.
 */
export function Alert({ type, title, children, live }: { type: Type; title?: ReactNode; children?: ReactNode; live?: 'polite' | 'assertive' }) {
  const role = live === 'assertive' ? 'alert' : live === 'polite' ? 'status' : undefined;
  return (
    <div className={`utrecht-alert utrecht-alert--${type} piramide-alert`} role={role}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          {title && <p className="utrecht-paragraph piramide-alert__title">{title}</p>}
          {children}
        </div>
      </div>
    </div>
  );
}
