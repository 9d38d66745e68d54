import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { api } from '../api.ts';
import { formatDatum } from '../format.ts';
import { t } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Button, ButtonGroup } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks } from '../ui/form-errors.ts';
import { Heading, Paragraph } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { TextField } from '../ui/text-field.tsx';
import { CheckboxGroup, RadioGroup, SelectField, TextArea } from '../signalering/velden.tsx';
import { useToelatingFormulier } from '../toelating/actie.ts';
import { BEHEER_KEY, BRONNEN, LAGEN, useAanbodBeheer, VORMEN, type Beheer, type Voorziening } from './aanbod-api.ts';

type Invoer = Record<string, string | boolean | string[]>;

const leeg: Invoer = {
  naam: '', laag: 'in_de_school', vorm: 'plusklas', doelgroep: '', doelen: '', explicietCognitiefDoel: false, vasteLeerkracht: false,
  duur: 'heel_jaar', dagenTijden: '', locatie: '', gemeente: '', leeftijdVan: '6', leeftijdTot: '12', toelatingsbronnen: [],
  contactNaam: '', contactEmail: '', contactTelefoon: '', gekoppeldeSchoolId: '', particuliereAanbieder: '', bekostigdeSchoolId: '',
  ouderbijdrage: 'geen', vrijwilligeBijdrage: '', coordinatorId: '', actief: true,
};

function uit(v: Voorziening): Invoer {
  return {
    ...leeg, ...Object.fromEntries(Object.entries(v).filter(([k]) => k in leeg).map(([k, w]) => [k, w === null ? '' : typeof w === 'number' ? String(w) : w])),
  } as Invoer;
}

/** Add or change a provision; the server refuses what the rules forbid and says why. */
export function VoorzieningPage() {
  const { id = 'nieuw' } = useParams();
  const beheer = useAanbodBeheer();
  const v = beheer.data?.voorzieningen.find((x) => x.id === id);
  const titel = id === 'nieuw' ? t('vz.nieuw') : v?.naam ?? t('vz.wijzigen');
  return (
    <Page title={titel} terug={<Link className="piramide-back" to="/aanbod/beheer">{t('vz.terug')}</Link>}>
      {beheer.isPending && <Loading />}
      {beheer.isError && <LoadError error={beheer.error} />}
      {beheer.data && (id === 'nieuw' || v) && <Formulier key={id} beheer={beheer.data} v={v} />}
      {v && <Perioden v={v} />}
    </Page>
  );
}

