import { Route } from 'react-router';
import { RequireSessie } from '../auth/require-sessie.tsx';
import { LvsImportPage } from '../signalering/lvs-import-page.tsx';
import { BlindeVlekkenPage } from './blinde-vlekken-page.tsx';
import { GesprekPage } from './gesprek-page.tsx';
import { WerklijstPage } from './werklijst-page.tsx';

export function werklijstRoutes() {
  return [
    <Route key="wl" path="/werklijst" element={<RequireSessie rollen={['leraar', 'ib', 'commissielid', 'coordinator']}><WerklijstPage /></RequireSessie>} />,
    <Route key="wl-g" path="/werklijst/gesprekken/:id" element={<RequireSessie rollen={['leraar', 'ib', 'specialist', 'casemanager']}><GesprekPage /></RequireSessie>} />,
    <Route key="lvs" path="/lvs-import" element={<RequireSessie rollen={['ib', 'specialist']}><LvsImportPage /></RequireSessie>} />,
    <Route key="bv" path="/blinde-vlekken" element={<RequireSessie rollen={['ib', 'specialist', 'swv_medewerker']}><BlindeVlekkenPage /></RequireSessie>} />,
  ];
}
