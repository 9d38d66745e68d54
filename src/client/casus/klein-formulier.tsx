import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { api } from '../api.ts';
import { t } from '../i18n/t.ts';
import { Button } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks, fromServer, geenFouten, type FormErrors } from '../ui/form-errors.ts';
import { Heading } from '../ui/heading.tsx';
import { TextField } from '../ui/text-field.tsx';
import { RadioGroup, SelectField, TextArea } from '../signalering/velden.tsx';

export type Veld = {
  naam: string; label: string; soort: 'datum' | 'tekst' | 'tekstvak' | 'keuze' | 'lijst';
  uitleg?: string; verplicht?: boolean; opties?: { value: string; label: string }[]; begin?: string;
};

/**
 * One small form on the case page: its own heading, fields, the error summary and one button. Saves
 * with POST (or PUT), then refreshes the given queries. Field names equal the server's, so its
 * field errors land under the right field.
 */
export function KleinFormulier({ id, kop, uitleg, velden, knop, pad, methode = 'post', naar, vernieuw, kopNiveau = 3, onOpgeslagen }: {
  id: string; kop: string; uitleg?: ReactNode; velden: Veld[]; knop: string; pad: string; methode?: 'post' | 'put';
  naar?: (w: Record<string, string>) => object; vernieuw: unknown[][]; kopNiveau?: 2 | 3 | 4; onOpgeslagen?: () => void;
}) {
  const leeg = Object.fromEntries(velden.map((v) => [v.naam, v.begin ?? '']));
  const [waarden, setWaarden] = useState<Record<string, string>>(leeg);
  const [fouten, setFouten] = useState<FormErrors>(geenFouten);
  const [poging, setPoging] = useState(0);
  const [bezig, setBezig] = useState(false);
  const qc = useQueryClient();
  const veldId = (naam: string) => `${id}-${naam}`;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (bezig) return;
    setPoging((p) => p + 1);
    const check = fromChecks(velden.map((v) => [veldId(v.naam), v.verplicht && !waarden[v.naam]?.trim() ? t('casus.verplicht', { veld: v.label }) : undefined]));
    setFouten(check);
    if (check.summary.length) return;
    setBezig(true);
    try {
      const body = naar ? naar(waarden) : waarden;
      await (methode === 'put' ? api.put(pad, body) : api.post(pad, body));
      await Promise.all(vernieuw.map((k) => qc.invalidateQueries({ queryKey: k })));
      setWaarden(leeg);
      onOpgeslagen?.();
    } catch (error) {
      setFouten(fromServer(error, Object.fromEntries(velden.map((v) => [v.naam, veldId(v.naam)]))));
    } finally {
      setBezig(false);
    }
  }

  const zet = (naam: string) => (w: string) => setWaarden((x) => ({ ...x, [naam]: w }));
  return (
    <form className="piramide-form piramide-casus-form" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-kop`}>
      <Heading level={kopNiveau} id={`${id}-kop`}>{kop}</Heading>
      {uitleg && <p className="utrecht-paragraph">{uitleg}</p>}
      <ErrorSummary errors={fouten.summary} focusKey={poging} />
      {velden.map((v) => {
        const vid = veldId(v.naam);
        const err = fouten.fields[vid];
        if (v.soort === 'tekstvak') return <TextArea key={v.naam} id={vid} label={v.label} description={v.uitleg} value={waarden[v.naam]!} onChange={zet(v.naam)} error={err} />;
        if (v.soort === 'keuze') return <RadioGroup key={v.naam} id={vid} legend={v.label} description={v.uitleg} value={waarden[v.naam]!} onChange={zet(v.naam)} error={err} options={v.opties ?? []} />;
        if (v.soort === 'lijst') return <SelectField key={v.naam} id={vid} label={v.label} value={waarden[v.naam]!} onChange={zet(v.naam)} error={err} options={v.opties ?? []} />;
        return (
          <TextField key={v.naam} id={vid} type={v.soort === 'datum' ? 'date' : 'text'} label={v.label} description={v.uitleg}
            value={waarden[v.naam]} onChange={(e) => zet(v.naam)(e.target.value)} error={err} />
        );
      })}
      <Button type="submit" appearance="primary" busy={bezig}>{knop}</Button>
    </form>
  );
}
