import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api } from '../api.ts';
import { vandaag } from '../format.ts';
import { t } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Button, ButtonGroup } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks, fromServer, geenFouten, type FormErrors } from '../ui/form-errors.ts';
import { Heading } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { TextField } from '../ui/text-field.tsx';
import { CheckboxGroup, SelectField, TextArea } from '../signalering/velden.tsx';
import { casusKey, leerlingPad, useCasus } from './casus-api.ts';

type ActieRij = { omschrijving: string; eigenaar: string; uiterlijk: string; oppDoel: string };
const regels = (s: string) => s.split('\n').map((x) => x.trim()).filter(Boolean);

/** A structured meeting (source: 004 §3): agenda, who was there, the verslag, decisions, actions, next meeting. */
export function OverlegPage() {
  const { id = '' } = useParams();
  const c = useCasus(id);
  const terug = `/leerlingen/${encodeURIComponent(id)}/casus`;
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [datum, setDatum] = useState(vandaag());
  const [agenda, setAgenda] = useState('');
  const [deelnemers, setDeelnemers] = useState<string[]>([]);
  const [verslag, setVerslag] = useState('');
  const [besluiten, setBesluiten] = useState('');
  const [acties, setActies] = useState<ActieRij[]>([]);
  const [volgend, setVolgend] = useState('');
  const [delen, setDelen] = useState(true);
  const [fouten, setFouten] = useState<FormErrors>(geenFouten);
  const [poging, setPoging] = useState(0);
  const [bezig, setBezig] = useState(false);

  const casus = c.data?.casus;
  const betrokkenen = casus?.betrokkenen ?? [];
  const metOuderOfLeerling = betrokkenen.some((b) => deelnemers.includes(b.id) && (b.rol === 'ouder' || b.rol === 'leerling'));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (bezig) return;
    setPoging((p) => p + 1);
    const check = fromChecks([
      ['agenda', regels(agenda).length ? undefined : t('overleg.agendaLeeg')],
      ['verslag', verslag.trim() ? undefined : t('overleg.verslagLeeg')],
      ...acties.flatMap((a, i): [string, string | undefined][] => [
        [`actie-${i}-omschrijving`, a.omschrijving.trim() ? undefined : t('overleg.actieLeeg')],
        [`actie-${i}-uiterlijk`, a.uiterlijk ? undefined : t('overleg.actieDatumLeeg')],
      ]),
    ]);
    setFouten(check);
    if (check.summary.length) return;
    setBezig(true);
    try {
      await api.post(`${leerlingPad(id)}/casus/overleggen`, {
        datum, agenda: regels(agenda), deelnemers, verslag, besluiten: regels(besluiten),
        acties: acties.map((a) => ({ ...a, oppDoel: a.oppDoel || undefined })), volgendOverleg: volgend || null, delen,
      });
      await Promise.all([qc.invalidateQueries({ queryKey: casusKey(id) }), qc.invalidateQueries({ queryKey: ['casus-werklijst'] })]);
      navigate(terug);
    } catch (error) {
      const ids: Record<string, string> = { datum: 'datum', agenda: 'agenda', verslag: 'verslag', volgendOverleg: 'volgend' };
      acties.forEach((_, i) => { for (const v of ['omschrijving', 'eigenaar', 'uiterlijk', 'oppDoel']) ids[`acties.${i}.${v}`] = `actie-${i}-${v}`; });
      setFouten(fromServer(error, ids));
    } finally {
      setBezig(false);
    }
  }

  const zetActie = (i: number, veld: keyof ActieRij) => (w: string) => setActies((x) => x.map((a, j) => (j === i ? { ...a, [veld]: w } : a)));
  const eigenaars = [{ value: 'casemanager', label: t('overleg.eigenaarCm') }, ...betrokkenen.map((b) => ({ value: b.id, label: `${b.naam} (${t(`casus.rol.${b.rol}`)})` }))];

  return (
    <Page title={t('overleg.titel')} terug={<Link className="piramide-back" to={terug}>{t('overleg.terug')}</Link>}>
      {c.isPending && <Loading />}
      {c.isError && <LoadError error={c.error} />}
      {casus && (
        <>
          <p className="utrecht-paragraph">{t('overleg.uitleg', { naam: c.data!.leerling.naam })}</p>
          <ErrorSummary errors={fouten.summary} focusKey={poging} />
          <form className="piramide-form" noValidate onSubmit={onSubmit}>
            <TextField id="datum" type="date" label={t('overleg.datum')} value={datum} onChange={(e) => setDatum(e.target.value)} error={fouten.fields.datum} />
            <TextArea id="agenda" label={t('overleg.agenda')} description={t('overleg.perRegel')} value={agenda} onChange={setAgenda} error={fouten.fields.agenda} />
            <CheckboxGroup id="deelnemers" legend={t('overleg.deelnemers')} values={deelnemers} onChange={setDeelnemers}
              options={betrokkenen.map((b) => ({ value: b.id, label: `${b.naam} (${t(`casus.rol.${b.rol}`)})` }))} />
            {!metOuderOfLeerling && <Alert type="info">{t('overleg.zonderOuders')}</Alert>}
            <TextArea id="verslag" label={t('overleg.verslag')} value={verslag} onChange={setVerslag} error={fouten.fields.verslag} rows={8} />
            <TextArea id="besluiten" label={t('overleg.besluiten')} description={t('overleg.perRegel')} value={besluiten} onChange={setBesluiten} />
            <Heading level={2}>{t('overleg.acties')}</Heading>
            <p className="utrecht-paragraph">{t('overleg.actiesUitleg')}</p>
            {acties.map((a, i) => (
              <fieldset key={i} className="utrecht-form-fieldset piramide-fieldset">
                <legend className="utrecht-form-fieldset__legend piramide-legend">{t('overleg.actieNr', { nr: i + 1 })}</legend>
                <TextField id={`actie-${i}-omschrijving`} label={t('overleg.actieOmschrijving')} value={a.omschrijving} onChange={(e) => zetActie(i, 'omschrijving')(e.target.value)} error={fouten.fields[`actie-${i}-omschrijving`]} />
                <SelectField id={`actie-${i}-eigenaar`} label={t('overleg.actieEigenaar')} value={a.eigenaar} onChange={zetActie(i, 'eigenaar')} options={eigenaars} error={fouten.fields[`actie-${i}-eigenaar`]} />
                <TextField id={`actie-${i}-uiterlijk`} type="date" label={t('overleg.actieUiterlijk')} value={a.uiterlijk} onChange={(e) => zetActie(i, 'uiterlijk')(e.target.value)} error={fouten.fields[`actie-${i}-uiterlijk`]} />
                <TextField id={`actie-${i}-oppDoel`} label={t('overleg.actieOpp')} description={t('overleg.actieOppUitleg')} value={a.oppDoel} onChange={(e) => zetActie(i, 'oppDoel')(e.target.value)} error={fouten.fields[`actie-${i}-oppDoel`]} />
                <Button appearance="subtle" onClick={() => setActies((x) => x.filter((_, j) => j !== i))}>{t('overleg.actieWeg')}</Button>
              </fieldset>
            ))}
            <Button onClick={() => setActies((x) => [...x, { omschrijving: '', eigenaar: 'casemanager', uiterlijk: '', oppDoel: '' }])}>{t('overleg.actieErbij')}</Button>
            <TextField id="volgend" type="date" label={t('overleg.volgend')} value={volgend} onChange={(e) => setVolgend(e.target.value)} error={fouten.fields.volgend} />
            <div className="piramide-keuzes">
              <label className="piramide-keuze" htmlFor="delen">
                <input type="checkbox" id="delen" className="utrecht-checkbox utrecht-checkbox--html-input" checked={delen} onChange={(e) => setDelen(e.target.checked)} />
                <span>{t('overleg.delen')}</span>
              </label>
            </div>
            <ButtonGroup>
              <Button type="submit" appearance="primary" busy={bezig}>{t('overleg.opslaan')}</Button>
              <Link to={terug}>{t('overleg.annuleren')}</Link>
            </ButtonGroup>
          </form>
        </>
      )}
    </Page>
  );
}
