import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { api } from '../api.ts';
import { formatDatum, foutTekst, vandaag } from '../format.ts';
import { t, tMaybe } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Button, ButtonLink } from '../ui/button.tsx';
import { DataList } from '../ui/data-list.tsx';
import { Heading } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { VangnetSectie } from '../vangnet/vangnet-sectie.tsx';
import {
  BETROKKENE_ROLLEN, CASUS_SOORTEN, casusKey, FACTOREN, INTERVENTIE_SOORTEN, leerlingPad, useCasemanagers, useCasus,
  type Actie, type Casus, type Interventie, type Overleg,
} from './casus-api.ts';
import { FaseSectie } from './fase-sectie.tsx';
import { KleinFormulier } from './klein-formulier.tsx';
import { BetrokkeneBeeindigen, CasusGesloten, CasusSluiten } from './casus-sluiten.tsx';
import './casus.css';

/** The case of one pupil, as far as it is handed to the reader (source: 004 §3). */
export function CasusPage() {
  const { id = '' } = useParams();
  const { pathname } = useLocation();
  const alsOuder = pathname.startsWith('/mijn-kinderen');
  const c = useCasus(id);
  const naam = c.data?.leerling.naam;
  const terug = alsOuder ? `/mijn-kinderen/${encodeURIComponent(id)}` : `/leerlingen/${encodeURIComponent(id)}`;
  return (
    <Page title={naam ? t('casus.titelNaam', { naam }) : t('casus.titel')} terug={<Link className="piramide-back" to={terug}>{alsOuder ? t('casusOuder.terug') : t('casus.terug')}</Link>}>
      {c.isPending && <Loading />}
      {c.isError && <LoadError error={c.error} />}
      {c.data && !c.data.casus && (
        <>
          <p className="utrecht-paragraph">{t('casus.geen')}</p>
          {c.data.magOpenen && <OpenenFormulier leerlingId={id} />}
        </>
      )}
      {c.data?.casus && <CasusInhoud leerlingId={id} casus={c.data.casus} />}
    </Page>
  );
}

function OpenenFormulier({ leerlingId }: { leerlingId: string }) {
  const cms = useCasemanagers(leerlingId, true);
  if (cms.isPending) return <Loading />;
  if (cms.isError) return <LoadError error={cms.error} />;
  return (
    <KleinFormulier id="openen" kopNiveau={2} kop={t('casus.openen.kop')} uitleg={t('casus.openen.uitleg')} pad={`${leerlingPad(leerlingId)}/casus`}
      vernieuw={[casusKey(leerlingId)]} knop={t('casus.openen.knop')}
      velden={[
        { naam: 'casemanagerId', label: t('casus.openen.casemanager'), soort: 'lijst', begin: cms.data.casemanagers[0]?.id ?? '', opties: cms.data.casemanagers.map((c) => ({ value: c.id, label: c.naam })) },
        { naam: 'soort', label: t('casus.openen.soort'), soort: 'keuze', verplicht: true, opties: CASUS_SOORTEN.map((s) => ({ value: s, label: t(`casus.soort.${s}`) })) },
        { naam: 'groeidoel', label: t('casus.groeidoel'), soort: 'tekstvak', uitleg: t('casus.groeidoel.uitleg') },
      ]} />
  );
}

