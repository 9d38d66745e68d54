import { formatDatum } from '../format.ts';
import { t } from '../i18n/t.ts';
import { Heading } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { ButtonLink } from '../ui/button.tsx';
import { useOppStand } from './opp-api.ts';

/** "OPP versie 3 — instemming ouders ontbreekt — evaluatie op 12 maart": the pupil page's line (UX "One pupil, one page"). */
export function OppRegel({ id, naar }: { id: string; naar: string }) {
  const stand = useOppStand(id);
  const s = stand.data;
  if (!s) return null;
  const o = s.opp;
  const delen = o ? [
    t('opp.regel.versie', { versie: o.versie }),
    o.afgesloten ? t('opp.regel.afgesloten', { datum: formatDatum(o.afgesloten) }) : t(`opp.instemming.kort.${o.instemming.stand}`),
    ...(!o.afgesloten ? [o.volgendeEvaluatie ? t('opp.regel.evaluatie', { datum: formatDatum(o.volgendeEvaluatie) }) : t('opp.regel.geenEvaluatie')] : []),
  ] : [t('opp.regel.geen')];
  return (
    <section className="piramide-section" aria-labelledby="opp-regel-kop">
      <Heading level={2} id="opp-regel-kop">{t('opp.titel')}</Heading>
      <p className="utrecht-paragraph">{delen.join(' — ')}</p>
      {(o || s.magOpstellen) && <p className="utrecht-paragraph"><Link to={naar}>{o ? t('opp.regel.link') : t('opp.regel.linkGeen')}</Link></p>}
    </section>
  );
}

/** The parent's line on the child page: the plan's state and consent, one tap to read and consent. */
export function OppOuderRegel({ id }: { id: string }) {
  const stand = useOppStand(id);
  const o = stand.data?.opp;
  if (!o) return null;
  return (
    <>
      <p className="utrecht-paragraph">
        {t('opp.regel.versie', { versie: o.versie })} — {o.afgesloten ? t('opp.regel.afgesloten', { datum: formatDatum(o.afgesloten) }) : t(`opp.instemming.kort.${o.instemming.stand}`)}
      </p>
      <p className="utrecht-paragraph">
        <ButtonLink appearance="primary" to={`/mijn-kinderen/${encodeURIComponent(id)}/plan`}>
          {o.instemming.stand === 'ontbreekt' && !o.afgesloten ? t('opp.ouder.link.instemmen') : t('opp.ouder.link.lezen')}
        </ButtonLink>
      </p>
    </>
  );
}
