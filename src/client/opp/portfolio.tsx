import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { formatTijdstip } from '../format.ts';
import { t, tMaybe } from '../i18n/t.ts';
import { Button } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks } from '../ui/form-errors.ts';
import { useFormulier } from '../ui/use-formulier.ts';
import { Heading, Paragraph } from '../ui/heading.tsx';
import { serverFouten } from '../signalering/formulier-velden.ts';
import { RadioGroup, TextArea } from '../signalering/velden.tsx';
import { portfolioKey, postPortfolioLeerling, postPortfolioLeraar, usePortfolio, VAARDIGHEDEN, type PortfolioPeriode } from './opp-api.ts';
import '../signalering/signalering.css';
import './opp.css';

const SCORES = ['1', '2', '3', '4', '5'];

/** The portfolio twice a year (003 ch. 19): the pupil's own scores, the teacher's evaluation, new goals with the parents. */
export function Portfolio({ id, wie }: { id: string; wie: 'staf' | 'ouder' | 'leerling' }) {
  const p = usePortfolio(id);
  if (!p.data) return null;
  const { huidig, perioden } = p.data;
  const nu = perioden.find((x) => x.schooljaar === huidig.schooljaar && x.periode === huidig.periode);
  return (
    <section className="piramide-section" aria-labelledby="portfolio-kop">
      <Heading level={2} id="portfolio-kop">{wie === 'leerling' ? t('pf.titelLeerling') : t('pf.titel')}</Heading>
      <Paragraph small>{wie === 'leerling' ? t('pf.uitlegLeerling') : t('pf.uitleg')}</Paragraph>
      {perioden.length === 0 && <Paragraph>{t('pf.geen')}</Paragraph>}
      <ul className="piramide-opp-acties">{perioden.map((x) => <Periode key={`${x.schooljaar}-${x.periode}`} p={x} />)}</ul>
      {p.data.magLeerling && <LeerlingDeel id={id} nu={nu} />}
      {p.data.magLeraar && <LeraarDeel id={id} />}
    </section>
  );
}

function Periode({ p }: { p: PortfolioPeriode }) {
  const scores = VAARDIGHEDEN.filter((v) => p.vaardigheden[v]);
  return (
    <li className="piramide-opp-actie">
      <Heading level={3}>{t('pf.periode', { periode: p.periode, van: String(p.schooljaar), tot: String(p.schooljaar + 1) })}</Heading>
      {scores.length > 0 && (
        <dl className="piramide-opp-wwww">
          {scores.map((v) => <div key={v} className="piramide-opp-rij"><dt>{tMaybe(`pf.vaardigheid.${v}`) ?? v}</dt><dd>{t('pf.score', { score: p.vaardigheden[v]! })}</dd></div>)}
        </dl>
      )}
      {p.leerlingTerugblik && <p className="utrecht-paragraph piramide-opp-tekst">{t('pf.terugblikLeerling', { tekst: p.leerlingTerugblik })}</p>}
      {p.leraarEvaluatie && <p className="utrecht-paragraph piramide-opp-tekst">{t('pf.evaluatieLeraar', { naam: p.leraar ?? '', tekst: p.leraarEvaluatie })}</p>}
      {p.nieuweDoelen && <p className="utrecht-paragraph piramide-opp-tekst"><strong>{t('pf.nieuweDoelen')}</strong> {p.nieuweDoelen}</p>}
      {p.leraarOp && <p className="utrecht-paragraph piramide-opp-klein">{p.metOuders ? t('pf.metOuders', { tijdstip: formatTijdstip(p.leraarOp) }) : t('pf.zonderOuders', { tijdstip: formatTijdstip(p.leraarOp) })}</p>}
    </li>
  );
}

