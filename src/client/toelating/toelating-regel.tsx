import { t } from '../i18n/t.ts';
import { Heading } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { useToelating } from './toelating-api.ts';

/** One line on applications and places for the pupil page and the parent's child page. Hidden without access. */
export function ToelatingRegel({ id }: { id: string }) {
  const toelating = useToelating(id);
  const d = toelating.data;
  if (!d) return null;
  const w = d.wachtlijst[0];
  const p = d.plaatsingen.find((x) => !x.tot);
  const a = d.aanvragen[0];
  const regel = p ? t('toel.plaatsingRegel', { voorziening: p.voorziening, van: p.van.split('-').reverse().join('-'), status: t(`toel.status.${p.status as 'gepland'}`) })
    : w ? `${t('toel.positie', { positie: w.positie, totaal: w.totaal })} · ${w.voorziening}`
      : a ? `${t('toel.aanvraagKop', { voorziening: a.voorziening })}: ${t(`toel.aanvraagStatus.${a.status}`)}`
        : t('toel.geenAanvragen');
  return (
    <section className="piramide-section" aria-labelledby="toelating-kop">
      <Heading level={2} id="toelating-kop">{t('toel.titel')}</Heading>
      <p className="utrecht-paragraph">{regel}</p>
      {a?.status === 'wacht_op_ouders' && d.mag.ouder && <p className="utrecht-paragraph"><strong>{t('toel.uwToestemming')}</strong></p>}
      <p className="utrecht-paragraph"><Link to={`/toelating/${encodeURIComponent(id)}`}>{t('toel.link')}</Link></p>
    </section>
  );
}
