import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { formatDatum } from '../format.ts';
import { t, tMaybe } from '../i18n/t.ts';
import { ButtonLink } from '../ui/button.tsx';
import { Alert } from '../ui/alert.tsx';
import { Heading, Paragraph } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../ui/table.tsx';
import { rapportUrl, STAPPEN, useSignaalprofiel, type Ingevuld, type Profiel } from './signalering-api.ts';
import { eigenFormulier } from './formulier-velden.ts';
import './signalering.css';

const getal = (n: number | null) => (n === null ? t('sig.vgl.geen') : n.toLocaleString('nl-NL'));

/**
 * The signal profile: every source side by side, the parents' picture against the school's, the
 * decisions and the curative route. It shows; it never gives a verdict (003 §18.6).
 */
export function ProfielPage() {
  const { id = '' } = useParams();
  const profiel = useSignaalprofiel(id);
  const p = profiel.data;
  const basis = `/leerlingen/${encodeURIComponent(id)}/signalering`;
  return (
    <Page
      title={p ? t('sig.profiel.titel', { naam: p.leerling.naam }) : t('sig.profiel.titelKort')}
      terug={<Link className="piramide-back" to={`/leerlingen/${encodeURIComponent(id)}`}>{t('sig.terugLeerling')}</Link>}
    >
      {profiel.isPending && <Loading />}
      {profiel.isError && <LoadError error={profiel.error} onRetry={() => profiel.refetch()} />}
      {p && (
        <>
          <Paragraph lead>{t('sig.profiel.intro')}</Paragraph>
          <nav aria-labelledby="vastleggen-kop" className="piramide-section">
            <Heading level={2} id="vastleggen-kop">{t('sig.vastleggen.titel')}</Heading>
            <ul className="piramide-acties">
              {(['nominatie', 'observatie', 'leerling_stem', 'zorg', 'screening', 'iq', 'dubbel_bijzonder'] as const).map((s) => (
                <li key={s}><Link to={`${basis}/nieuw/${s}`}>{tMaybe(`sig.nieuw.${s}`) ?? s}</Link></li>
              ))}
            </ul>
          </nav>
          <Vergelijking p={p} />
          <Bronnen p={p} id={id} />
          <Besluiten p={p} basis={basis} />
          <Curatief p={p} basis={basis} />
        </>
      )}
    </Page>
  );
}