function LeerlingDeel({ id, nu }: { id: string; nu?: PortfolioPeriode }) {
  const queryClient = useQueryClient();
  const [scores, setScores] = useState<Record<string, string>>(() => Object.fromEntries(Object.entries(nu?.vaardigheden ?? {}).map(([k, v]) => [k, String(v)])));
  const [terugblik, setTerugblik] = useState(nu?.leerlingTerugblik ?? '');
  const { fouten, poging, bezig, verstuur } = useFormulier();

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const check = fromChecks([[`pf-${VAARDIGHEDEN[0]}`, Object.keys(scores).length ? undefined : t('pf.scoreNodig')]]);
    void verstuur(check, async () => {
      await postPortfolioLeerling(id, { vaardigheden: Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, Number(v)])), terugblik });
      await queryClient.invalidateQueries({ queryKey: portfolioKey(id) });
    }, (error) => serverFouten(error));
  }

  return (
    <details className="piramide-opp-details" open={!nu?.leerlingOp}>
      <summary>{t('pf.leerling.invullen')}</summary>
      <ErrorSummary errors={fouten.summary} focusKey={poging} />
      <form className="piramide-form" noValidate onSubmit={onSubmit}>
        <Paragraph>{t('pf.leerling.schaal')}</Paragraph>
        {VAARDIGHEDEN.map((v, n) => (
          <RadioGroup key={v} id={`pf-${v}`} legend={t(`pf.vaardigheid.${v}`)} value={scores[v] ?? ''} horizontal
            onChange={(x) => setScores((s) => ({ ...s, [v]: x }))} error={n === 0 ? fouten.fields[`pf-${v}`] : undefined}
            options={SCORES.map((s) => ({ value: s, label: s }))} />
        ))}
        <TextArea id="pf-terugblik" label={t('pf.leerling.terugblik')} value={terugblik} onChange={setTerugblik} rows={3} />
        <div><Button type="submit" appearance="primary" busy={bezig}>{t('pf.opslaan')}</Button></div>
      </form>
    </details>
  );
}

function LeraarDeel({ id }: { id: string }) {
  const queryClient = useQueryClient();
  const [evaluatie, setEvaluatie] = useState('');
  const [nieuweDoelen, setNieuweDoelen] = useState('');
  const [metOuders, setMetOuders] = useState('ja');
  const { fouten, poging, bezig, verstuur } = useFormulier();

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const check = fromChecks([
      ['pf-evaluatie', evaluatie.trim() ? undefined : t('pf.leraar.evaluatieNodig')],
      ['pf-nieuweDoelen', nieuweDoelen.trim() ? undefined : t('pf.leraar.doelenNodig')],
    ]);
    void verstuur(check, async () => {
      await postPortfolioLeraar(id, { evaluatie, nieuweDoelen, metOuders: metOuders === 'ja' });
      setEvaluatie('');
      setNieuweDoelen('');
      await queryClient.invalidateQueries({ queryKey: portfolioKey(id) });
    }, (error) => serverFouten(error, { evaluatie: 'pf-evaluatie', nieuweDoelen: 'pf-nieuweDoelen' }));
  }

  return (
    <details className="piramide-opp-details">
      <summary>{t('pf.leraar.invullen')}</summary>
      <ErrorSummary errors={fouten.summary} focusKey={poging} />
      <form className="piramide-form" noValidate onSubmit={onSubmit}>
        <TextArea id="pf-evaluatie" label={t('pf.leraar.evaluatie')} value={evaluatie} onChange={setEvaluatie} error={fouten.fields['pf-evaluatie']} rows={3} />
        <TextArea id="pf-nieuweDoelen" label={t('pf.leraar.nieuweDoelen')} value={nieuweDoelen} onChange={setNieuweDoelen} error={fouten.fields['pf-nieuweDoelen']} rows={2} />
        <RadioGroup id="pf-metOuders" legend={t('pf.leraar.metOuders')} value={metOuders} onChange={setMetOuders} horizontal
          options={[{ value: 'ja', label: t('opp.ja') }, { value: 'nee', label: t('opp.nee') }]} />
        <div><Button type="submit" busy={bezig}>{t('pf.opslaan')}</Button></div>
      </form>
    </details>
  );
}
