import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { api } from '../api.ts';
import { heeftRol, useSessie } from '../auth/session.ts';
import { rolLabel, rolUitleg, vandaag } from '../format.ts';
import { t, tn, type PluralKey } from '../i18n/t.ts';
import { KinderenLijst } from '../ouder/kinderen-lijst.tsx';
import type { Start } from '../types.ts';
import { Alert } from '../ui/alert.tsx';
import { Heading } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { WerklijstSectie } from '../werklijst/werklijst.tsx';
import { OpenVragenlijsten } from '../monitor/open-vragenlijsten.tsx';
import { CasusWerklijstSectie } from '../casus/casus-werklijst.tsx';
import { MijnAanvraagRegel } from '../toelating/mijn-aanvraag-regel.tsx';
import { MijnTrajectRegel } from '../casus/mijn-traject-regel.tsx';

/** Where each count on the home page leads: the place where that work is done. */
const KENGETALLEN: Record<string, { tekst: PluralKey; naar?: () => string }> = {
  leerlingen_in_mijn_klassen: { tekst: 'kengetal.leerlingen_in_mijn_klassen', naar: () => '/leerlingen' },
  klassen: { tekst: 'kengetal.klassen', naar: () => '/leerlingen' },
  leerlingen_op_mijn_scholen: { tekst: 'kengetal.leerlingen_op_mijn_scholen', naar: () => '/leerlingen' },
  scholen: { tekst: 'kengetal.scholen' },
  mijn_casussen: { tekst: 'kengetal.mijn_casussen', naar: () => '/leerlingen' },
  kinderen: { tekst: 'kengetal.kinderen', naar: () => '/mijn-kinderen' },
  vangnet_verlopen: { tekst: 'kengetal.vangnet_verlopen' },
  vangnet_verlopen_regio: { tekst: 'kengetal.vangnet_verlopen_regio', naar: () => '/vangnet/afspraken' },
  auditregels_vandaag: {
    tekst: 'kengetal.auditregels_vandaag',
    naar: () => `/audit?van=${vandaag()}&tot=${vandaag()}`,
  },
};

export function HomePage() {
  const sessie = useSessie();
  const start = useQuery({ queryKey: ['start'], queryFn: () => api.get<Start>('/api/start') });
  const account = sessie.data?.account;
  const isLeerling = account?.soort === 'leerling';
  const isOuder = heeftRol(sessie.data, 'ouder');
  const naam = account?.naam ?? '';
  const heading = isLeerling ? t('start.welkomLeerling', { naam: naam.split(' ')[0] }) : t('start.welkom', { naam });

  return (
    <Page title={t('start.titel')} heading={heading}>
      {start.isPending && <Loading />}
      {start.isError && <LoadError error={start.error} onRetry={() => start.refetch()} />}
      {start.data && (
        <>
          {isOuder && (
            <section className="piramide-section" aria-labelledby="kinderen-kop">
              <Heading level={2} id="kinderen-kop">
                {t('kinderen.titel')}
              </Heading>
              <KinderenLijst kopNiveau={3} />
            </section>
          )}
          {isLeerling && <OpenVragenlijsten />}
          {isLeerling && <MijnAanvraagRegel />}
          {isLeerling && <MijnTrajectRegel />}
          {!isOuder && <WerklijstSectie rollen={account?.rollen ?? []} />}
          {!isOuder && !isLeerling && <CasusWerklijstSectie rollen={account?.rollen ?? []} />}
          {!isOuder && !(start.data.kengetallen.length === 0 && heeftRol(sessie.data, 'commissielid', 'coordinator')) && <Werklijst start={start.data} isLeerling={isLeerling} />}
          {start.data.totpAanbevolen && !account?.totpActief && (
            <Alert type="warning" title={t('start.totp.titel')}>
              <p className="utrecht-paragraph">{t('start.totp.tekst')}</p>
              <p className="utrecht-paragraph">
                <Link to="/account#tweestap">{t('start.totp.link')}</Link>
              </p>
            </Alert>
          )}
          <Rollen rollen={start.data.rollen.length ? start.data.rollen : (account?.rollen ?? [])} isLeerling={isLeerling} />
        </>
      )}
    </Page>
  );
}

function Werklijst({ start, isLeerling }: { start: Start; isLeerling: boolean }) {
  const bekend = start.kengetallen.filter((k) => k.sleutel in KENGETALLEN);
  return (
    <section className="piramide-section" aria-labelledby="werk-kop">
      <Heading level={2} id="werk-kop">
        {isLeerling ? t('start.werk.leerling') : t('start.werk.titel')}
      </Heading>
      {bekend.length === 0 ? (
        <p className="utrecht-paragraph">{isLeerling ? t('start.werk.leegLeerling') : t('start.werk.leeg')}</p>
      ) : (
        <ul className="piramide-worklist">
          {bekend.map((k) => {
            const def = KENGETALLEN[k.sleutel];
            const tekst = tn(def.tekst, k.aantal);
            const inhoud = <KengetalTekst tekst={tekst} aantal={k.aantal} />;
            return (
              <li key={k.sleutel} className="piramide-worklist__item">
                {def.naar ? <RouterLink to={def.naar()}>{inhoud}</RouterLink> : <span>{inhoud}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Shows the number large, but keeps the whole sentence for screen readers. */
function KengetalTekst({ tekst, aantal }: { tekst: string; aantal: number }) {
  const getal = aantal.toLocaleString('nl-NL');
  const rest = tekst.startsWith(getal) ? tekst.slice(getal.length).trim() : tekst;
  if (rest === tekst) return <>{tekst}</>;
  return (
    <>
      <span className="piramide-worklist__count">{getal}</span> {rest}
    </>
  );
}

function Rollen({ rollen, isLeerling }: { rollen: string[]; isLeerling: boolean }) {
  const isOuder = rollen.includes('ouder');
  const bekend = rollen.filter((r) => rolUitleg(r));
  return (
    <section className="piramide-section" aria-labelledby="rollen-kop">
      <Heading level={2} id="rollen-kop">
        {isLeerling ? t('start.rollen.leerling') : t('start.rollen.titel')}
      </Heading>
      {!isLeerling && bekend.length > 0 && (
        <p className="utrecht-paragraph">{bekend.length === 1 ? t('start.rollen.uitleg') : t('start.rollen.uitlegMeer')}</p>
      )}
      <ul className="piramide-role-list">
        {bekend.map((rol) => (
          <li key={rol}>
            {!isLeerling && <strong>{rolLabel(rol)}: </strong>}
            {rolUitleg(rol)}
          </li>
        ))}
        <li>
          <Link to="/account">{t('nav.account')}</Link>: {isLeerling ? t('rol.kan.accountLeerling') : isOuder ? t('rol.kan.accountOuder') : t('rol.kan.account')}
        </li>
      </ul>
    </section>
  );
}
