import { Route } from 'react-router';
import { RequireSessie } from '../auth/require-sessie.tsx';
import { CodePage } from './code-page.tsx';
import { CodesPage } from './codes-page.tsx';
import { InvullenPage } from './invullen-page.tsx';
import { MijnVragenlijstenPage } from './mijn-vragenlijsten-page.tsx';
import { MonitorPage } from './monitor-page.tsx';

export function monitorRoutes() {
  return [
    <Route key="mon" path="/monitor" element={<RequireSessie rollen={['swv_medewerker']}><MonitorPage /></RequireSessie>} />,
    <Route key="mon-codes" path="/monitor/codes" element={<RequireSessie rollen={['ib']}><CodesPage /></RequireSessie>} />,
    // A pupil with a code has no session: the code page and the questionnaire work without one.
    <Route key="vl-code" path="/vragenlijst/code" element={<CodePage />} />,
    <Route key="vl-mijn" path="/vragenlijst" element={<RequireSessie rollen={['leerling']}><MijnVragenlijstenPage /></RequireSessie>} />,
    <Route key="vl" path="/vragenlijst/:id" element={<InvullenPage />} />,
  ];
}