function CasusInhoud({ leerlingId, casus }: { leerlingId: string; casus: Casus }) {
  const ziet = (o: string) => casus.onderdelen.includes(o);
  const vernieuw = [casusKey(leerlingId), ['casus-werklijst']];
  const pad = `${leerlingPad(leerlingId)}/casus`;
  const [gesloten, setGesloten] = useState(false);
  if (gesloten) return <CasusGesloten />;
  return (
    <>
      <section className="piramide-section" aria-labelledby="over-kop">
        <Heading level={2} id="over-kop">{t('casus.over')}</Heading>
        <DataList items={[
          { key: t('casus.casemanager'), value: <>{casus.casemanager.naam} (<a className="utrecht-link" href={`mailto:${casus.casemanager.email}`}>{casus.casemanager.email}</a>)</> },
          { key: t('casus.soort'), value: t(`casus.soort.${casus.soort}`) },
          { key: t('casus.geopend'), value: formatDatum(casus.geopend) },
          { key: t('casus.groeidoel'), value: casus.groeidoel ?? t('casus.groeidoel.geen') },
        ]} />
        <p className="utrecht-paragraph">{t('casus.casemanager.uitleg')}</p>
      </section>

      {ziet('vangnet') && (casus.vangnet || casus.magBeheren) && <VangnetSectie leerlingId={leerlingId} vangnet={casus.vangnet} magBeheren={casus.magBeheren} />}

      {(ziet('alle_overleggen') || ziet('eigen_overleggen')) && (
        <section className="piramide-section" aria-labelledby="overleg-kop">
          <Heading level={2} id="overleg-kop">{t('casus.overleggen')}</Heading>
          <p className="utrecht-paragraph">{casus.magBeheren ? t('casus.overleggen.uitlegCm') : t('casus.overleggen.uitleg')}</p>
          {casus.magBeheren && <p className="utrecht-paragraph"><ButtonLink appearance="primary" to={`/leerlingen/${encodeURIComponent(leerlingId)}/casus/overleg`}>{t('casus.overleg.nieuw')}</ButtonLink></p>}
          {casus.overleggen.length === 0 && <p className="utrecht-paragraph">{t('casus.overleggen.geen')}</p>}
          {casus.overleggen.map((o) => <OverlegBlok key={o.id} o={o} acties={casus.acties.filter((a) => a.overlegId === o.id)} magBeheren={casus.magBeheren} leerlingId={leerlingId} />)}
        </section>
      )}

      {(ziet('acties') || casus.acties.length > 0) && (
        <section className="piramide-section" aria-labelledby="acties-kop">
          <Heading level={2} id="acties-kop">{t('casus.acties')}</Heading>
          {casus.acties.length === 0 ? <p className="utrecht-paragraph">{t('casus.acties.geen')}</p> : <ActieLijst acties={casus.acties} leerlingId={leerlingId} />}
        </section>
      )}

      {/* Full-time entry phases only where they apply: a parent of a case without phases is not asked to read about them. */}
      {ziet('fasen') && (casus.magBeheren || casus.fasen.length > 0) && <FaseSectie leerlingId={leerlingId} casus={casus} />}

      {ziet('interventies') && (
        <section className="piramide-section" aria-labelledby="interventies-kop">
          <Heading level={2} id="interventies-kop">{t('casus.interventies')}</Heading>
          <p className="utrecht-paragraph">{t('casus.interventies.uitleg')}</p>
          {casus.interventies.length === 0 && <p className="utrecht-paragraph">{t('casus.interventies.geen')}</p>}
          {casus.interventies.map((i) => <InterventieBlok key={i.id} i={i} leerlingId={leerlingId} perspectief={casus.mijnPerspectief} />)}
          {casus.magBeheren && (
            <details className="piramide-casus-details">
              <summary>{t('casus.interventie.nieuw')}</summary>
              <KleinFormulier id="interventie" kop={t('casus.interventie.nieuw')} pad={`${pad}/interventies`} vernieuw={vernieuw} knop={t('casus.opslaan')}
                naar={(w) => ({ ...w, tot: w.tot || null })}
                velden={[
                  { naam: 'soort', label: t('casus.interventie.soort'), soort: 'keuze', verplicht: true, opties: INTERVENTIE_SOORTEN.map((s) => ({ value: s, label: t(`casus.interventie.${s}`) })) },
                  { naam: 'omschrijving', label: t('casus.interventie.omschrijving'), soort: 'tekst' },
                  { naam: 'aanbieder', label: t('casus.interventie.aanbieder'), soort: 'tekst', verplicht: true },
                  { naam: 'van', label: t('casus.interventie.van'), soort: 'datum', verplicht: true, begin: vandaag() },
                  { naam: 'tot', label: t('casus.interventie.tot'), soort: 'datum' },
                  { naam: 'doel', label: t('casus.interventie.doel'), soort: 'tekstvak', verplicht: true },
                ]} />
            </details>
          )}
        </section>
      )}

      {ziet('betrokkenen') && (
        <section className="piramide-section" aria-labelledby="betrokkenen-kop">
          <Heading level={2} id="betrokkenen-kop">{t('casus.betrokkenen')}</Heading>
          <p className="utrecht-paragraph">{t('casus.betrokkenen.uitleg')}</p>
          <ul className="utrecht-unordered-list">
            {casus.betrokkenen.map((b) => (
              <li key={b.id} className="utrecht-unordered-list__item">
                <strong>{b.naam}</strong> — {t(`casus.rol.${b.rol}`)}{b.organisatie ? `, ${b.organisatie}` : ''}
                {casus.magBeheren && <BetrokkeneBeeindigen b={b} leerlingId={leerlingId} />}
              </li>
            ))}
          </ul>
          {casus.magBeheren && (
            <details className="piramide-casus-details">
              <summary>{t('casus.betrokkene.nieuw')}</summary>
              <KleinFormulier id="betrokkene" kop={t('casus.betrokkene.nieuw')} pad={`${pad}/betrokkenen`} vernieuw={vernieuw} knop={t('casus.opslaan')}
                velden={[
                  { naam: 'rol', label: t('casus.betrokkene.rol'), soort: 'keuze', verplicht: true, opties: BETROKKENE_ROLLEN.map((r) => ({ value: r, label: t(`casus.rol.${r}`) })) },
                  { naam: 'naam', label: t('casus.betrokkene.naam'), soort: 'tekst', verplicht: true },
                  { naam: 'organisatie', label: t('casus.betrokkene.organisatie'), soort: 'tekst' },
                  { naam: 'email', label: t('casus.betrokkene.email'), soort: 'tekst', uitleg: t('casus.betrokkene.emailUitleg') },
                ]} />
            </details>
          )}
        </section>
      )}

      {casus.magBeheren && <CasusSluiten leerlingId={leerlingId} geopend={casus.geopend} onGesloten={() => setGesloten(true)} />}
    </>
  );
}

