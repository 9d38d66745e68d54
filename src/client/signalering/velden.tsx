import type { ReactNode } from 'react';
import { t } from '../i18n/t.ts';

/** The error line and description ids for a field, as TextField does it. */
function hulp(id: string, error?: string, description?: ReactNode) {
  const descId = description ? `${id}-uitleg` : undefined;
  const errId = error ? `${id}-fout` : undefined;
  return { descId, errId, describedBy: [errId, descId].filter(Boolean).join(' ') || undefined };
}

function Fout({ id, error }: { id?: string; error?: string }) {
  if (!error || !id) return null;
  return (
    <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={id}>
      <span className="piramide-visually-hidden">{t('fout.prefix')} </span>
      {error}
    </div>
  );
}

const veldKlasse = (error?: string) => ['utrecht-form-field', error && 'utrecht-form-field--invalid'].filter(Boolean).join(' ');

export function TextArea({ id, label, description, error, value, onChange, rows = 4 }: {
  id: string; label: ReactNode; description?: ReactNode; error?: string; value: string; onChange: (v: string) => void; rows?: number;
}) {
  const h = hulp(id, error, description);
  return (
    <div className={veldKlasse(error)}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>{label}</label>
      </div>
      {description && <div className="utrecht-form-field__description utrecht-form-field-description" id={h.descId}>{description}</div>}
      <Fout id={h.errId} error={error} />
      <div className="utrecht-form-field__input">
        <textarea
          id={id} name={id} rows={rows} value={value} onChange={(e) => onChange(e.target.value)}
          className={['utrecht-textarea', 'utrecht-textarea--html-textarea', error && 'utrecht-textarea--invalid'].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined} aria-describedby={h.describedBy}
        />
      </div>
    </div>
  );
}

export function SelectField({ id, label, error, value, onChange, options }: {
  id: string; label: ReactNode; error?: string; value: string; onChange: (v: string) => void; options: { value: string; label: string }[];
}) {
  const h = hulp(id, error);
  return (
    <div className={veldKlasse(error)}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>{label}</label>
      </div>
      <Fout id={h.errId} error={error} />
      <div className="utrecht-form-field__input">
        <select
          id={id} name={id} value={value} onChange={(e) => onChange(e.target.value)}
          className="utrecht-select utrecht-select--html-select" aria-invalid={error ? true : undefined} aria-describedby={h.describedBy}
        >
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </div>
    </div>
  );
}

/**
 * A group of radio buttons in a fieldset. The first button carries `id`, so a link in the error
 * summary lands on the group.
 */
export function RadioGroup({ id, legend, description, error, value, onChange, options, horizontal }: {
  id: string; legend: ReactNode; description?: ReactNode; error?: string; value: string; onChange: (v: string) => void;
  options: { value: string; label: string }[]; horizontal?: boolean;
}) {
  const h = hulp(id, error, description);
  return (
    <fieldset className={['utrecht-form-fieldset', 'piramide-fieldset', error && 'utrecht-form-field--invalid'].filter(Boolean).join(' ')} aria-describedby={h.describedBy}>
      <legend className="utrecht-form-fieldset__legend piramide-legend">{legend}</legend>
      {description && <div className="utrecht-form-field-description" id={h.descId}>{description}</div>}
      <Fout id={h.errId} error={error} />
      <div className={horizontal ? 'piramide-keuzes piramide-keuzes--rij' : 'piramide-keuzes'}>
        {options.map((o, i) => (
          <label key={o.value} className="piramide-keuze" htmlFor={i === 0 ? id : `${id}-${o.value}`}>
            <input
              type="radio" className="utrecht-radio-button utrecht-radio-button--html-input" name={id} id={i === 0 ? id : `${id}-${o.value}`}
              value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} aria-invalid={error ? true : undefined}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function CheckboxGroup({ id, legend, values, onChange, options }: {
  id: string; legend: ReactNode; values: string[]; onChange: (v: string[]) => void; options: { value: string; label: string }[];
}) {
  return (
    <fieldset className="utrecht-form-fieldset piramide-fieldset">
      <legend className="utrecht-form-fieldset__legend piramide-legend">{legend}</legend>
      <div className="piramide-keuzes">
        {options.map((o, i) => (
          <label key={o.value} className="piramide-keuze" htmlFor={i === 0 ? id : `${id}-${o.value}`}>
            <input
              type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" id={i === 0 ? id : `${id}-${o.value}`}
              checked={values.includes(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...values, o.value] : values.filter((v) => v !== o.value))}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** One question of our forms: a 1–5 scale or free text. */
export function FormulierVraag({ id, vraag, soort, verplicht, waarde, onChange, error, schaalUitleg }: {
  id: string; vraag: string; soort: 'schaal' | 'tekst'; verplicht: boolean; waarde: string; onChange: (v: string) => void;
  error?: string; schaalUitleg: string;
}) {
  const label = verplicht ? vraag : `${vraag} ${t('sig.form.nietVerplicht')}`;
  if (soort === 'tekst') return <TextArea id={id} label={label} value={waarde} onChange={onChange} error={error} rows={3} />;
  return (
    <RadioGroup
      id={id} legend={label} description={schaalUitleg} error={error} value={waarde} onChange={onChange} horizontal
      options={['1', '2', '3', '4', '5'].map((n) => ({ value: n, label: n }))}
    />
  );
}
