import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, withQuery } from '../api.ts';
import { foutTekst, formatDatum } from '../format.ts';
import { t, tMaybe } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import { Heading } from '../ui/heading.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../ui/table.tsx';
import { TextField } from '../ui/text-field.tsx';
import { BalkFiguur, getal, IntervalFiguur } from './figuren.tsx';
import './monitor.css';

type Item = { id: string; code: string; tekst: string; herkomst: 'bron' | 'eigen'; bron: string | null; omgepoold: boolean };
type Schaal = { id: string; code: string; naam: string; soort: string; actief: boolean; items: Item[] };
type Meting = { id: string; nummer: number; naam: string; van: string; tot: string; uitgenodigd: number; gestart: number; afgerond: number; open: boolean };
type Vragenlijst = { id: string; naam: string; regio: { naam: string }; bewerkbaar: boolean; schalen: Schaal[]; metingen: Meting[] };
type Resultaat = Record<string, number | null>;
type Impact = {
  moderator: string | null; minimumGroep: number;
  groepen: { niveau: string; deelnemers: number; vergelijking: number; schalen: { schaal: string; naam: string; onderdrukt: boolean; resultaat: Resultaat | null; melding: string | null }[] }[];
};
type Term = { term: string; estimate: number; se: number; z: number; p: number; or: number; or_lo: number; or_hi: number };
type Model = { n: number; weggelaten: number; termen: Term[]; waarschuwing: string | null };
type Equity = {
  minimumGroep: number; leerlingen: number | null; deelnemers: number | null;
  deelname: { dimensie: string; groepen: { waarde: string; leerlingen: number | null; deelnemers: number | null; onderdrukt: boolean }[] }[];
  weggelatenNiveaus: string[]; zonderCorrectie: Model; metCorrectie: Model;
};

const MODERATOREN = ['vaste_leerkracht', 'expliciet_doel', 'heel_jaar', 'behoefte_uitdaging'] as const;

/** The SWV's monitor: the questionnaire, its waves, and the two analyses with figures and tables. */
export function MonitorPage() {
  const lijst = useQuery({ queryKey: ['monitor', 'vragenlijst'], queryFn: () => api.get<Vragenlijst>('/api/monitor/vragenlijst') });
  return (
    <Page title={t('mon.titel')}>
      <p className="utrecht-paragraph">{t('mon.uitleg')}</p>
      <p className="utrecht-paragraph">{t('mon.privacy', { aantal: 10 })}</p>
      {lijst.isPending && <Loading />}
      {lijst.isError && <LoadError error={lijst.error} onRetry={() => lijst.refetch()} />}
      {lijst.data && (
        <>
          <Effect vragenlijstId={lijst.data.id} />
          <Deelname vragenlijstId={lijst.data.id} />
          <Metingen lijst={lijst.data} />
          <VragenlijstSectie lijst={lijst.data} />
        </>
      )}
    </Page>
  );
}

const bereik = (x: number | null, lo: number | null, hi: number | null) =>
  (x === null || lo === null || hi === null ? '—' : t('mon.interval', { x: getal(x), lo: getal(lo), hi: getal(hi) }));
const p = (x: number | null) => (x === null ? '—' : x < 0.001 ? '< 0,001' : getal(x, 3));

