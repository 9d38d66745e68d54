import { formatDatum } from '../format.ts';
import { t } from '../i18n/t.ts';
import { Paragraph } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../ui/table.tsx';
import { useWerkvoorraad } from './toelating-api.ts';

/** The commissie's applications to weigh, oldest first; each opens with the dossier beside the form. */
export function CommissiePage() {
  const werk = useWerkvoorraad();
  return (
    <Page title={t('commissie.titel')}>
      <Paragraph>{t('commissie.intro')}</Paragraph>
      {werk.isPending && <Loading />}
      {werk.isError && <LoadError error={werk.error} />}
      {werk.data && (werk.data.aanvragen.length === 0 ? <Paragraph>{t('commissie.leeg')}</Paragraph> : (
        <Table caption={t('commissie.tabel')} scroll>
          <THead><Tr><Th>{t('commissie.kol.leerling')}</Th><Th>{t('dekking.kol.school')}</Th><Th>{t('commissie.kol.voorziening')}</Th><Th>{t('commissie.kol.datum')}</Th><Th>{t('commissie.kol.stand')}</Th></Tr></THead>
          <TBody>
            {werk.data.aanvragen.map((a) => (
              <Tr key={a.aanvraagId}>
                <Td><Link to={`/toelating/${a.id}`}>{a.naam}</Link></Td><Td>{a.school}</Td><Td>{a.voorziening}</Td>
                <Td>{formatDatum(a.aangevraagd)}</Td>
                <Td>{a.besluit ? t(`besluit.kort.${a.besluit as 'aanbevolen'}`) : t('toel.aanvraagStatus.bij_commissie')}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ))}
    </Page>
  );
}
