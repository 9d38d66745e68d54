import { useParams } from 'react-router';
import { formatDatum, schoolsoortLabel } from '../format.ts';
import { t } from '../i18n/t.ts';
import { DataList } from '../ui/data-list.tsx';
import { Heading } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../ui/table.tsx';
import { useLeerling } from './leerling-api.ts';
import { SignaleringRegel } from '../signalering/signalering-regel.tsx';
import { OppRegel } from '../opp/opp-regel.tsx';
import { BetrokkenenLijst } from './betrokkenen-lijst.tsx';
import { ToelatingRegel } from '../toelating/toelating-regel.tsx';
import { CasusRegel } from '../casus/casus-regel.tsx';

/** The pupil page, the hub for everyone who works with this pupil (UX: "one pupil, one page"). */
export function LeerlingPage() {
  const { id = '' } = useParams();
  const leerling = useLeerling(id);
  const data = leerling.data;

  return (
    <Page
      title={data?.leerling.naam ?? t('leerling.titel')}
      terug={
        <Link className="piramide-back" to="/leerlingen">
          {t('leerling.terug')}
        </Link>
      }
    >
      {leerling.isPending && <Loading />}
      {leerling.isError && <LoadError error={leerling.error} />}
      {data && (
        <>
          <section className="piramide-section" aria-labelledby="gegevens-kop">
            <Heading level={2} id="gegevens-kop">
              {t('leerling.gegevens')}
            </Heading>
            <DataList
              items={[
                { key: t('leerling.geboortedatum'), value: formatDatum(data.leerling.geboortedatum) },
                { key: t('leerling.geslacht'), value: t(`geslacht.${data.leerling.geslacht}`) },
                {
                  key: t('leerling.groep'),
                  value: data.groep
                    ? t('leerling.groepWaarde', {
                        naam: data.groep.naam,
                        leerjaar: data.groep.leerjaar,
                        schooljaar: data.groep.schooljaar,
                      })
                    : t('leerling.geenGroep'),
                },
              ]}
            />
          </section>

          <SignaleringRegel id={id} />
          <OppRegel id={id} naar={`/leerlingen/${encodeURIComponent(id)}/opp`} />
          <ToelatingRegel id={id} />
          <CasusRegel id={id} basis="/leerlingen" />

          <section className="piramide-section" aria-labelledby="inschrijvingen-kop">
            <Heading level={2} id="inschrijvingen-kop">
              {t('leerling.inschrijvingen')}
            </Heading>
            <p className="utrecht-paragraph">{t('leerling.inschrijvingen.uitleg')}</p>
            {data.inschrijvingen.length === 0 ? (
              <p className="utrecht-paragraph">{t('leerling.inschrijvingen.geen')}</p>
            ) : (
              <div className="piramide-table--stack">
                <Table caption={t('leerling.inschrijvingen')} captionHidden>
                  <THead>
                    <Tr>
                      <Th>{t('leerling.kolom.school')}</Th>
                      <Th>{t('leerling.kolom.stamschool')}</Th>
                      <Th>{t('leerling.kolom.periode')}</Th>
                      <Th>{t('leerling.kolom.soort')}</Th>
                      <Th>{t('leerling.kolom.gemeente')}</Th>
                      <Th>{t('leerling.kolom.brin')}</Th>
                    </Tr>
                  </THead>
                  <TBody>
                    {data.inschrijvingen.map((i, n) => (
                      <Tr key={n}>
                        <Th scope="row">{i.school.naam}</Th>
                        <Td data-label={t('leerling.kolom.stamschool')}>
                          {i.stamschool ? (
                            <span className="piramide-badge">{t('leerling.stamschool')}</span>
                          ) : (
                            t('leerling.nietStamschool')
                          )}
                        </Td>
                        <Td data-label={t('leerling.kolom.periode')}>
                          {i.tot
                            ? t('leerling.periode', { van: formatDatum(i.van), tot: formatDatum(i.tot) })
                            : t('leerling.periodeOpen', { van: formatDatum(i.van) })}
                        </Td>
                        <Td data-label={t('leerling.kolom.soort')}>{schoolsoortLabel(i.school.soort)}</Td>
                        <Td data-label={t('leerling.kolom.gemeente')}>{i.school.gemeente}</Td>
                        <Td data-label={t('leerling.kolom.brin')}>
                          {i.school.brin}
                          {i.school.vestiging ? ` ${i.school.vestiging}` : ''}
                        </Td>
                      </Tr>
                    ))}
                  </TBody>
                </Table>
              </div>
            )}
          </section>

          <section className="piramide-section" aria-labelledby="betrokkenen-kop">
            <Heading level={2} id="betrokkenen-kop">
              {t('leerling.betrokkenen')}
            </Heading>
            <BetrokkenenLijst betrokkenen={data.betrokkenen} />
          </section>
        </>
      )}
    </Page>
  );
}