function Vergelijking({ p }: { p: Profiel }) {
  const v = p.vergelijking;
  const geenOuders = v.gemiddelde.ouders === null && v.kenmerken.every((k) => k.ouders === null);
  return (
    <section className="piramide-section" aria-labelledby="vergelijking-kop">
      <Heading level={2} id="vergelijking-kop">{t('sig.vgl.titel')}</Heading>
      {geenOuders ? (
        <Paragraph>{t('sig.vgl.geenOuders')}</Paragraph>
      ) : v.verschilt ? (
        <Alert type="warning" title={t('sig.vgl.verschilt')}><Paragraph>{t('sig.vgl.verschilt.uitleg')}</Paragraph></Alert>
      ) : (
        <Paragraph>{t('sig.vgl.gelijk')}</Paragraph>
      )}
      <div className="piramide-table--stack">
        <Table caption={t('sig.vgl.caption')}>
          <THead>
            <Tr>
              <Th>{t('sig.vgl.kenmerk')}</Th>
              <Th>{t('sig.vgl.school')}</Th>
              <Th>{t('sig.vgl.ouders')}</Th>
              <Th>{t('sig.vgl.verschil')}</Th>
              <Th>{t('sig.vgl.oordeel')}</Th>
            </Tr>
          </THead>
          <TBody>
            {[...v.kenmerken, { sleutel: 'gemiddelde', naam: t('sig.vgl.gemiddelde'), ...v.gemiddelde }].map((k) => (
              <Tr key={k.sleutel}>
                <Th scope="row">{k.naam}</Th>
                <Td data-label={t('sig.vgl.school')}>{getal(k.school)}</Td>
                <Td data-label={t('sig.vgl.ouders')}>{getal(k.ouders)}</Td>
                <Td data-label={t('sig.vgl.verschil')}>{k.verschil === null ? t('sig.vgl.geen') : (k.verschil > 0 ? '+' : '') + k.verschil.toLocaleString('nl-NL')}</Td>
                <Td data-label={t('sig.vgl.oordeel')}>
                  {k.verschil === null ? t('sig.vgl.nietTeVergelijken') : k.verschilt
                    ? <span className="piramide-verschil">{t('sig.vgl.ja')}</span>
                    : t('sig.vgl.nee')}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </div>
      <Paragraph small>{v.regel}</Paragraph>
    </section>
  );
}

function IngevuldLijst({ items, leeg }: { items: Ingevuld[]; leeg: string }) {
  if (items.length === 0) return <Paragraph>{leeg}</Paragraph>;
  return (
    <ul>
      {items.map((s) => {
        const schalen = s.antwoorden.filter((a) => typeof a.waarde === 'number');
        const teksten = s.antwoorden.filter((a) => typeof a.waarde === 'string');
        return (
          <li key={s.id}>
            <p className="piramide-meta">{t('sig.door', { datum: formatDatum(s.datum), naam: s.door })}</p>
            {s.formulier && <span className="piramide-eigen">{eigenFormulier(s.formulier.versie)}</span>}
            {schalen.length > 0 && (
              <dl>
                {schalen.map((a) => (
                  <div key={a.sleutel} style={{ display: 'contents' }}>
                    <dt>{a.vraag}</dt>
                    <dd>{a.waarde}</dd>
                  </div>
                ))}
              </dl>
            )}
            {teksten.length > 0 && (
              <dl className="piramide-bron__tekst">
                {teksten.map((a) => (
                  <div key={a.sleutel} style={{ display: 'contents' }}>
                    <dt>{a.vraag}</dt>
                    <dd>{a.waarde}</dd>
                  </div>
                ))}
              </dl>
            )}
            {s.toelichting && <p className="utrecht-paragraph">{s.toelichting}</p>}
          </li>
        );
      })}
    </ul>
  );
}

function Bron({ id, titel, children }: { id: string; titel: string; children: ReactNode }) {
  return (
    <section className="piramide-bron" aria-labelledby={id}>
      <Heading level={3} id={id}>{titel}</Heading>
      {children}
    </section>
  );
}

function Bronnen({ p, id }: { p: Profiel; id: string }) {
  return (
    <section className="piramide-section" aria-labelledby="bronnen-kop">
      <Heading level={2} id="bronnen-kop">{t('sig.bronnen.titel')}</Heading>
      <div className="piramide-bronnen">
        <Bron id="bron-screenings" titel={t('sig.bron.screenings')}>
          {p.screenings.length === 0 ? <Paragraph>{t('sig.bron.screenings.geen')}</Paragraph> : (
            <ul>
              {p.screenings.map((s) => (
                <li key={s.id}>
                  <p className="piramide-meta">{t('sig.door', { datum: formatDatum(s.datum), naam: s.door })}</p>
                  <p className="utrecht-paragraph">
                    {t('sig.screening.regel', { instrument: s.instrument, uitkomst: tMaybe(`sig.uitkomst.${s.uitkomst}`) ?? s.uitkomst })}
                    {s.moment && ` ${t('sig.screening.moment', { moment: s.moment })}`}
                  </p>
                  {s.advies && <p className="utrecht-paragraph">{t('sig.screening.advies', { advies: s.advies })}</p>}
                  {s.rapport && (
                    <a className="utrecht-link utrecht-link--html-a" href={rapportUrl(id, s.id)} download={s.rapport.naam}>
                      {t('sig.screening.rapport', { naam: s.rapport.naam })}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          )}
          <p className="piramide-meta">{t('sig.screening.licentie')}</p>
        </Bron>
        <Bron id="bron-nominaties" titel={t('sig.bron.nominaties')}>
          <IngevuldLijst items={p.nominaties} leeg={t('sig.bron.nominaties.geen')} />
        </Bron>
        <Bron id="bron-observaties" titel={t('sig.bron.observaties')}>
          <IngevuldLijst items={p.observaties} leeg={t('sig.bron.observaties.geen')} />
        </Bron>
        <Bron id="bron-leerling" titel={t('sig.bron.leerling')}>
          <IngevuldLijst items={p.leerlingStem} leeg={t('sig.bron.leerling.geen')} />
        </Bron>
        <Bron id="bron-ouders" titel={t('sig.bron.ouders')}>
          <IngevuldLijst items={p.ouderBeelden} leeg={t('sig.bron.ouders.geen')} />
        </Bron>
        <Bron id="bron-lvs" titel={t('sig.bron.lvs')}>
          {p.lvs.length === 0 ? <Paragraph>{t('sig.bron.lvs.geen')}</Paragraph> : (
            <ul>
              {p.lvs.map((r) => (
                <li key={`${r.vak}-${r.toets}`}>
                  <p className="piramide-meta">{t('sig.lvs.meta', { toets: r.toets, datum: formatDatum(r.datum) })}</p>
                  <p className="utrecht-paragraph">
                    {t('sig.lvs.regel', { vak: r.vak, score: r.score, niveau: r.niveau ?? t('sig.vgl.geen') })}
                    {r.percentiel !== null && ` ${t('sig.lvs.percentiel', { percentiel: r.percentiel })}`}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Bron>
        <Bron id="bron-iq" titel={t('sig.bron.iq')}>
          {p.iq.length === 0 ? <Paragraph>{t('sig.bron.iq.geen')}</Paragraph> : (
            <ul>
              {p.iq.map((r) => (
                <li key={r.id}>
                  <p className="piramide-meta">{t('sig.door', { datum: formatDatum(r.datum), naam: r.door })}</p>
                  <p className="utrecht-paragraph">{t('sig.iq.regel', { waarde: r.waarde })}</p>
                  {r.toelichting && <p className="utrecht-paragraph">{r.toelichting}</p>}
                </li>
              ))}
            </ul>
          )}
          <p className="piramide-meta">{t('sig.iq.geenGrens')}</p>
        </Bron>
        <Bron id="bron-zorgen" titel={t('sig.bron.zorgen')}>
          {p.zorgen.length === 0 && p.dubbelBijzonder.length === 0 ? <Paragraph>{t('sig.bron.zorgen.geen')}</Paragraph> : (
            <ul>
              {p.zorgen.map((z) => (
                <li key={z.id}>
                  <p className="piramide-meta">{t('sig.door', { datum: formatDatum(z.datum), naam: z.door })}</p>
                  <p className="utrecht-paragraph"><strong>{tMaybe(`sig.zorg.${z.soort}`) ?? z.soort}</strong>{z.toelichting && `: ${z.toelichting}`}</p>
                </li>
              ))}
              {p.dubbelBijzonder.map((z) => (
                <li key={z.id}>
                  <p className="piramide-meta">{t('sig.door', { datum: formatDatum(z.datum), naam: z.door })}</p>
                  <p className="utrecht-paragraph"><strong>{t('sig.nieuw.dubbel_bijzonder')}</strong>{z.toelichting && `: ${z.toelichting}`}</p>
                </li>
              ))}
            </ul>
          )}
        </Bron>
      </div>
    </section>
  );
}

function Besluiten({ p, basis }: { p: Profiel; basis: string }) {
  return (
    <section className="piramide-section" aria-labelledby="besluiten-kop">
      <Heading level={2} id="besluiten-kop">{t('sig.besluiten.titel')}</Heading>
      {p.besluiten.length === 0 ? <Paragraph>{t('sig.besluiten.geen')}</Paragraph> : (
        <ul className="piramide-timeline">
          {p.besluiten.map((b) => (
            <li key={b.id}>
              <time dateTime={b.datum}>{formatDatum(b.datum)}</time>
              <strong>{tMaybe(`sig.besluit.${b.uitkomst}`) ?? b.uitkomst}</strong>
              <p className="utrecht-paragraph">{t('sig.besluit.door', { naam: b.door, metWie: b.metWie.map((w) => tMaybe(`sig.metWie.${w}`) ?? w).join(', ') || t('sig.vgl.geen') })}</p>
              <p className="utrecht-paragraph">{t('sig.besluit.waarom', { waarom: b.waarom })}</p>
            </li>
          ))}
        </ul>
      )}
      {p.magBesluiten ? (
        <ButtonLink appearance="primary" to={`${basis}/besluit`}>{t('sig.besluit.nieuw')}</ButtonLink>
      ) : (
        <Paragraph small>{t('sig.besluit.wie')}</Paragraph>
      )}
    </section>
  );
}

function Curatief({ p, basis }: { p: Profiel; basis: string }) {
  const gezet = new Map(p.curatief.stappen.map((s) => [s.stap, s]));
  return (
    <section className="piramide-section" aria-labelledby="curatief-kop">
      <Heading level={2} id="curatief-kop">{t('sig.curatief.titel')}</Heading>
      <Paragraph>{t('sig.curatief.uitleg', { bron: p.curatief.bron })}</Paragraph>
      <ol className="piramide-route">
        {STAPPEN.map((s) => {
          const stap = gezet.get(s);
          return (
            <li key={s}>
              <strong>{tMaybe(`sig.stap.${s}`) ?? s}</strong>{' — '}
              {stap
                ? t('sig.curatief.gedaan', { datum: formatDatum(stap.datum), naam: stap.door })
                : p.curatief.volgendeStap === s ? t('sig.curatief.volgende') : t('sig.curatief.nogNiet')}
              {stap && <p className="utrecht-paragraph">{stap.notitie}</p>}
              {stap?.doel && <p className="utrecht-paragraph">{t('sig.curatief.doel', { doel: stap.doel })}</p>}
            </li>
          );
        })}
      </ol>
      {p.curatief.volgendeStap ? (
        <ButtonLink to={`${basis}/curatief`}>{t('sig.curatief.nieuw', { stap: tMaybe(`sig.stap.${p.curatief.volgendeStap}`) ?? '' })}</ButtonLink>
      ) : (
        <Paragraph>{t('sig.curatief.klaar')}</Paragraph>
      )}
    </section>
  );
}