function Formulier({ beheer, v }: { beheer: Beheer; v?: Voorziening }) {
  const [f, setF] = useState<Invoer>(v ? uit(v) : leeg);
  const zet = (k: string) => (w: string | boolean | string[]) => setF((o) => ({ ...o, [k]: w }));
  const tekst = (k: string) => String(f[k] ?? '');
  const velden = Object.fromEntries(Object.keys(leeg).map((k) => [k, k]));
  const actie = useToelatingFormulier(velden);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const scholen = [{ value: '', label: t('vz.geenSchool') }, ...beheer.scholen.map((s) => ({ value: s.id, label: `${s.naam} (${s.gemeente})` }))];

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const body = { ...f, leeftijdVan: Number(f.leeftijdVan), leeftijdTot: Number(f.leeftijdTot) };
    const ok = await actie.run(fromChecks([
      ['naam', tekst('naam').trim() ? undefined : t('vz.fout.naam')],
      ['gemeente', tekst('gemeente').trim() ? undefined : t('vz.fout.gemeente')],
    ]), () => (v ? api.put(`/api/aanbod/${v.id}`, body) : api.post('/api/aanbod', body)));
    if (ok) {
      await queryClient.invalidateQueries({ queryKey: BEHEER_KEY });
      navigate('/aanbod/beheer');
    }
  }

  return (
    <>
      <ErrorSummary errors={actie.fouten.summary} focusKey={actie.poging} />
      <form className="piramide-form" noValidate onSubmit={onSubmit}>
        <TextField id="naam" label={t('vz.naam')} value={tekst('naam')} onChange={(e) => zet('naam')(e.target.value)} error={actie.fouten.fields.naam} />
        <SelectField id="laag" label={t('vz.laag')} value={tekst('laag')} onChange={zet('laag')} error={actie.fouten.fields.laag}
          options={LAGEN.map((l) => ({ value: l, label: t(`aanbod.laag.${l}`) }))} />
        <SelectField id="vorm" label={t('vz.vorm')} value={tekst('vorm')} onChange={zet('vorm')} error={actie.fouten.fields.vorm}
          options={VORMEN.map((l) => ({ value: l, label: t(`aanbod.vorm.${l}`) }))} />
        <TextField id="doelgroep" label={t('vz.doelgroep')} value={tekst('doelgroep')} onChange={(e) => zet('doelgroep')(e.target.value)} error={actie.fouten.fields.doelgroep} />
        <TextArea id="doelen" label={t('vz.doelen')} description={t('vz.doelenUitleg')} value={tekst('doelen')} onChange={zet('doelen')} error={actie.fouten.fields.doelen} />
        <CheckboxGroup id="kenmerken" legend={t('vz.kenmerken')}
          values={(['explicietCognitiefDoel', 'vasteLeerkracht', 'actief'] as const).filter((k) => f[k] === true)}
          onChange={(w) => setF((o) => ({ ...o, explicietCognitiefDoel: w.includes('explicietCognitiefDoel'), vasteLeerkracht: w.includes('vasteLeerkracht'), actief: w.includes('actief') }))}
          options={[
            { value: 'explicietCognitiefDoel', label: t('vz.cognitiefDoel') }, { value: 'vasteLeerkracht', label: t('vz.vasteLeerkracht') },
            { value: 'actief', label: t('vz.actief') },
          ]} />
        <RadioGroup id="duur" legend={t('vz.duur')} value={tekst('duur')} onChange={zet('duur')} horizontal
          options={[{ value: 'heel_jaar', label: t('aanbod.duur.heel_jaar') }, { value: 'korter', label: t('aanbod.duur.korter') }]} />
        <TextField id="dagenTijden" label={t('vz.dagenTijden')} value={tekst('dagenTijden')} onChange={(e) => zet('dagenTijden')(e.target.value)} error={actie.fouten.fields.dagenTijden} />
        <TextField id="locatie" label={t('vz.locatie')} value={tekst('locatie')} onChange={(e) => zet('locatie')(e.target.value)} error={actie.fouten.fields.locatie} />
        <TextField id="gemeente" label={t('vz.gemeente')} value={tekst('gemeente')} onChange={(e) => zet('gemeente')(e.target.value)} error={actie.fouten.fields.gemeente} />
        <TextField id="leeftijdVan" type="number" inputMode="numeric" label={t('vz.leeftijdVan')} value={tekst('leeftijdVan')} onChange={(e) => zet('leeftijdVan')(e.target.value)} error={actie.fouten.fields.leeftijdVan} />
        <TextField id="leeftijdTot" type="number" inputMode="numeric" label={t('vz.leeftijdTot')} value={tekst('leeftijdTot')} onChange={(e) => zet('leeftijdTot')(e.target.value)} error={actie.fouten.fields.leeftijdTot} />
        <CheckboxGroup id="toelatingsbronnen" legend={t('vz.bronnen')} values={f.toelatingsbronnen as string[]} onChange={zet('toelatingsbronnen')}
          options={BRONNEN.map((b) => ({ value: b, label: t(`aanbod.bron.${b}`) }))} />
        {actie.fouten.fields.toelatingsbronnen && <Alert type="error">{actie.fouten.fields.toelatingsbronnen}</Alert>}
        <TextField id="contactNaam" label={t('vz.contactNaam')} value={tekst('contactNaam')} onChange={(e) => zet('contactNaam')(e.target.value)} error={actie.fouten.fields.contactNaam} />
        <TextField id="contactEmail" type="email" label={t('vz.contactEmail')} value={tekst('contactEmail')} onChange={(e) => zet('contactEmail')(e.target.value)} error={actie.fouten.fields.contactEmail} />
        <TextField id="contactTelefoon" type="tel" label={t('vz.contactTelefoon')} value={tekst('contactTelefoon')} onChange={(e) => zet('contactTelefoon')(e.target.value)} error={actie.fouten.fields.contactTelefoon} />
        <SelectField id="gekoppeldeSchoolId" label={t('vz.gekoppeldeSchool')} value={tekst('gekoppeldeSchoolId')} onChange={zet('gekoppeldeSchoolId')} error={actie.fouten.fields.gekoppeldeSchoolId} options={scholen} />
        <TextField id="particuliereAanbieder" label={t('vz.particulier')} description={t('vz.particulierUitleg')} value={tekst('particuliereAanbieder')} onChange={(e) => zet('particuliereAanbieder')(e.target.value)} error={actie.fouten.fields.particuliereAanbieder} />
        <SelectField id="bekostigdeSchoolId" label={t('vz.bekostigdeSchool')} value={tekst('bekostigdeSchoolId')} onChange={zet('bekostigdeSchoolId')} error={actie.fouten.fields.bekostigdeSchoolId} options={scholen} />
        <RadioGroup id="ouderbijdrage" legend={t('vz.ouderbijdrage')} description={t('vz.ouderbijdrageUitleg')} value={tekst('ouderbijdrage')} onChange={zet('ouderbijdrage')} error={actie.fouten.fields.ouderbijdrage}
          options={[{ value: 'geen', label: t('vz.bijdrage.geen') }, { value: 'vrijwillig', label: t('vz.bijdrage.vrijwillig') }, { value: 'verplicht', label: t('vz.bijdrage.verplicht') }]} />
        {f.ouderbijdrage === 'vrijwillig' && (
          <TextField id="vrijwilligeBijdrage" label={t('vz.vrijwilligeBijdrage')} value={tekst('vrijwilligeBijdrage')} onChange={(e) => zet('vrijwilligeBijdrage')(e.target.value)} error={actie.fouten.fields.vrijwilligeBijdrage} />
        )}
        <SelectField id="coordinatorId" label={t('vz.coordinator')} value={tekst('coordinatorId')} onChange={zet('coordinatorId')} error={actie.fouten.fields.coordinatorId}
          options={[{ value: '', label: t('beheer.geenCoordinator') }, ...beheer.coordinatoren.map((c) => ({ value: c.id, label: c.naam }))]} />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={actie.bezig}>{t('vz.opslaan')}</Button>
          <Link to="/aanbod/beheer">{t('sig.form.annuleren')}</Link>
        </ButtonGroup>
      </form>
    </>
  );
}

