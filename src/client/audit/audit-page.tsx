import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api.ts';
import { actieLabel, bronLabel, formatTijdstipKort } from '../format.ts';
import { t, tn } from '../i18n/t.ts';
import type { AuditResultaat } from '../types.ts';
import { Button, ButtonGroup } from '../ui/button.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks, fromServer, geenFouten, isEmail, type FormErrors } from '../ui/form-errors.ts';
import { Page } from '../ui/page.tsx';
import { Pagination } from '../ui/pagination.tsx';
import { Loading } from '../ui/query-state.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../ui/table.tsx';
import { TextField } from '../ui/text-field.tsx';

const FILTERS = ['leerlingId', 'actorEmail', 'van', 'tot', 'actie'] as const;
type Filter = (typeof FILTERS)[number];
type Filters = Record<Filter, string>;

/** Actions offered as suggestions; the server may know more, so the field stays free text. */
const BEKENDE_ACTIES = [
  'leerling.bekijken',
  'leerling.zoeken',
  'leerling.toegang_bekijken',
  'kinderen.bekijken',
  'audit.zoeken',
  'account.inloggen',
  'account.inloggen_mislukt',
  'account.uitloggen',
  'account.wachtwoord_gewijzigd',
  'account.totp_ingesteld',
  'account.totp_uitgeschakeld',
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function leesFilters(params: URLSearchParams): Filters {
  return Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Filters;
}

/** The privacy officer's search through the audit log; filters live in the URL. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const actief = leesFilters(params);
  const pagina = Math.max(1, Number(params.get('pagina')) || 1);
  const [invoer, setInvoer] = useState<Filters>(actief);
  const [fouten, setFouten] = useState<FormErrors>(geenFouten);
  const [poging, setPoging] = useState(0);
  const gezocht = FILTERS.some((f) => actief[f]) || params.has('pagina') || params.has('alles');

  useEffect(() => setInvoer(leesFilters(params)), [params]);

  const resultaat = useQuery({
    queryKey: ['audit', actief, pagina],
    queryFn: () => api.get<AuditResultaat>('/api/audit', { ...actief, pagina }),
    enabled: gezocht,
  });

  useEffect(() => {
    if (resultaat.isError) {
      setFouten(
        fromServer(resultaat.error, { leerlingId: 'leerlingId', actorEmail: 'actorEmail', van: 'van', tot: 'tot', actie: 'actie' }),
      );
    }
  }, [resultaat.isError, resultaat.error]);

  function zet(f: Filter, waarde: string) {
    setInvoer((oud) => ({ ...oud, [f]: waarde }));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPoging((p) => p + 1);
    const check = fromChecks([
      ['leerlingId', invoer.leerlingId.trim() && !UUID.test(invoer.leerlingId.trim()) ? t('audit.leerlingId.ongeldig') : undefined],
      ['actorEmail', invoer.actorEmail && !isEmail(invoer.actorEmail) ? t('audit.email.ongeldig') : undefined],
      ['tot', invoer.van && invoer.tot && invoer.tot < invoer.van ? t('audit.datum.volgorde') : undefined],
    ]);
    setFouten(check);
    if (check.summary.length > 0) return;
    const volgende = new URLSearchParams();
    for (const f of FILTERS) if (invoer[f].trim()) volgende.set(f, invoer[f].trim());
    if ([...volgende.keys()].length === 0) volgende.set('alles', '1');
    setParams(volgende);
  }

  function wissen() {
    setFouten(geenFouten);
    setParams(new URLSearchParams());
  }

  const items = resultaat.data?.items ?? [];

  return (
    <Page title={t('audit.titel')}>
      <p className="utrecht-paragraph">{t('audit.intro')}</p>
      <ErrorSummary errors={fouten.summary} focusKey={poging} />
      <form className="piramide-form piramide-filters" noValidate onSubmit={onSubmit} aria-label={t('audit.filters')}>
        <TextField
          id="leerlingId"
          label={t('audit.leerlingId')}
          description={t('audit.leerlingId.uitleg')}
          autoComplete="off"
          value={invoer.leerlingId}
          onChange={(e) => zet('leerlingId', e.target.value)}
          error={fouten.fields.leerlingId}
        />
        <TextField
          id="actorEmail"
          label={t('audit.actorEmail')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={invoer.actorEmail}
          onChange={(e) => zet('actorEmail', e.target.value)}
          error={fouten.fields.actorEmail}
        />
        <TextField
          id="van"
          label={t('audit.van')}
          type="date"
          value={invoer.van}
          onChange={(e) => zet('van', e.target.value)}
          error={fouten.fields.van}
        />
        <TextField
          id="tot"
          label={t('audit.tot')}
          type="date"
          value={invoer.tot}
          onChange={(e) => zet('tot', e.target.value)}
          error={fouten.fields.tot}
        />
        <TextField
          id="actie"
          label={t('audit.actie')}
          list="bekende-acties"
          autoComplete="off"
          spellCheck={false}
          value={invoer.actie}
          onChange={(e) => zet('actie', e.target.value)}
          error={fouten.fields.actie}
        />
        <datalist id="bekende-acties">
          {BEKENDE_ACTIES.map((a) => (
            <option key={a} value={a}>
              {actieLabel(a)}
            </option>
          ))}
        </datalist>
        <ButtonGroup>
          <Button type="submit" appearance="primary">
            {t('audit.knop')}
          </Button>
          <Button appearance="subtle" onClick={wissen}>
            {t('audit.wissen')}
          </Button>
        </ButtonGroup>
      </form>

      <div role="status">
        {resultaat.data && (
          <p className="utrecht-paragraph">{items.length === 0 ? t('audit.geen') : tn('audit.aantal', items.length)}</p>
        )}
      </div>
      {gezocht && resultaat.isLoading && <Loading />}
      {items.length > 0 && (
        <>
          <Table caption={t('audit.resultaten')} scroll>
            <THead>
              <Tr>
                <Th>{t('audit.kolom.tijdstip')}</Th>
                <Th>{t('audit.kolom.actor')}</Th>
                <Th>{t('audit.kolom.actie')}</Th>
                <Th>{t('audit.kolom.leerling')}</Th>
                <Th>{t('audit.kolom.reden')}</Th>
                <Th>{t('audit.kolom.bron')}</Th>
                <Th>{t('audit.kolom.route')}</Th>
                <Th>{t('audit.kolom.ip')}</Th>
              </Tr>
            </THead>
            <TBody>
              {items.map((item) => (
                <Tr key={item.id}>
                  <Td className="utrecht-table__cell piramide-nowrap">
                    <time dateTime={item.tijdstip}>{formatTijdstipKort(item.tijdstip)}</time>
                  </Td>
                  <Td>{item.actorNaam}</Td>
                  <Td>
                    {actieLabel(item.actie)}
                    {actieLabel(item.actie) !== item.actie && (
                      <>
                        <br />
                        <code>{item.actie}</code>
                      </>
                    )}
                  </Td>
                  <Td className="utrecht-table__cell piramide-nowrap">
                    {item.leerlingId ? (
                      <Link
                        className="utrecht-link utrecht-link--html-a"
                        to={`?leerlingId=${encodeURIComponent(String(item.leerlingId))}`}
                        aria-label={t('audit.filterLeerling', { id: String(item.leerlingId) })}
                      >
                        <code>{item.leerlingId}</code>
                      </Link>
                    ) : (
                      t('audit.geenWaarde')
                    )}
                  </Td>
                  <Td>{item.reden ?? t('audit.geenWaarde')}</Td>
                  <Td>{bronLabel(item.bron)}</Td>
                  <Td>
                    <code>{item.route}</code>
                  </Td>
                  <Td>{item.ip}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
          <Pagination pagina={pagina} meer={!!resultaat.data?.meer} search={params} />
        </>
      )}
    </Page>
  );
}