function Effect({ vragenlijstId }: { vragenlijstId: string }) {
  const [moderator, setModerator] = useState('');
  const q = useQuery({
    queryKey: ['monitor', 'impact', vragenlijstId, moderator],
    queryFn: () => api.get<Impact>(`/api/monitor/vragenlijsten/${vragenlijstId}/impact`, { moderator }),
  });
  return (
    <section className="piramide-section" aria-labelledby="effect-kop">
      <Heading level={2} id="effect-kop">{t('mon.effect')}</Heading>
      <p className="utrecht-paragraph">{t('mon.effectUitleg')}</p>
      <div className="utrecht-form-field">
        <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor="moderator">{t('mon.moderator')}</label></div>
        <select id="moderator" className="utrecht-select utrecht-select--html-select" value={moderator} onChange={(e) => setModerator(e.target.value)}>
          <option value="">{t('mon.moderator.geen')}</option>
          {MODERATOREN.map((m) => <option key={m} value={m}>{t(`mon.moderator.${m}`)}</option>)}
        </select>
      </div>
      {q.isPending && <Loading />}
      {q.isError && <LoadError error={q.error} onRetry={() => q.refetch()} />}
      {q.data?.groepen.map((g) => {
        const groep = g.niveau === 'alle' ? t('mon.niveau.alle') : (tMaybe(`mon.niveau.${q.data.moderator}.${g.niveau}`) ?? g.niveau);
        const getoond = g.schalen.filter((s) => s.resultaat);
        return (
          <div key={g.niveau}>
            <Heading level={3}>{groep}</Heading>
            <p className="utrecht-paragraph">{t('mon.groepen', { deelnemers: g.deelnemers, vergelijking: g.vergelijking })}</p>
            {getoond.length > 0 && (
              <IntervalFiguur
                titel={t('mon.figuur.effect', { groep })}
                rijen={getoond.map((s) => ({ label: s.naam, schatting: s.resultaat!.hedges_g ?? 0, lo: s.resultaat!.g_lo ?? 0, hi: s.resultaat!.g_hi ?? 0 }))}
                tabel={<EffectTabel titel={t('mon.figuur.effect', { groep })} schalen={g.schalen} />}
              />
            )}
            {getoond.length === 0 && <EffectTabel titel={groep} schalen={g.schalen} />}
          </div>
        );
      })}
      {q.data && (
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={withQuery(`/api/monitor/vragenlijsten/${vragenlijstId}/impact.csv`, { moderator })} download>{t('mon.csv')}</a>
        </p>
      )}
    </section>
  );
}

