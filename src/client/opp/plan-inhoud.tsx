import { t, tMaybe } from '../i18n/t.ts';
import { Heading } from '../ui/heading.tsx';
import { STEMDELEN, TEKSTDELEN, type Inhoud } from './opp-api.ts';

type Niveau = 2 | 3;

/** The plan's content as everyone reads it: parts, goals, the handelingsdeel as cards (phone first). */
export function PlanInhoud({ inhoud, niveau = 2 }: { inhoud: Inhoud; niveau?: Niveau }) {
  const sub = (niveau + 1) as 3 | 4;
  const tekst = (deel: string, waarde: string) => waarde.trim() && (
    <section key={deel} className="piramide-section" aria-labelledby={`deel-${deel}`}>
      <Heading level={niveau} id={`deel-${deel}`}>{tMaybe(`opp.deel.${deel}`) ?? deel}</Heading>
      <p className="utrecht-paragraph piramide-opp-tekst">{waarde}</p>
    </section>
  );
  return (
    <div className="piramide-opp">
      {TEKSTDELEN.map((d) => tekst(d, inhoud[d] ?? ''))}

      <section className="piramide-section" aria-labelledby="deel-doelen">
        <Heading level={niveau} id="deel-doelen">{t('opp.deel.doelen')}</Heading>
        <ol className="utrecht-ordered-list piramide-opp-doelen">
          {inhoud.doelen.map((d) => (
            <li key={d.sleutel ?? d.omschrijving} className="utrecht-ordered-list__item">
              {d.omschrijving}{' '}
              <span className="piramide-badge">{t(`opp.doelsoort.${d.soort}`)}</span>
              {d.criterium && <><br /><span className="piramide-opp-klein">{t('opp.doel.bereiktAls', { criterium: d.criterium })}</span></>}
            </li>
          ))}
        </ol>
      </section>

      <section className="piramide-section" aria-labelledby="deel-handelingsdeel">
        <Heading level={niveau} id="deel-handelingsdeel">{t('opp.deel.handelingsdeel')}</Heading>
        <p className="utrecht-paragraph piramide-opp-klein">{t('opp.handelingsdeel.uitleg')}</p>
        <ul className="piramide-opp-acties">
          {inhoud.handelingsdeel.map((a, i) => (
            <li key={i} className="piramide-opp-actie">
              <Heading level={sub}>{a.wat}{a.keuzeuur && <> <span className="piramide-badge">{t('opp.keuzeuur')}</span></>}</Heading>
              <dl className="piramide-opp-wwww">
                <dt>{t('opp.actie.wie')}</dt><dd>{a.wie}</dd>
                <dt>{t('opp.actie.wanneer')}</dt><dd>{a.wanneer}</dd>
                <dt>{t('opp.actie.waar')}</dt><dd>{a.waar}</dd>
              </dl>
            </li>
          ))}
        </ul>
      </section>

      {inhoud.partners.length > 0 && (
        <section className="piramide-section" aria-labelledby="deel-partners">
          <Heading level={niveau} id="deel-partners">{t('opp.deel.partners')}</Heading>
          <ul className="utrecht-unordered-list">
            {inhoud.partners.map((p, i) => <li key={i} className="utrecht-unordered-list__item">{p.rol ? t('opp.partner.metRol', { naam: p.naam, rol: p.rol }) : p.naam}</li>)}
          </ul>
        </section>
      )}
      {STEMDELEN.map((d) => tekst(d, inhoud[d] ?? ''))}
    </div>
  );
}