function Perioden({ v }: { v: Voorziening }) {
  const [van, setVan] = useState('');
  const [tot, setTot] = useState('');
  const [plaatsen, setPlaatsen] = useState('');
  const actie = useToelatingFormulier({ van: 'periode-van', tot: 'periode-tot', plaatsen: 'periode-plaatsen' });
  const queryClient = useQueryClient();
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ok = await actie.run(fromChecks([
      ['periode-van', van ? undefined : t('vz.fout.datum')], ['periode-tot', tot ? undefined : t('vz.fout.datum')],
      ['periode-plaatsen', plaatsen ? undefined : t('vz.fout.plaatsen')],
    ]), () => api.post(`/api/aanbod/${v.id}/perioden`, { van, tot, plaatsen: Number(plaatsen) }));
    if (ok) { setVan(''); setTot(''); setPlaatsen(''); await queryClient.invalidateQueries({ queryKey: BEHEER_KEY }); }
  }
  return (
    <section className="piramide-section" aria-labelledby="perioden-kop">
      <Heading level={2} id="perioden-kop">{t('vz.perioden')}</Heading>
      {v.perioden.length === 0 ? <Paragraph>{t('beheer.geenPeriode')}</Paragraph> : (
        <ul className="utrecht-unordered-list">
          {v.perioden.map((p) => (
            <li key={p.id} className="utrecht-unordered-list__item">
              {t('vz.periode', { van: formatDatum(p.van), tot: formatDatum(p.tot) })}: {t('beheer.bezetting', { bezet: p.bezet, plaatsen: p.plaatsen })}
            </li>
          ))}
        </ul>
      )}
      <ErrorSummary errors={actie.fouten.summary} focusKey={actie.poging} />
      <form className="piramide-form" noValidate onSubmit={onSubmit} aria-labelledby="perioden-kop">
        <TextField id="periode-van" type="date" label={t('vz.periodeVan')} value={van} onChange={(e) => setVan(e.target.value)} error={actie.fouten.fields['periode-van']} />
        <TextField id="periode-tot" type="date" label={t('vz.periodeTot')} value={tot} onChange={(e) => setTot(e.target.value)} error={actie.fouten.fields['periode-tot']} />
        <TextField id="periode-plaatsen" type="number" inputMode="numeric" label={t('vz.plaatsen')} value={plaatsen} onChange={(e) => setPlaatsen(e.target.value)} error={actie.fouten.fields['periode-plaatsen']} />
        <Button type="submit" busy={actie.bezig}>{t('vz.periodeToevoegen')}</Button>
      </form>
    </section>
  );
}
