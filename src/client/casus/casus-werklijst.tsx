import { formatDatum } from '../format.ts';
import { t, tn } from '../i18n/t.ts';
import { Heading } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { termijnTekst } from '../vangnet/vangnet-sectie.tsx';
import { useCasusWerklijst } from './casus-api.ts';

/** Vangnet deadlines and overdue meeting actions on the home page (UX "work comes to you"). */
export function CasusWerklijstSectie({ rollen }: { rollen: string[] }) {
  const w = useCasusWerklijst();
  const swv = rollen.includes('swv_medewerker') || rollen.includes('functioneel_beheerder');
  const aantal = (w.data?.vangnet.length ?? 0) + (w.data?.acties.length ?? 0);
  if (!w.data || (aantal === 0 && !swv)) return null;
  const casus = (id: string) => `/leerlingen/${encodeURIComponent(id)}/casus`;
  return (
    <section className="piramide-section" aria-labelledby="casus-werk-kop">
      <Heading level={2} id="casus-werk-kop">{t('cwl.titel')}</Heading>
      {w.data.vangnet.length > 0 && (
        <>
          <Heading level={3}>{tn('cwl.vangnet', w.data.vangnet.length)}</Heading>
          <ul className="utrecht-unordered-list piramide-werklijst__lijst">
            {w.data.vangnet.map((v) => (
              <li key={`${v.leerlingId}${v.termijn.soort}`} className="utrecht-unordered-list__item">
                <Link to={casus(v.leerlingId)}><strong>{v.naam}</strong></Link>
                <br />
                <span>{t(`vn.stap.${v.termijn.soort}`)} — {termijnTekst(v.termijn)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {w.data.acties.length > 0 && (
        <>
          <Heading level={3}>{tn('cwl.acties', w.data.acties.length)}</Heading>
          <ul className="utrecht-unordered-list piramide-werklijst__lijst">
            {w.data.acties.map((a) => (
              <li key={a.id} className="utrecht-unordered-list__item">
                <Link to={casus(a.leerlingId)}><strong>{a.naam}</strong></Link>
                <br />
                <span>{a.omschrijving} — {t('cwl.actieRegel', { eigenaar: a.eigenaar, datum: formatDatum(a.uiterlijk), dagen: a.dagenTeLaat })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {swv && <p className="utrecht-paragraph"><Link to="/vangnet/afspraken">{t('vn.afspraken.link')}</Link></p>}
    </section>
  );
}
