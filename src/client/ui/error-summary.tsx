import { useEffect, useId, useRef } from 'react';
import { t } from '../i18n/t.ts';

export interface FieldError {
  /** id of the input the error belongs to; without it the error is shown as plain text */
  veld?: string;
  melding: string;
}

/**
 * The list of what went wrong, above the form. It takes focus when it appears so keyboard and
 * screen-reader users land on it; each line links to its field.
 */
export function ErrorSummary({ errors, focusKey }: { errors: FieldError[]; focusKey?: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  const titelId = useId();
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
    // focusKey changes on every submit, so a repeated error takes focus again
  }, [errors.length, focusKey]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="utrecht-alert utrecht-alert--error piramide-alert piramide-error-summary"
      aria-labelledby={titelId}
      role="group"
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h2 className="utrecht-heading-2 piramide-error-summary__title" id={titelId}>
            {t('fout.samenvatting')}
          </h2>
          <ul className="utrecht-unordered-list">
            {errors.map((e, i) => (
              <li key={i} className="utrecht-unordered-list__item">
                {e.veld ? (
                  <a
                    className="utrecht-link utrecht-link--html-a"
                    href={`#${e.veld}`}
                    onClick={(ev) => {
                      ev.preventDefault();
                      document.getElementById(e.veld!)?.focus();
                    }}
                  >
                    {e.melding}
                  </a>
                ) : (
                  e.melding
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
