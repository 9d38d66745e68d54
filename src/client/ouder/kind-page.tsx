import { useParams } from 'react-router';
import { formatDatum } from '../format.ts';
import { t } from '../i18n/t.ts';
import { useLeerling } from '../leerling/leerling-api.ts';
import { ButtonLink } from '../ui/button.tsx';
import { DataList } from '../ui/data-list.tsx';
import { Heading } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { GesprekAanvragen } from './gesprek-aanvragen.tsx';
import { CasusRegel } from '../casus/casus-regel.tsx';
import { BetrokkenenLijst } from '../leerling/betrokkenen-lijst.tsx';
import { OppOuderRegel } from '../opp/opp-regel.tsx';
import { BezwaarSectie } from '../monitor/bezwaar-sectie.tsx';
import { ToelatingRegel } from '../toelating/toelating-regel.tsx';

/** A parent's view of one child: plain words, phone first, the access log one tap away. */
export function KindPage() {
  const { id = '' } = useParams();
  const leerling = useLeerling(id);
  const data = leerling.data;
  const naam = data?.leerling.naam ?? t('leerling.titel');
  const stamschool = data?.inschrijvingen.find((i) => i.stamschool && !i.tot) ?? data?.inschrijvingen.find((i) => i.stamschool);

  return (
    <Page
      title={naam}
      terug={
        <Link className="piramide-back" to="/mijn-kinderen">
          {t('kind.terug')}
        </Link>
      }
    >
      {leerling.isPending && <Loading />}
      {leerling.isError && <LoadError error={leerling.error} />}
      {data && (
        <>
          <p className="utrecht-paragraph">
            <ButtonLink appearance="primary" to={`/mijn-kinderen/${encodeURIComponent(id)}/toegang`}>
              {t('kind.toegangLink', { naam: data.leerling.voornaam })}
            </ButtonLink>
          </p>
          <p className="utrecht-paragraph">
            <ButtonLink to={`/mijn-kinderen/${encodeURIComponent(id)}/hoe-ziet-u-uw-kind`}>{t('sig.ouder.link')}</ButtonLink>
          </p>
          <DataList
            items={[
              { key: t('kind.geboortedatum'), value: formatDatum(data.leerling.geboortedatum) },
              { key: t('kind.school'), value: stamschool?.school.naam ?? t('onbekend') },
              { key: t('kind.groep'), value: data.groep?.naam ?? t('leerling.geenGroep') },
            ]}
          />

          <GesprekAanvragen leerlingId={id} />
          <ToelatingRegel id={id} />
          <CasusRegel id={id} basis="/mijn-kinderen" />

          <section className="piramide-section" aria-labelledby="betrokkenen-kop">
            <Heading level={2} id="betrokkenen-kop">
              {t('kind.betrokkenen')}
            </Heading>
            <p className="utrecht-paragraph">{t('kind.betrokkenen.uitleg')}</p>
            <BetrokkenenLijst betrokkenen={data.betrokkenen} />
          </section>

          <section className="piramide-section" aria-labelledby="scholen-kop">
            <Heading level={2} id="scholen-kop">
              {t('kind.scholen')}
            </Heading>
            <p className="utrecht-paragraph">{t('leerling.inschrijvingen.uitleg')}</p>
            <ul className="utrecht-unordered-list">
              {data.inschrijvingen.map((i, n) => (
                <li key={n} className="utrecht-unordered-list__item">
                  {i.school.naam}{' '}
                  {i.stamschool && <span className="piramide-badge">{t('leerling.stamschool')}</span>}
                  <br />
                  {i.tot
                    ? t('leerling.periode', { van: formatDatum(i.van), tot: formatDatum(i.tot) })
                    : t('leerling.periodeOpen', { van: formatDatum(i.van) })}
                </li>
              ))}
            </ul>
          </section>

          <section className="piramide-section" aria-labelledby="opp-kop">
            <Heading level={2} id="opp-kop">
              {t('kind.opp.titel')}
            </Heading>
            <p className="utrecht-paragraph">{t('kind.opp.uitleg')}</p>
            <OppOuderRegel id={id} />
          </section>
          <BezwaarSectie leerlingId={id} />
        </>
      )}
    </Page>
  );
}
