import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import { t } from '../i18n/t.ts';
import { Button } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks } from '../ui/form-errors.ts';
import { Heading, Paragraph } from '../ui/heading.tsx';
import { TextField } from '../ui/text-field.tsx';
import { CheckboxGroup, RadioGroup, SelectField, TextArea } from '../signalering/velden.tsx';
import { BRONNEN, usePubliekAanbod } from '../aanbod/aanbod-api.ts';
import { useToelatingFormulier } from './actie.ts';
import { BESLUITEN, PRIORITEITEN, toelatingKey, type Aanvraag } from './toelating-api.ts';

/** The commissie weighs several sources (no single threshold, 003 §18.6) and records its reasons. */
export function BesluitForm({ aanvraag, leerlingId }: { aanvraag: Aanvraag; leerlingId: string }) {
  const [besluit, setBesluit] = useState('');
  const [redenen, setRedenen] = useState('');
  const [advies, setAdvies] = useState('');
  const [gw, setGw] = useState('');
  const [bronnen, setBronnen] = useState<string[]>([]);
  const [weging, setWeging] = useState<Record<string, string>>({});
  const [ander, setAnder] = useState('');
  const [prioriteit, setPrioriteit] = useState('regulier');
  const aanbod = usePubliekAanbod('', '');
  const actie = useToelatingFormulier({ besluit: 'besluit', redenen: 'redenen', advies: 'advies', gedragswetenschapper: 'gedragswetenschapper', gewogenBronnen: 'gewogenBronnen', andereVoorzieningId: 'andereVoorzieningId' });
  const queryClient = useQueryClient();

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ok = await actie.run(fromChecks([
      ['besluit', besluit ? undefined : t('besluit.fout.besluit')],
      ['gewogenBronnen', bronnen.length >= 2 ? undefined : t('besluit.fout.bronnen')],
      ...bronnen.map((b): [string, string | undefined] => [`weging-${b}`, weging[b]?.trim() ? undefined : t('besluit.fout.weging')]),
      ['redenen', redenen.trim() ? undefined : t('besluit.fout.redenen')],
      ['gedragswetenschapper', gw.trim() ? undefined : t('besluit.fout.gw')],
    ]), () => api.post(`/api/aanvragen/${aanvraag.id}/besluit`, {
      besluit, redenen, advies, gedragswetenschapper: gw, prioriteit,
      gewogenBronnen: bronnen.map((b) => ({ bron: b, weging: weging[b] ?? '' })),
      andereVoorzieningId: besluit === 'andere_voorziening' ? ander || null : null,
    }));
    if (ok) await queryClient.invalidateQueries({ queryKey: toelatingKey(leerlingId) });
  }

  return (
    <section aria-labelledby={`besluit-${aanvraag.id}`}>
      <Heading level={4} id={`besluit-${aanvraag.id}`}>{t('besluit.titel')}</Heading>
      <Paragraph>{t('besluit.uitleg')}</Paragraph>
      <ErrorSummary errors={actie.fouten.summary} focusKey={actie.poging} />
      <form className="piramide-form" noValidate onSubmit={onSubmit}>
        <CheckboxGroup id="gewogenBronnen" legend={t('besluit.bronnen')} values={bronnen} onChange={setBronnen}
          options={BRONNEN.map((b) => ({ value: b, label: t(`aanbod.bron.${b}`) }))} />
        {bronnen.map((b) => (
          <TextField key={b} id={`weging-${b}`} label={t('besluit.weging', { bron: t(`aanbod.bron.${b as 'lvs'}`) })} value={weging[b] ?? ''}
            onChange={(e) => setWeging((w) => ({ ...w, [b]: e.target.value }))} error={actie.fouten.fields[`weging-${b}`]} />
        ))}
        <RadioGroup id="besluit" legend={t('besluit.wat')} value={besluit} onChange={setBesluit} error={actie.fouten.fields.besluit}
          options={BESLUITEN.map((b) => ({ value: b, label: t(`besluit.optie.${b}`, { voorziening: aanvraag.voorziening }) }))} />
        {besluit === 'andere_voorziening' && (
          <SelectField id="andereVoorzieningId" label={t('besluit.ander')} value={ander} onChange={setAnder} error={actie.fouten.fields.andereVoorzieningId}
            options={[{ value: '', label: t('besluit.kies') }, ...(aanbod.data?.voorzieningen ?? []).filter((v) => v.id !== aanvraag.voorzieningId).map((v) => ({ value: v.id, label: `${v.naam} (${v.gemeente})` }))]} />
        )}
        {besluit !== 'nu_niet' && (
          <RadioGroup id="prioriteit" legend={t('besluit.prioriteit')} value={prioriteit} onChange={setPrioriteit}
            options={PRIORITEITEN.map((p) => ({ value: p, label: t(`toel.prio.${p}`) }))} />
        )}
        <TextArea id="redenen" label={t('besluit.redenen')} description={t('besluit.redenenUitleg')} value={redenen} onChange={setRedenen} error={actie.fouten.fields.redenen} />
        <TextArea id="advies" label={t('besluit.advies')} value={advies} onChange={setAdvies} error={actie.fouten.fields.advies} />
        <TextField id="gedragswetenschapper" label={t('besluit.gw')} value={gw} onChange={(e) => setGw(e.target.value)} error={actie.fouten.fields.gedragswetenschapper} />
        <Button type="submit" appearance="primary" busy={actie.bezig}>{t('besluit.vastleggen')}</Button>
      </form>
    </section>
  );
}
