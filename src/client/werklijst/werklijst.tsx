import './werklijst.css';
import { Link as RouterLink } from 'react-router';
import { formatDatum } from '../format.ts';
import { t, tMaybe, tn, type PluralKey } from '../i18n/t.ts';
import { Heading } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { linkVoor, useWerklijst, type WerkItem, type WerkOnderdeel } from './werklijst-api.ts';

const KOP: Record<WerkOnderdeel['soort'], { tekst: PluralKey }> = {
  gesprekken: { tekst: 'wl.gesprekken' },
  screenings: { tekst: 'wl.screenings' },
  zorgsignalen: { tekst: 'wl.zorgsignalen' },
  besluiten: { tekst: 'wl.besluiten' },
  opp: { tekst: 'wl.opp' },
  aanvragen: { tekst: 'wl.aanvragen' },
  wachtlijst: { tekst: 'wl.wachtlijst' },
  wenperiode: { tekst: 'wl.wenperiode' },
};

/** Counts first, then each line as a link to where the work is done (UX.md "work comes to you"). */
export function Werklijst({ kopNiveau = 2, kort = false }: { kopNiveau?: 2 | 3; kort?: boolean }) {
  const w = useWerklijst();
  if (w.isPending) return <Loading />;
  if (w.isError) return <LoadError error={w.error} onRetry={() => w.refetch()} />;
  const onderdelen = w.data.onderdelen;
  if (onderdelen.length === 0) return null;
  const metWerk = onderdelen.filter((o) => o.aantal > 0);
  return (
    <div className="piramide-werklijst">
      <ul className="piramide-worklist">
        {onderdelen.map((o) => (
          <li key={o.soort} className="piramide-worklist__item">
            <RouterLink to={`/werklijst#${o.soort}`}>
              <span className="piramide-worklist__count">{o.aantal.toLocaleString('nl-NL')}</span>{' '}
              {tn(KOP[o.soort].tekst, o.aantal).replace(/^\S+\s/, '')}
            </RouterLink>
          </li>
        ))}
      </ul>
      {metWerk.length === 0 && <p className="utrecht-paragraph">{t('wl.leeg')}</p>}
      {!kort && metWerk.map((o) => <Onderdeel key={o.soort} o={o} kopNiveau={kopNiveau} />)}
      {kort && metWerk.length > 0 && (
        <p className="utrecht-paragraph"><Link to="/werklijst">{t('wl.alles')}</Link></p>
      )}
    </div>
  );
}

function Onderdeel({ o, kopNiveau }: { o: WerkOnderdeel; kopNiveau: 2 | 3 }) {
  return (
    <section className="piramide-section" aria-labelledby={`wl-${o.soort}`} id={o.soort}>
      <Heading level={kopNiveau} id={`wl-${o.soort}`}>{tn(KOP[o.soort].tekst, o.aantal)}</Heading>
      {o.aantal > o.items.length && <p className="utrecht-paragraph">{t('wl.meerDan', { aantal: o.items.length })}</p>}
      <ul className="utrecht-unordered-list piramide-werklijst__lijst">
        {o.items.map((i) => (
          <li key={`${i.taakId ?? ''}${i.leerlingId}${i.omschrijving}`} className="utrecht-unordered-list__item">
            <RouterLink to={linkVoor(o.soort, i)}><strong>{i.naam}</strong></RouterLink>
            {i.school && <> — {i.school}</>}
            <br />
            <span>{regelTekst(o.soort, i)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function regelTekst(soort: WerkOnderdeel['soort'], i: WerkItem): string {
  if (soort === 'gesprekken') {
    const leeftijd = i.dagen === 0 ? t('wl.vandaag') : i.dagen === 1 ? t('wl.dagenEen') : t('wl.dagen', { dagen: i.dagen ?? 0 });
    return `${tMaybe(`wl.soort.${i.taakSoort}`) ?? ''} · ${leeftijd}`;
  }
  if (soort === 'screenings') return `${i.omschrijving} · ${t('wl.deadline', { datum: formatDatum(i.datum) })}`;
  if (soort === 'opp') return i.datum ? t('wl.opp.regelDatum', { wat: tMaybe(`wl.opp.${i.omschrijving}`) ?? i.omschrijving, datum: formatDatum(i.datum) }) : tMaybe(`wl.opp.${i.omschrijving}`) ?? i.omschrijving;
  if (soort === 'aanvragen' || soort === 'wachtlijst' || soort === 'wenperiode') return toelatingRegel(soort, i);
  if (soort === 'zorgsignalen') return `${tMaybe(`wl.zorg.${i.omschrijving}`) ?? i.omschrijving} · ${formatDatum(i.datum)}`;
  return t('wl.sinds', { datum: formatDatum(i.datum), bronnen: i.omschrijving });
}

/** The commissie's and coordinator's lines: what, since when, and how long it has waited. */
function toelatingRegel(soort: 'aanvragen' | 'wachtlijst' | 'wenperiode', i: WerkItem): string {
  const wacht = i.dagen === 0 ? t('wl.wachtVandaag') : i.dagen === 1 ? t('wl.wachtDagenEen') : t('wl.wachtDagen', { dagen: i.dagen ?? 0 });
  const datum = formatDatum(i.datum);
  if (soort === 'aanvragen') return t('wl.aanvraagRegel', { voorziening: i.omschrijving, datum, wacht });
  if (soort === 'wenperiode') return t('wl.wenperiodeRegel', { datum, wacht });
  const [positie = '', prioriteit = 'regulier'] = i.omschrijving.split('|');
  const voorrang = prioriteit === 'regulier' ? '' : ` (${tMaybe(`toel.prio.${prioriteit}`) ?? prioriteit})`;
  return t('wl.wachtlijstRegel', { positie, prioriteit: voorrang, datum, wacht });
}

/** The top of a staff home page: my worklist, and the school-wide tools my roles give. */
export function WerklijstSectie({ rollen }: { rollen: string[] }) {
  const heeft = (...r: string[]) => rollen.some((x) => r.includes(x));
  if (!heeft('leraar', 'ib', 'specialist', 'swv_medewerker', 'commissielid', 'coordinator')) return null;
  return (
    <section className="piramide-section" aria-labelledby="mijn-werklijst-kop">
      <Heading level={2} id="mijn-werklijst-kop">{t('wl.titel')}</Heading>
      {heeft('leraar', 'ib', 'commissielid', 'coordinator') && <Werklijst kort />}
      {heeft('ib', 'specialist', 'swv_medewerker') && (
        <ul className="utrecht-unordered-list">
          {heeft('ib', 'specialist') && <li className="utrecht-unordered-list__item"><Link to="/lvs-import">{t('lvs.titel')}</Link></li>}
          <li className="utrecht-unordered-list__item"><Link to="/blinde-vlekken">{t('bv.titel')}</Link></li>
        </ul>
      )}
    </section>
  );
}
