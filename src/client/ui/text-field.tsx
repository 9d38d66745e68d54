import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { t } from '../i18n/t.ts';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
}

/**
 * Label, optional help text, the error (if any) and the input, linked with aria-describedby
 * so a screen reader reads the error together with the field.
 */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { id, label, description, error, className, type = 'text', ...rest },
  ref,
) {
  const descId = description ? `${id}-uitleg` : undefined;
  const errId = error ? `${id}-fout` : undefined;
  const describedBy = [errId, descId].filter(Boolean).join(' ') || undefined;
  const cls = ['utrecht-textbox', 'utrecht-textbox--html-input', error && 'utrecht-textbox--invalid', className];
  return (
    <div className={['utrecht-form-field', 'utrecht-form-field--text', error && 'utrecht-form-field--invalid'].filter(Boolean).join(' ')}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description && (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={descId}>
          {description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={errId}>
          <span className="piramide-visually-hidden">{t('fout.prefix')} </span>
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">
        <input
          ref={ref}
          id={id}
          name={id}
          type={type}
          className={cls.filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...rest}
        />
      </div>
    </div>
  );
});
