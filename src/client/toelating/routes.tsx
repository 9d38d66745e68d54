import { Route } from 'react-router';
import { RequireSessie } from '../auth/require-sessie.tsx';
import { BeheerPage } from '../aanbod/beheer-page.tsx';
import { DekkingPage } from '../aanbod/dekking-page.tsx';
import { PubliekPage } from '../aanbod/publiek-page.tsx';
import { RechtenPage } from '../aanbod/rechten-page.tsx';
import { VoorzieningPage } from '../aanbod/voorziening-page.tsx';
import { AanvraagPage } from './aanvraag-page.tsx';
import { AfspraakFormPage, AfspraakPage } from './afspraak-page.tsx';
import { CommissiePage } from './commissie-page.tsx';
import { CoordinatorPage } from './coordinator-page.tsx';
import { ToelatingPage } from './toelating-page.tsx';
import { MijnAanvraagPage } from './mijn-aanvraag-page.tsx';

/** The pages of the regional offer and admission: two public, the rest behind log-in. */
export function aanbodRoutes() {
  return [
    <Route key="publiek" path="/aanbod" element={<PubliekPage />} />,
    <Route key="rechten" path="/rechten" element={<RechtenPage />} />,
    <Route key="beheer" path="/aanbod/beheer" element={<RequireSessie rollen={['swv_medewerker']}><BeheerPage /></RequireSessie>} />,
    <Route key="vz" path="/aanbod/beheer/:id" element={<RequireSessie rollen={['swv_medewerker']}><VoorzieningPage /></RequireSessie>} />,
    <Route key="dekking" path="/aanbod/dekking" element={<RequireSessie rollen={['swv_medewerker']}><DekkingPage /></RequireSessie>} />,
    <Route key="toelating" path="/toelating/:id" element={<RequireSessie><ToelatingPage /></RequireSessie>} />,
    <Route key="aanvraag" path="/leerlingen/:id/aanvraag" element={<RequireSessie rollen={['ib', 'specialist']}><AanvraagPage /></RequireSessie>} />,
    <Route key="commissie" path="/commissie" element={<RequireSessie rollen={['commissielid']}><CommissiePage /></RequireSessie>} />,
    <Route key="coord" path="/voorziening" element={<RequireSessie rollen={['coordinator']}><CoordinatorPage /></RequireSessie>} />,
    <Route key="afspraak" path="/afspraken/:id" element={<RequireSessie><AfspraakPage /></RequireSessie>} />,
    <Route key="afspraak-maken" path="/plaatsingen/:id/afspraak" element={<RequireSessie rollen={['ib', 'coordinator']}><AfspraakFormPage /></RequireSessie>} />,
    <Route key="mijn-aanvraag" path="/mijn-aanvraag" element={<RequireSessie rollen={['leerling']}><MijnAanvraagPage /></RequireSessie>} />,
  ];
}
