import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api.ts';
import { t } from '../i18n/t.ts';
import { Button } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks } from '../ui/form-errors.ts';
import { Heading, Paragraph } from '../ui/heading.tsx';
import { RadioGroup, TextArea } from '../signalering/velden.tsx';
import { useToelatingFormulier } from './actie.ts';
import { toelatingKey } from './toelating-api.ts';

/** Parents consent (or not) and give their view: one task, plain words (UX: parents are partners). */
export function OuderForm({ aanvraagId, leerlingId }: { aanvraagId: string; leerlingId: string }) {
  const [keuze, setKeuze] = useState('');
  const [visie, setVisie] = useState('');
  const actie = useToelatingFormulier({ instemming: 'instemming', visie: 'visie' });
  const queryClient = useQueryClient();
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ok = await actie.run(fromChecks([
      ['instemming', keuze ? undefined : t('ouder.fout.keuze')], ['visie', visie.trim() ? undefined : t('ouder.fout.visie')],
    ]), () => api.post(`/api/aanvragen/${aanvraagId}/ouder`, { instemming: keuze === 'ja', visie }));
    if (ok) await queryClient.invalidateQueries({ queryKey: toelatingKey(leerlingId) });
  }
  return (
    <section aria-labelledby={`ouder-${aanvraagId}`}>
      <Heading level={4} id={`ouder-${aanvraagId}`}>{t('ouder.titel')}</Heading>
      <Paragraph>{t('ouder.uitleg')}</Paragraph>
      <ErrorSummary errors={actie.fouten.summary} focusKey={actie.poging} />
      <form className="piramide-form" noValidate onSubmit={onSubmit}>
        <RadioGroup id="instemming" legend={t('ouder.vraag')} value={keuze} onChange={setKeuze} error={actie.fouten.fields.instemming}
          options={[{ value: 'ja', label: t('ouder.ja') }, { value: 'nee', label: t('ouder.nee') }]} />
        <TextArea id="visie" label={t('ouder.visie')} description={t('ouder.visieUitleg')} value={visie} onChange={setVisie} error={actie.fouten.fields.visie} />
        <Button type="submit" appearance="primary" busy={actie.bezig}>{t('ouder.versturen')}</Button>
      </form>
    </section>
  );
}
