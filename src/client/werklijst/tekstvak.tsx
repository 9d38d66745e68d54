import type { TextareaHTMLAttributes } from 'react';
import { t } from '../i18n/t.ts';

/** A labelled textarea with help text and an error linked for screen readers. */
export function Tekstvak({ id, label, uitleg, fout, ...rest }: { id: string; label: string; uitleg?: string; fout?: string } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const describedBy = [fout && `${id}-fout`, uitleg && `${id}-uitleg`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['utrecht-form-field', fout && 'utrecht-form-field--invalid'].filter(Boolean).join(' ')}>
      <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor={id}>{label}</label></div>
      {uitleg && <div className="utrecht-form-field-description" id={`${id}-uitleg`}>{uitleg}</div>}
      {fout && (
        <div className="utrecht-form-field-error-message" id={`${id}-fout`}>
          <span className="piramide-visually-hidden">{t('fout.prefix')} </span>{fout}
        </div>
      )}
      <div className="utrecht-form-field__input">
        <textarea id={id} name={id} className="utrecht-textarea utrecht-textarea--html-textarea piramide-textarea" aria-invalid={fout ? true : undefined} aria-describedby={describedBy} {...rest} />
      </div>
    </div>
  );
}
