import { Route, Routes } from 'react-router';
import { AccountPage } from './account/account-page.tsx';
import { AuditPage } from './audit/audit-page.tsx';
import { LoginPage } from './auth/login-page.tsx';
import { RequireSessie } from './auth/require-sessie.tsx';
import { MEDEWERKER_LEERLING_ROLLEN } from './auth/session.ts';
import { t } from './i18n/t.ts';
import { LeerlingPage } from './leerling/leerling-page.tsx';
import { ZoekenPage } from './leerling/zoeken-page.tsx';
import { KindPage } from './ouder/kind-page.tsx';
import { MijnKinderenPage } from './ouder/mijn-kinderen-page.tsx';
import { ToegangPage } from './ouder/toegang-page.tsx';
import { Shell } from './shell.tsx';
import { signaleringRoutes } from './signalering/routes.tsx';
import { werklijstRoutes } from './werklijst/routes.tsx';
import { oppRoutes } from './opp/routes.tsx';
import { monitorRoutes } from './monitor/routes.tsx';
import { aanbodRoutes } from './toelating/routes.tsx';
import { casusRoutes } from './casus/routes.tsx';
import { HomePage } from './start/home-page.tsx';
import { Link } from './ui/link.tsx';
import { Page } from './ui/page.tsx';

export function App() {
  return (
    <Shell>
      <Routes>
        <Route path="/inloggen" element={<LoginPage />} />
        <Route path="/" element={<RequireSessie><HomePage /></RequireSessie>} />
        <Route path="/leerlingen" element={<RequireSessie rollen={MEDEWERKER_LEERLING_ROLLEN}><ZoekenPage /></RequireSessie>} />
        <Route path="/leerlingen/:id" element={<RequireSessie rollen={MEDEWERKER_LEERLING_ROLLEN}><LeerlingPage /></RequireSessie>} />
        <Route path="/mijn-kinderen" element={<RequireSessie rollen={['ouder']}><MijnKinderenPage /></RequireSessie>} />
        <Route path="/mijn-kinderen/:id" element={<RequireSessie rollen={['ouder']}><KindPage /></RequireSessie>} />
        <Route path="/mijn-kinderen/:id/toegang" element={<RequireSessie rollen={['ouder']}><ToegangPage /></RequireSessie>} />
        <Route path="/audit" element={<RequireSessie rollen={['privacy_officer']}><AuditPage /></RequireSessie>} />
        <Route path="/account" element={<RequireSessie><AccountPage /></RequireSessie>} />
        {signaleringRoutes()}
        {werklijstRoutes()}
        {oppRoutes()}
        {monitorRoutes()}
        {aanbodRoutes()}
        {casusRoutes()}
        <Route path="*" element={<NietGevonden />} />
      </Routes>
    </Shell>
  );
}

function NietGevonden() {
  return (
    <Page title={t('nietGevonden.titel')}>
      <p className="utrecht-paragraph">{t('nietGevonden.tekst')}</p>
      <p className="utrecht-paragraph">
        <Link to="/">{t('nietGevonden.link')}</Link>
      </p>
    </Page>
  );
}
