import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatDatum } from '../format.ts';
import { t, tn } from '../i18n/t.ts';
import { Button } from '../ui/button.tsx';
import { Page } from '../ui/page.tsx';
import { Pagination } from '../ui/pagination.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../ui/table.tsx';
import { TextField } from '../ui/text-field.tsx';
import { useLeerlingZoeken } from './leerling-api.ts';

/** Search pupils by name. The query lives in the URL, so Back and a shared link keep the results. */
export function ZoekenPage() {
  const [params, setParams] = useSearchParams();
  const zoek = (params.get('zoek') ?? '').trim();
  const pagina = Math.max(1, Number(params.get('pagina')) || 1);
  const [invoer, setInvoer] = useState(zoek);
  const resultaat = useLeerlingZoeken(zoek, pagina);

  useEffect(() => setInvoer(zoek), [zoek]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const waarde = invoer.trim();
    setParams(waarde ? { zoek: waarde } : {});
  }

  const leerlingen = resultaat.data?.leerlingen ?? [];

  return (
    <Page title={zoek ? `${t('zoeken.titel')}: ${zoek}` : t('zoeken.titel')} heading={t('zoeken.titel')}>
      <p className="utrecht-paragraph">{t('zoeken.intro')}</p>
      <form className="piramide-form piramide-form--inline" role="search" noValidate onSubmit={onSubmit}>
        <TextField
          id="zoek"
          label={t('zoeken.veld')}
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={invoer}
          onChange={(e) => setInvoer(e.target.value)}
        />
        <Button type="submit" appearance="primary">
          {t('zoeken.knop')}
        </Button>
      </form>

      <div role="status" className="utrecht-paragraph piramide-status">
        {resultaat.data && (
          <p className="utrecht-paragraph">
            {leerlingen.length === 0 && pagina === 1
              ? zoek
                ? t('zoeken.geen', { zoek })
                : t('zoeken.geenLeerlingen')
              : resultaat.data.meer
                ? t('zoeken.aantalMeer')
                : tn('zoeken.aantal', leerlingen.length)}
          </p>
        )}
      </div>

      {resultaat.isPending && <Loading />}
      {resultaat.isError && <LoadError error={resultaat.error} onRetry={() => resultaat.refetch()} />}
      {leerlingen.length > 0 && (
        <>
          <div className="piramide-table--stack">
            <Table caption={zoek ? t('zoeken.resultaten') : t('zoeken.alle')}>
              <THead>
                <Tr>
                  <Th>{t('zoeken.kolom.naam')}</Th>
                  <Th>{t('zoeken.kolom.geboortedatum')}</Th>
                  <Th>{t('zoeken.kolom.school')}</Th>
                  <Th>{t('zoeken.kolom.groep')}</Th>
                </Tr>
              </THead>
              <TBody>
                {leerlingen.map((l) => (
                  <Tr key={l.id}>
                    <Th scope="row">
                      <Link className="utrecht-link utrecht-link--html-a" to={`/leerlingen/${encodeURIComponent(String(l.id))}`}>
                        {l.naam}
                      </Link>
                    </Th>
                    <Td data-label={t('zoeken.kolom.geboortedatum')}>{formatDatum(l.geboortedatum)}</Td>
                    <Td data-label={t('zoeken.kolom.school')}>{l.school?.naam ?? t('audit.geenWaarde')}</Td>
                    <Td data-label={t('zoeken.kolom.groep')}>{l.groep?.naam ?? t('audit.geenWaarde')}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </div>
          <Pagination pagina={pagina} meer={!!resultaat.data?.meer} search={params} />
        </>
      )}
    </Page>
  );
}