function OverlegBlok({ o, acties, magBeheren, leerlingId }: { o: Overleg; acties: Actie[]; magBeheren: boolean; leerlingId: string }) {
  const qc = useQueryClient();
  const [fout, setFout] = useState<string | null>(null);
  async function delen() {
    try {
      await api.post(`/api/casus-overleggen/${encodeURIComponent(o.id)}/delen`);
      await qc.invalidateQueries({ queryKey: casusKey(leerlingId) });
    } catch (e) {
      setFout(foutTekst(e));
    }
  }
  return (
    <article className="piramide-casus-overleg" aria-labelledby={`overleg-${o.id}`}>
      <Heading level={3} id={`overleg-${o.id}`}>{t('casus.overleg.kop', { datum: formatDatum(o.datum) })}{o.gedeeld ? '' : ` — ${t('casus.overleg.concept')}`}</Heading>
      <DataList items={[
        { key: t('casus.overleg.deelnemers'), value: o.deelnemers.map((d) => `${d.naam} (${tMaybe(`casus.rol.${d.rol}`) ?? d.rol})`).join(', ') },
        { key: t('casus.overleg.agenda'), value: <ol className="utrecht-ordered-list">{o.agenda.map((a, i) => <li key={i} className="utrecht-ordered-list__item">{a}</li>)}</ol> },
        { key: t('casus.overleg.verslag'), value: <span className="piramide-pre">{o.verslag}</span> },
        { key: t('casus.overleg.besluiten'), value: o.besluiten.length ? <ul className="utrecht-unordered-list">{o.besluiten.map((b, i) => <li key={i} className="utrecht-unordered-list__item">{b}</li>)}</ul> : t('casus.overleg.geenBesluiten') },
        { key: t('casus.overleg.volgend'), value: o.volgendOverleg ? formatDatum(o.volgendOverleg) : t('casus.overleg.geenVolgend') },
      ]} />
      {acties.length > 0 && <ActieLijst acties={acties} leerlingId={leerlingId} />}
      {(o.gedeeld || magBeheren) && (
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={`/api/casus-overleggen/${encodeURIComponent(o.id)}/pdf`} download>{t('casus.overleg.pdf')}</a>
        </p>
      )}
      {magBeheren && !o.gedeeld && <Button onClick={() => void delen()}>{t('casus.overleg.delen')}</Button>}
      {fout && <Alert type="error">{fout}</Alert>}
    </article>
  );
}