function EffectTabel({ titel, schalen }: { titel: string; schalen: Impact['groepen'][number]['schalen'] }) {
  return (
    <Table caption={titel} captionHidden scroll>
      <THead>
        <Tr>
          <Th>{t('mon.kolom.schaal')}</Th><Th>{t('mon.kolom.alpha')}</Th><Th>{t('mon.kolom.n')}</Th><Th>{t('mon.kolom.voorNa')}</Th>
          <Th>{t('mon.kolom.voorNaV')}</Th><Th>{t('mon.kolom.effect')}</Th><Th>{t('mon.kolom.p')}</Th><Th>{t('mon.kolom.g')}</Th>
        </Tr>
      </THead>
      <TBody>
        {schalen.map((s) => {
          const r = s.resultaat;
          return (
            <Tr key={s.schaal}>
              <Th scope="row">{s.naam}</Th>
              {!r ? <Td colSpan={7}>{s.melding ?? t('mon.onderdrukt')}</Td> : (
                <>
                  <Td className="piramide-num">{r.alpha_meting1 === null ? '—' : getal(r.alpha_meting1)} / {r.alpha_meting2 === null ? '—' : getal(r.alpha_meting2)}</Td>
                  <Td className="piramide-num">{r.n_deelnemer} / {r.n_vergelijking}</Td>
                  <Td className="piramide-num">{getal(r.gem_voor_deelnemer ?? NaN)} → {getal(r.gem_na_deelnemer ?? NaN)}</Td>
                  <Td className="piramide-num">{getal(r.gem_voor_vergelijking ?? NaN)} → {getal(r.gem_na_vergelijking ?? NaN)}</Td>
                  <Td className="piramide-num">{bereik(r.effect, r.ci_lo, r.ci_hi)}</Td>
                  <Td className="piramide-num">{p(r.p)}</Td>
                  <Td className="piramide-num">{bereik(r.hedges_g, r.g_lo, r.g_hi)}</Td>
                </>
              )}
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}

function Deelname({ vragenlijstId }: { vragenlijstId: string }) {
  const q = useQuery({ queryKey: ['monitor', 'equity', vragenlijstId], queryFn: () => api.get<Equity>(`/api/monitor/vragenlijsten/${vragenlijstId}/equity`) });
  const e = q.data;
  const waarde = (dim: string, w: string) => tMaybe(`bv.w.${dim}.${w}`) ?? w;
  return (
    <section className="piramide-section" aria-labelledby="deelname-kop">
      <Heading level={2} id="deelname-kop">{t('mon.deelname')}</Heading>
      <p className="utrecht-paragraph">{t('mon.deelnameUitleg')}</p>
      <p className="utrecht-paragraph">{t('mon.deelnameOnderdrukt')}</p>
      {q.isPending && <Loading />}
      {q.isError && <LoadError error={q.error} onRetry={() => q.refetch()} />}
      {e && e.leerlingen !== null && e.deelnemers !== null && (
        <p className="utrecht-paragraph">{t('mon.deelname.totaal', { deelnemers: e.deelnemers, leerlingen: e.leerlingen })}</p>
      )}
      {e?.deelname.map((d) => {
        const titel = t('mon.figuur.deelname', { dimensie: tMaybe(`mon.dim.${d.dimensie}`) ?? d.dimensie });
        const groepen = d.groepen.filter((g) => g.onderdrukt || (g.leerlingen ?? 0) > 0);
        return (
          <BalkFiguur
            key={d.dimensie} titel={titel}
            rijen={groepen.map((g) => ({ label: waarde(d.dimensie, g.waarde), aandeel: g.onderdrukt || !g.leerlingen ? null : (g.deelnemers ?? 0) / g.leerlingen }))}
            tabel={(
              <Table caption={titel} captionHidden scroll>
                <THead><Tr><Th>{t('mon.kolom.groep')}</Th><Th>{t('mon.kolom.leerlingen')}</Th><Th>{t('mon.kolom.deelnemers')}</Th><Th>{t('mon.kolom.aandeel')}</Th></Tr></THead>
                <TBody>
                  {groepen.map((g) => (
                    <Tr key={g.waarde}>
                      <Th scope="row">{waarde(d.dimensie, g.waarde)}</Th>
                      {g.onderdrukt ? <Td colSpan={3}>{t('mon.onderdrukt')}</Td> : (
                        <>
                          <Td className="piramide-num">{g.leerlingen}</Td>
                          <Td className="piramide-num">{g.deelnemers}</Td>
                          <Td className="piramide-num">{g.leerlingen ? `${getal((100 * (g.deelnemers ?? 0)) / g.leerlingen, 1)}%` : '—'}</Td>
                        </>
                      )}
                    </Tr>
                  ))}
                </TBody>
              </Table>
            )}
          />
        );
      })}
      {e && (
        <>
          <p className="utrecht-paragraph">{t('mon.model.uitleg')}</p>
          {e.weggelatenNiveaus.length > 0 && (
            <p className="utrecht-paragraph">{t('mon.model.weggelaten', { lijst: e.weggelatenNiveaus.map((n) => { const [dim, w] = n.split('='); return `${tMaybe(`mon.dim.${dim}`) ?? dim}: ${waarde(dim!, w!)}`; }).join(', ') })}</p>
          )}
          <ModelTabel titel={t('mon.model.zonder')} model={e.zonderCorrectie} />
          <ModelTabel titel={t('mon.model.met')} model={e.metCorrectie} />
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href={`/api/monitor/vragenlijsten/${vragenlijstId}/equity.csv`} download>{t('mon.csv')}</a>
          </p>
        </>
      )}
    </section>
  );
}

function ModelTabel({ titel, model }: { titel: string; model: Model }) {
  return (
    <>
      <Heading level={3}>{titel}</Heading>
      {model.waarschuwing ? (
        <Alert type="warning" title={t('mon.model.waarschuwing')}><p className="utrecht-paragraph">{model.waarschuwing}</p></Alert>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('mon.model.n', { n: model.n })}</p>
          <Table caption={titel} captionHidden scroll>
            <THead><Tr><Th>{t('mon.kolom.term')}</Th><Th>{t('mon.kolom.or')}</Th><Th>{t('mon.kolom.p')}</Th></Tr></THead>
            <TBody>
              {model.termen.map((x) => (
                <Tr key={x.term}>
                  <Th scope="row">{tMaybe(`mon.term.${x.term}`) ?? x.term}</Th>
                  <Td className="piramide-num">{bereik(x.or, x.or_lo, x.or_hi)}</Td>
                  <Td className="piramide-num">{p(x.p)}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </>
      )}
    </>
  );
}

function Metingen({ lijst }: { lijst: Vragenlijst }) {
  const qc = useQueryClient();
  const [melding, setMelding] = useState<string | null>(null);
  const uitnodigen = useMutation({
    mutationFn: (id: string) => api.post<{ nieuw: number }>(`/api/monitor/metingen/${id}/uitnodigen`),
    onSuccess: (r) => { setMelding(t('mon.meting.uitgenodigd', { aantal: r.nieuw })); qc.invalidateQueries({ queryKey: ['monitor'] }); },
  });
  const volgende = [1, 2].find((n) => !lijst.metingen.some((m) => m.nummer === n));
  return (
    <section className="piramide-section" aria-labelledby="metingen-kop">
      <Heading level={2} id="metingen-kop">{t('mon.metingen')}</Heading>
      {melding && <Alert type="ok" live="polite">{melding}</Alert>}
      {uitnodigen.isError && <Alert type="error" live="assertive">{foutTekst(uitnodigen.error)}</Alert>}
      {lijst.metingen.length === 0 ? <p className="utrecht-paragraph">{t('mon.meting.geen')}</p> : (
        <Table caption={t('mon.metingen')} captionHidden scroll>
          <THead>
            <Tr>
              <Th>{t('mon.meting.kolom.naam')}</Th><Th>{t('mon.meting.kolom.periode')}</Th><Th>{t('mon.meting.kolom.uitgenodigd')}</Th>
              <Th>{t('mon.meting.kolom.gestart')}</Th><Th>{t('mon.meting.kolom.afgerond')}</Th><Th>{t('mon.meting.kolom.actie')}</Th>
            </Tr>
          </THead>
          <TBody>
            {lijst.metingen.map((m) => (
              <Tr key={m.id}>
                <Th scope="row">{m.naam}</Th>
                <Td>{t('mon.meting.periode', { van: formatDatum(m.van), tot: formatDatum(m.tot) })}</Td>
                <Td className="piramide-num">{m.uitgenodigd}</Td>
                <Td className="piramide-num">{m.gestart}</Td>
                <Td className="piramide-num">{m.afgerond}</Td>
                <Td><Button onClick={() => uitnodigen.mutate(m.id)} busy={uitnodigen.isPending}>{t('mon.meting.uitnodigen')}</Button></Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {volgende && <MetingForm vragenlijstId={lijst.id} nummer={volgende} />}
    </section>
  );
}

function MetingForm({ vragenlijstId, nummer }: { vragenlijstId: string; nummer: number }) {
  const qc = useQueryClient();
  const [naam, setNaam] = useState(t('mon.meting.standaardNaam', { nummer }));
  const [van, setVan] = useState('');
  const [tot, setTot] = useState('');
  const [leerjaren, setLeerjaren] = useState(nummer === 1 ? '6' : '');
  const plan = useMutation({
    mutationFn: () => api.post(`/api/monitor/vragenlijsten/${vragenlijstId}/metingen`, {
      nummer, naam, van, tot, leerjaren: leerjaren.split(/[,\s]+/).filter(Boolean).map(Number),
    }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['monitor'] }),
  });
  const fouten = plan.error && 'velden' in plan.error ? (plan.error as { velden: { veld: string; melding: string }[] }).velden : [];
  const fout = (veld: string) => fouten.find((f) => f.veld === veld)?.melding;
  return (
    <form onSubmit={(e: FormEvent) => { e.preventDefault(); plan.mutate(); }} noValidate>
      <Heading level={3}>{t('mon.meting.nieuw', { nummer })}</Heading>
      {plan.isError && fouten.length === 0 && <Alert type="error" live="assertive">{foutTekst(plan.error)}</Alert>}
      <TextField id="meting-naam" label={t('mon.meting.naam')} value={naam} onChange={(e) => setNaam(e.target.value)} error={fout('naam')} />
      <TextField id="meting-van" type="date" label={t('mon.meting.van')} value={van} onChange={(e) => setVan(e.target.value)} error={fout('van')} />
      <TextField id="meting-tot" type="date" label={t('mon.meting.tot')} value={tot} onChange={(e) => setTot(e.target.value)} error={fout('tot')} />
      {nummer === 1
        ? <TextField id="meting-leerjaren" label={t('mon.meting.leerjaren')} value={leerjaren} onChange={(e) => setLeerjaren(e.target.value)} error={fout('leerjaren')} />
        : <p className="utrecht-paragraph">{t('mon.meting.leerjarenUitleg')}</p>}
      <Button type="submit" appearance="primary" busy={plan.isPending}>{t('mon.meting.plannen')}</Button>
    </form>
  );
}

function VragenlijstSectie({ lijst }: { lijst: Vragenlijst }) {
  const qc = useQueryClient();
  const zet = useMutation({
    mutationFn: (s: { id: string; actief: boolean }) => api.put(`/api/monitor/schalen/${s.id}`, { actief: s.actief }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['monitor'] }),
  });
  return (
    <section className="piramide-section" aria-labelledby="vragenlijst-kop">
      <Heading level={2} id="vragenlijst-kop">{t('mon.vragenlijst')}</Heading>
      <p className="utrecht-paragraph">{t('mon.vragenlijstUitleg')}</p>
      {!lijst.bewerkbaar && <Alert type="info">{t('mon.nietBewerkbaar')}</Alert>}
      {lijst.schalen.map((s) => (
        <details key={s.id} className="piramide-details">
          <summary>{s.naam}</summary>
          <div className="utrecht-form-field utrecht-form-field--checkbox">
            <label className="utrecht-form-label utrecht-form-label--checkbox">
              <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" checked={s.actief}
                onChange={(e) => zet.mutate({ id: s.id, actief: e.target.checked })} />
              {' '}{t('mon.schaal.actief')}
            </label>
          </div>
          <ol className="utrecht-ordered-list">
            {s.items.map((i) => (
              <li key={i.id} className="utrecht-ordered-list__item">
                {i.tekst}{' '}
                <span className="piramide-item-herkomst">
                  ({i.herkomst === 'bron' ? t('mon.item.bron', { bron: i.bron ?? '' }) : t('mon.item.eigen')}{i.omgepoold ? `, ${t('mon.item.omgepoold')}` : ''})
                </span>
              </li>
            ))}
          </ol>
          {lijst.bewerkbaar && <ItemForm schaal={s} />}
        </details>
      ))}
    </section>
  );
}

function ItemForm({ schaal }: { schaal: Schaal }) {
  const qc = useQueryClient();
  const [tekst, setTekst] = useState('');
  const [omgepoold, setOmgepoold] = useState(false);
  const voeg = useMutation({
    mutationFn: () => api.post(`/api/monitor/schalen/${schaal.id}/items`, { tekst, omgepoold }),
    onSuccess: () => { setTekst(''); setOmgepoold(false); qc.invalidateQueries({ queryKey: ['monitor'] }); },
  });
  return (
    <form onSubmit={(e: FormEvent) => { e.preventDefault(); voeg.mutate(); }} noValidate aria-label={t('mon.item.nieuw', { schaal: schaal.naam })}>
      {voeg.isSuccess && <Alert type="ok" live="polite">{t('mon.item.toegevoegd')}</Alert>}
      <TextField id={`item-${schaal.id}`} label={t('mon.item.tekst')} value={tekst} onChange={(e) => setTekst(e.target.value)} error={voeg.isError ? foutTekst(voeg.error) : undefined} />
      <div className="utrecht-form-field utrecht-form-field--checkbox">
        <label className="utrecht-form-label utrecht-form-label--checkbox">
          <input type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" checked={omgepoold} onChange={(e) => setOmgepoold(e.target.checked)} />
          {' '}{t('mon.item.omgekeerd')}
        </label>
      </div>
      <Button type="submit" busy={voeg.isPending}>{t('mon.item.toevoegen')}</Button>
    </form>
  );
}
