import { Route } from 'react-router';
import { RequireSessie } from '../auth/require-sessie.tsx';
import { MEDEWERKER_LEERLING_ROLLEN } from '../auth/session.ts';
import { AfsprakenPage } from '../vangnet/afspraken-page.tsx';
import { CasusPage } from './casus-page.tsx';
import { OverlegPage } from './overleg-page.tsx';
import { MijnTrajectPage, VertelPage } from './mijn-traject-page.tsx';

/** The case pages, as <Route> elements for the app's <Routes>. */
export function casusRoutes() {
  return [
    <Route key="casus" path="/leerlingen/:id/casus" element={<RequireSessie rollen={MEDEWERKER_LEERLING_ROLLEN}><CasusPage /></RequireSessie>} />,
    <Route key="overleg" path="/leerlingen/:id/casus/overleg" element={<RequireSessie rollen={['casemanager']}><OverlegPage /></RequireSessie>} />,
    <Route key="kind-casus" path="/mijn-kinderen/:id/casus" element={<RequireSessie rollen={['ouder']}><CasusPage /></RequireSessie>} />,
    <Route key="afspraken" path="/vangnet/afspraken" element={<RequireSessie><AfsprakenPage /></RequireSessie>} />,
    <Route key="mijn-traject" path="/mijn-traject" element={<RequireSessie rollen={['leerling']}><MijnTrajectPage /></RequireSessie>} />,
    <Route key="mijn-traject-vertel" path="/mijn-traject/hulp/:id" element={<RequireSessie rollen={['leerling']}><VertelPage /></RequireSessie>} />,
  ];
}
