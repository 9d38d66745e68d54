import { useState, type FormEvent } from 'react';
import { t, tMaybe } from '../i18n/t.ts';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks } from '../ui/form-errors.ts';
import { Paragraph } from '../ui/heading.tsx';
import { TextField } from '../ui/text-field.tsx';
import { vandaag } from '../format.ts';
import { INSTRUMENTEN, postScreening, SCREENING_UITKOMSTEN } from './signalering-api.ts';
import { Knoppen, useVerzenden } from './signaal-form-page.tsx';
import { RadioGroup, SelectField, TextArea } from './velden.tsx';

const MAX = 5 * 1024 * 1024;
const TYPES = ['application/pdf', 'image/png', 'image/jpeg'];

function leesBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });
}

/**
 * The outcome of a licensed instrument: instrument, date, outcome, advice and the product's own
 * report. The instrument's questions are never typed into Piramide (licence).
 */
export function ScreeningForm({ id, terug }: { id: string; terug: string }) {
  const [instrument, setInstrument] = useState<string>(INSTRUMENTEN[0]);
  const [uitkomst, setUitkomst] = useState('');
  const [advies, setAdvies] = useState('');
  const [datum, setDatum] = useState(vandaag());
  const [bestand, setBestand] = useState<File | null>(null);
  const verzend = useVerzenden(id, terug, postScreening, { 'rapport.inhoud': 'rapport', 'rapport.type': 'rapport', 'rapport.naam': 'rapport' });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const check = fromChecks([
      ['uitkomst', uitkomst ? undefined : t('sig.screening.kiesUitkomst')],
      ['rapport', !bestand ? undefined : !TYPES.includes(bestand.type) ? t('sig.screening.type') : bestand.size > MAX ? t('sig.screening.groot') : undefined],
    ]);
    const rapport = bestand && check.summary.length === 0
      ? { naam: bestand.name, type: bestand.type, inhoud: await leesBase64(bestand) } : undefined;
    await verzend.run(check, { instrument, uitkomst, datum, advies: advies.trim() || undefined, rapport });
  }

  return (
    <>
      <Paragraph>{t('sig.screening.licentie')}</Paragraph>
      <ErrorSummary errors={verzend.fouten.summary} focusKey={verzend.poging} />
      <form className="piramide-form" noValidate onSubmit={onSubmit}>
        <SelectField id="instrument" label={t('sig.screening.instrument')} value={instrument} onChange={setInstrument}
          options={INSTRUMENTEN.map((i) => ({ value: i, label: i }))} error={verzend.fouten.fields.instrument} />
        <RadioGroup id="uitkomst" legend={t('sig.screening.uitkomst')} value={uitkomst} onChange={setUitkomst} error={verzend.fouten.fields.uitkomst}
          options={SCREENING_UITKOMSTEN.map((u) => ({ value: u, label: tMaybe(`sig.uitkomst.${u}`) ?? u }))} />
        <TextArea id="advies" label={t('sig.screening.adviesLabel')} value={advies} onChange={setAdvies} error={verzend.fouten.fields.advies} />
        <TextField id="datum" type="date" label={t('sig.form.datum')} value={datum} onChange={(e) => setDatum(e.target.value)} error={verzend.fouten.fields.datum} />
        <TextField id="rapport" type="file" accept="application/pdf,image/png,image/jpeg" label={t('sig.screening.rapportLabel')}
          description={t('sig.screening.rapportUitleg')} onChange={(e) => setBestand(e.target.files?.[0] ?? null)}
          error={verzend.fouten.fields.rapport} />
        <Knoppen bezig={verzend.bezig} terug={terug} />
      </form>
    </>
  );
}
