import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import { t } from '../i18n/t.ts';
import { Button } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks } from '../ui/form-errors.ts';
import { TextField } from '../ui/text-field.tsx';
import { RadioGroup } from '../signalering/velden.tsx';
import { useToelatingFormulier } from './actie.ts';
import { WERK_KEY, type CoordinatorRij } from './toelating-api.ts';

const PRIORITEITEN = ['thuiszitter', 'dreigende_uitval', 'regulier'] as const;

/**
 * The coordinator changes a pupil's priority or expected start on the waiting list, or takes the
 * pupil off it (the parents withdrew, or the pupil found a place elsewhere). The order follows the
 * rules in plain sight; a contribution never counts (003 §18.3).
 */
export function WachtlijstWijzigen({ r }: { r: Extract<CoordinatorRij, { soort: 'wachtend' }> }) {
  const [prioriteit, setPrioriteit] = useState(r.prioriteit);
  const [start, setStart] = useState(r.verwachteStart ?? '');
  const [vervallen, setVervallen] = useState(false);
  const ids = { prioriteit: `prio-${r.wachtlijstId}`, verwachteStart: `vstart-${r.wachtlijstId}` };
  const actie = useToelatingFormulier(ids);
  const queryClient = useQueryClient();
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ok = await actie.run(fromChecks([]),
      () => api.put(`/api/wachtlijst/${r.wachtlijstId}`, { prioriteit, verwachteStart: start || null, vervallen }));
    if (ok) await Promise.all([queryClient.invalidateQueries({ queryKey: WERK_KEY }), queryClient.invalidateQueries({ queryKey: ['werklijst'] })]);
  }
  const vid = `vervallen-${r.wachtlijstId}`;
  return (
    <details className="piramide-details">
      <summary>{t('wlw.kop')}<span className="piramide-visually-hidden">: {r.naam}</span></summary>
      <ErrorSummary errors={actie.fouten.summary} focusKey={actie.poging} />
      <form className="piramide-form" noValidate onSubmit={onSubmit} aria-label={t('wlw.label', { naam: r.naam })}>
        <RadioGroup id={ids.prioriteit} legend={t('wlw.prioriteit')} description={t('wlw.prioriteitUitleg')} value={prioriteit} onChange={setPrioriteit}
          error={actie.fouten.fields[ids.prioriteit]} options={PRIORITEITEN.map((p) => ({ value: p, label: t(`toel.prio.${p}`) }))} />
        <TextField id={ids.verwachteStart} type="date" label={t('wlw.start')} description={t('wlw.startUitleg')} value={start}
          onChange={(e) => setStart(e.target.value)} error={actie.fouten.fields[ids.verwachteStart]} />
        <div className="piramide-keuzes">
          <label className="piramide-keuze" htmlFor={vid}>
            <input type="checkbox" id={vid} className="utrecht-checkbox utrecht-checkbox--html-input" checked={vervallen} onChange={(e) => setVervallen(e.target.checked)} />
            <span>{t('wlw.vervallen')}</span>
          </label>
        </div>
        <Button type="submit" appearance={vervallen ? 'secondary' : 'primary'} busy={actie.bezig}>{vervallen ? t('wlw.vervallenKnop') : t('wlw.opslaan')}</Button>
      </form>
    </details>
  );
}
