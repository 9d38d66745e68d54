import { t, tMaybe } from '../i18n/t.ts';
import { ButtonLink } from '../ui/button.tsx';
import { Paragraph } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../ui/table.tsx';
import { huidigePeriode } from './periode.ts';
import { useAanbodBeheer } from './aanbod-api.ts';
import './aanbod.css';

/** SWV staff: the region's provisions with places, occupancy and waiting list. */
export function BeheerPage() {
  const beheer = useAanbodBeheer();
  return (
    <Page title={t('beheer.titel')}>
      <Paragraph>{t('beheer.intro')}</Paragraph>
      <p className="utrecht-paragraph">
        <ButtonLink appearance="primary" to="/aanbod/beheer/nieuw">{t('beheer.nieuw')}</ButtonLink>{' '}
        <ButtonLink to="/aanbod/dekking">{t('beheer.naarDekking')}</ButtonLink>
      </p>
      {beheer.isPending && <Loading />}
      {beheer.isError && <LoadError error={beheer.error} />}
      {beheer.data && (
        <Table caption={t('beheer.tabel')} scroll>
          <THead><Tr>
            <Th>{t('beheer.kol.naam')}</Th><Th>{t('beheer.kol.laag')}</Th><Th>{t('beheer.kol.gemeente')}</Th>
            <Th>{t('beheer.kol.plaatsen')}</Th><Th>{t('beheer.kol.wachtend')}</Th><Th>{t('beheer.kol.coordinator')}</Th>
          </Tr></THead>
          <TBody>
            {beheer.data.voorzieningen.map((v) => {
              const p = huidigePeriode(v.perioden);
              return (
                <Tr key={v.id}>
                  <Td><Link to={`/aanbod/beheer/${v.id}`}>{v.naam}</Link>{!v.actief && ` (${t('beheer.inactief')})`}<br />{tMaybe(`aanbod.vorm.${v.vorm}`) ?? v.vorm}</Td>
                  <Td>{t(`aanbod.laag.${v.laag}`)}</Td>
                  <Td>{v.gemeente}</Td>
                  <Td>{p ? t('beheer.bezetting', { bezet: p.bezet, plaatsen: p.plaatsen }) : t('beheer.geenPeriode')}</Td>
                  <Td>{v.wachtend}</Td>
                  <Td>{v.coordinator ?? t('beheer.geenCoordinator')}</Td>
                </Tr>
              );
            })}
          </TBody>
        </Table>
      )}
    </Page>
  );
}
