import { formatDatum, vandaag } from '../format.ts';
import { t, tMaybe } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { DataList } from '../ui/data-list.tsx';
import { Heading } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { casusKey, leerlingPad, useScholen, type Termijn, type Vangnet } from '../casus/casus-api.ts';
import { KleinFormulier } from '../casus/klein-formulier.tsx';

/** How a deadline stands, in words (source of the deadlines: 003 §20.3). */
export function termijnTekst(tm: Termijn): string {
  const datum = formatDatum(tm.uiterlijk);
  if (tm.stand === 'verlopen') return t('vn.termijn.verlopen', { datum, dagen: -tm.dagenOver });
  if (tm.stand === 'op_tijd') return t('vn.termijn.opTijd', { datum });
  if (tm.stand === 'te_laat_gehaald') return t('vn.termijn.teLaat', { datum });
  return tm.dagenOver === 0 ? t('vn.termijn.vandaag') : t('vn.termijn.loopt', { datum, dagen: tm.dagenOver });
}

/** The vangnet route of a case: its steps and deadlines, and for the case manager the next step. */
export function VangnetSectie({ leerlingId, vangnet, magBeheren }: { leerlingId: string; vangnet: Vangnet | null; magBeheren: boolean }) {
  const pad = `${leerlingPad(leerlingId)}/vangnet`;
  const vernieuw = [casusKey(leerlingId), ['casus-werklijst']];
  const open = vangnet && !vangnet.herintreding;
  const scholen = useScholen(leerlingId, Boolean(magBeheren && open && vangnet?.plan));
  const termijn = (s: Termijn['soort']) => vangnet?.termijnen.find((x) => x.soort === s);
  const verlopen = vangnet?.termijnen.filter((x) => x.stand === 'verlopen') ?? [];

  return (
    <section className="piramide-section" aria-labelledby="vangnet-kop">
      <Heading level={2} id="vangnet-kop">{t('vn.titel')}</Heading>
      <p className="utrecht-paragraph">{t('vn.uitleg')}</p>
      <p className="utrecht-paragraph">{t('vn.geenVeiligThuis')}</p>
      <p className="utrecht-paragraph"><Link to="/vangnet/afspraken">{t('vn.afspraken.link')}</Link></p>
      {verlopen.map((tm) => (
        <Alert key={tm.soort} type="error" title={t(`vn.stap.${tm.soort}`)}>
          <p className="utrecht-paragraph">{termijnTekst(tm)} {t('vn.escalatie')}</p>
        </Alert>
      ))}
      {vangnet && (
        <DataList items={[
          { key: t('vn.stap.uitval'), value: formatDatum(vangnet.uitval) },
          { key: t('vn.stamschool'), value: vangnet.stamschool },
          { key: t('vn.stap.contact'), value: vangnet.contact ? t('vn.contactWaarde', { datum: formatDatum(vangnet.contact), persoon: vangnet.contactPersoon ?? '' }) : t('vn.nogNiet') },
          { key: t('vn.stap.intake'), value: vangnet.intake ? `${formatDatum(vangnet.intake)} — ${termijnTekst(termijn('intake')!)}` : termijnTekst(termijn('intake')!) },
          {
            key: t('vn.stap.tijdelijke_opvang'),
            value: vangnet.opvangStart
              ? `${t('vn.opvangWaarde', { soort: tMaybe(`vn.opvang.${vangnet.opvangSoort}`) ?? '', aanbieder: vangnet.opvangAanbieder ?? '', datum: formatDatum(vangnet.opvangStart) })} ${termijnTekst(termijn('tijdelijke_opvang')!)}`
              : t('vn.nogNiet'),
          },
          { key: t('vn.stap.plan'), value: vangnet.plan ? `${t(`vn.plan.${vangnet.plan}`)}: ${vangnet.planToelichting ?? ''}` : t('vn.nogNiet') },
          { key: t('vn.stap.leerplicht'), value: vangnet.leerplichtGeinformeerd ? t('vn.leerplichtWaarde', { datum: formatDatum(vangnet.leerplichtGeinformeerd), naam: vangnet.leerplichtambtenaar ?? '' }) : t('vn.nogNiet') },
          { key: t('vn.stap.herintreding'), value: vangnet.herintreding ? t('vn.herintredingWaarde', { datum: formatDatum(vangnet.herintreding), school: vangnet.herintredingSchool ?? vangnet.stamschool }) : t('vn.nogNiet') },
        ]} />
      )}
      {!vangnet && <p className="utrecht-paragraph">{t('vn.geen')}</p>}

      {magBeheren && (!vangnet || vangnet.herintreding) && (
        <details className="piramide-casus-details">
          <summary>{t('vn.form.uitval')}</summary>
          <KleinFormulier id="vn-uitval" kop={t('vn.form.uitval')} uitleg={t('vn.form.uitvalUitleg')} pad={pad} vernieuw={vernieuw} knop={t('vn.form.uitvalKnop')}
            velden={[{ naam: 'uitval', label: t('vn.veld.uitval'), soort: 'datum', verplicht: true, begin: vandaag() }]} />
        </details>
      )}
      {magBeheren && open && !vangnet.contact && (
        <KleinFormulier id="vn-contact" kop={t('vn.form.contact')} uitleg={t('vn.form.contactUitleg')} pad={`${pad}/contact`} vernieuw={vernieuw} knop={t('vn.form.opslaan')}
          velden={[
            { naam: 'datum', label: t('vn.veld.datum'), soort: 'datum', verplicht: true, begin: vandaag() },
            { naam: 'contactPersoon', label: t('vn.veld.contactPersoon'), soort: 'tekst', verplicht: true },
            { naam: 'verslag', label: t('vn.veld.afspraken'), soort: 'tekstvak', verplicht: true },
          ]} />
      )}
      {magBeheren && open && vangnet.contact && !vangnet.intake && (
        <KleinFormulier id="vn-intake" kop={t('vn.form.intake')} pad={`${pad}/intake`} vernieuw={vernieuw} knop={t('vn.form.opslaan')}
          velden={[
            { naam: 'datum', label: t('vn.veld.datum'), soort: 'datum', verplicht: true, begin: vandaag() },
            { naam: 'verslag', label: t('vn.veld.verslag'), soort: 'tekstvak', verplicht: true },
          ]} />
      )}
      {magBeheren && open && vangnet.contact && !vangnet.opvangStart && (
        <KleinFormulier id="vn-opvang" kop={t('vn.form.opvang')} uitleg={t('vn.form.opvangUitleg')} pad={`${pad}/opvang`} vernieuw={vernieuw} knop={t('vn.form.opslaan')}
          velden={[
            { naam: 'start', label: t('vn.veld.start'), soort: 'datum', verplicht: true, begin: vandaag() },
            { naam: 'soort', label: t('vn.veld.opvangSoort'), soort: 'keuze', verplicht: true, opties: (['huiskamer', 'zorgboerderij', 'anders'] as const).map((s) => ({ value: s, label: t(`vn.opvang.${s}`) })) },
            { naam: 'aanbieder', label: t('vn.veld.aanbieder'), soort: 'tekst', verplicht: true },
          ]} />
      )}
      {magBeheren && open && vangnet.contact && !vangnet.plan && (
        <KleinFormulier id="vn-plan" kop={t('vn.form.plan')} uitleg={t('vn.form.planUitleg')} pad={`${pad}/plan`} vernieuw={vernieuw} knop={t('vn.form.opslaan')}
          velden={[
            { naam: 'richting', label: t('vn.veld.richting'), soort: 'keuze', verplicht: true, opties: (['context_versterken', 'school_in_de_buurt'] as const).map((s) => ({ value: s, label: t(`vn.plan.${s}`) })) },
            { naam: 'toelichting', label: t('vn.veld.toelichting'), soort: 'tekstvak', verplicht: true },
          ]} />
      )}
      {magBeheren && open && !vangnet.leerplichtGeinformeerd && (
        <KleinFormulier id="vn-leerplicht" kop={t('vn.form.leerplicht')} uitleg={t('vn.form.leerplichtUitleg')} pad={`${pad}/leerplicht`} vernieuw={vernieuw} knop={t('vn.form.opslaan')}
          velden={[
            { naam: 'datum', label: t('vn.veld.datum'), soort: 'datum', verplicht: true, begin: vandaag() },
            { naam: 'naam', label: t('vn.veld.leerplichtambtenaar'), soort: 'tekst', verplicht: true },
          ]} />
      )}
      {magBeheren && open && vangnet.plan && scholen.data && (
        <KleinFormulier id="vn-herintreding" kop={t('vn.form.herintreding')} uitleg={t('vn.form.herintredingUitleg')} pad={`${pad}/herintreding`} vernieuw={vernieuw} knop={t('vn.form.herintredingKnop')}
          naar={(w) => ({ datum: w.datum, schoolId: w.schoolId || null, toelichting: w.toelichting })}
          velden={[
            { naam: 'datum', label: t('vn.veld.datum'), soort: 'datum', verplicht: true, begin: vandaag() },
            { naam: 'schoolId', label: t('vn.veld.school'), soort: 'lijst', opties: [{ value: '', label: t('vn.veld.schoolStam', { school: vangnet.stamschool }) }, ...scholen.data.scholen.map((s) => ({ value: s.id, label: `${s.naam} (${s.gemeente})` }))] },
            { naam: 'toelichting', label: t('vn.veld.toelichting'), soort: 'tekstvak' },
          ]} />
      )}
    </section>
  );
}