function ActieLijst({ acties, leerlingId }: { acties: Actie[]; leerlingId: string }) {
  const qc = useQueryClient();
  const [fout, setFout] = useState<string | null>(null);
  async function afronden(a: Actie) {
    try {
      await api.post(`/api/casus-acties/${encodeURIComponent(a.id)}/afgerond`, { datum: vandaag() });
      await Promise.all([qc.invalidateQueries({ queryKey: casusKey(leerlingId) }), qc.invalidateQueries({ queryKey: ['casus-werklijst'] })]);
    } catch (e) {
      setFout(foutTekst(e));
    }
  }
  return (
    <>
      {fout && <Alert type="error">{fout}</Alert>}
      <ul className="utrecht-unordered-list piramide-casus-acties">
        {acties.map((a) => (
          <li key={a.id} className="utrecht-unordered-list__item">
            <strong>{a.omschrijving}</strong>
            <br />
            {t('casus.actie.regel', { eigenaar: a.eigenaar, datum: formatDatum(a.uiterlijk) })}
            {a.oppDoel && <> {t('casus.actie.opp', { doel: a.oppDoel })}</>}
            {' '}
            {a.afgerond ? <span>{t('casus.actie.afgerond', { datum: formatDatum(a.afgerond) })}</span>
              : a.teLaat ? <strong className="piramide-casus-telaat">{t('casus.actie.teLaat')}</strong> : null}
            {a.magAfronden && <> <Button appearance="subtle" onClick={() => void afronden(a)}>{t('casus.actie.afronden')}</Button></>}
          </li>
        ))}
      </ul>
    </>
  );
}

function InterventieBlok({ i, leerlingId, perspectief }: { i: Interventie; leerlingId: string; perspectief: Casus['mijnPerspectief'] }) {
  return (
    <article className="piramide-casus-overleg" aria-labelledby={`int-${i.id}`}>
      <Heading level={3} id={`int-${i.id}`}>{t(`casus.interventie.${i.soort}`)}{i.omschrijving ? `: ${i.omschrijving}` : ''}</Heading>
      <DataList items={[
        { key: t('casus.interventie.aanbieder'), value: i.aanbieder },
        { key: t('casus.interventie.periode'), value: i.tot ? t('casus.periode', { van: formatDatum(i.van), tot: formatDatum(i.tot) }) : t('casus.periodeOpen', { van: formatDatum(i.van) }) },
        { key: t('casus.interventie.doel'), value: i.doel },
      ]} />
      {i.ervaringen.length > 0 && (
        <>
          <Heading level={4}>{t('casus.ervaring.kop')}</Heading>
          <ul className="utrecht-unordered-list">
            {i.ervaringen.map((e, n) => (
              <li key={n} className="utrecht-unordered-list__item">
                {t('casus.ervaring.regel', { wie: e.door, perspectief: t(`casus.perspectief.${e.perspectief}`), datum: formatDatum(e.datum) })}
                {' '}
                {FACTOREN.filter((f) => e.factoren[f]).map((f) => `${t(`casus.factor.${f}`)} ${e.factoren[f]!.score}/5${e.factoren[f]!.toelichting ? ` (${e.factoren[f]!.toelichting})` : ''}`).join('; ')}
                {e.toelichting && <> — {e.toelichting}</>}
              </li>
            ))}
          </ul>
        </>
      )}
      {perspectief && (
        <details className="piramide-casus-details">
          <summary>{t('casus.ervaring.nieuw')}</summary>
          <KleinFormulier id={`ervaring-${i.id}`} kopNiveau={4} kop={t('casus.ervaring.nieuw')} uitleg={t('casus.ervaring.uitleg')}
            pad={`/api/casus-interventies/${encodeURIComponent(i.id)}/ervaringen`} vernieuw={[casusKey(leerlingId)]} knop={t('casus.opslaan')}
            naar={(w) => ({
              factoren: Object.fromEntries(FACTOREN.filter((f) => w[f]).map((f) => [f, { score: Number(w[f]) }])),
              toelichting: w.toelichting,
            })}
            velden={[
              ...FACTOREN.map((f) => ({
                naam: f, label: t(`casus.factor.${f}`), soort: 'lijst' as const,
                opties: [{ value: '', label: t('casus.ervaring.geenScore') }, ...[1, 2, 3, 4, 5].map((s) => ({ value: String(s), label: tMaybe(`casus.score.${s}`) ?? String(s) }))],
              })),
              { naam: 'toelichting', label: t('casus.ervaring.toelichting'), soort: 'tekstvak' as const },
            ]} />
        </details>
      )}
    </article>
  );
}
