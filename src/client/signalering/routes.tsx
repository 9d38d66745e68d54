import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { RequireSessie } from '../auth/require-sessie.tsx';
import { MEDEWERKER_LEERLING_ROLLEN } from '../auth/session.ts';
import { BesluitPage } from './besluit-page.tsx';
import { CuratiefPage } from './curatief-page.tsx';
import { OuderbeeldPage } from './ouderbeeld-page.tsx';
import { ProfielPage } from './profiel-page.tsx';
import { SignaalFormPage } from './signaal-form-page.tsx';

/** The signalling pages, as <Route> elements for the app's <Routes>. */
export function signaleringRoutes() {
  const staf = (el: ReactNode) => <RequireSessie rollen={MEDEWERKER_LEERLING_ROLLEN}>{el}</RequireSessie>;
  return [
    <Route key="profiel" path="/leerlingen/:id/signalering" element={staf(<ProfielPage />)} />,
    <Route key="nieuw" path="/leerlingen/:id/signalering/nieuw/:soort" element={staf(<SignaalFormPage />)} />,
    <Route key="besluit" path="/leerlingen/:id/signalering/besluit" element={staf(<BesluitPage />)} />,
    <Route key="curatief" path="/leerlingen/:id/signalering/curatief" element={staf(<CuratiefPage />)} />,
    <Route key="ouder" path="/mijn-kinderen/:id/hoe-ziet-u-uw-kind" element={<RequireSessie rollen={['ouder']}><OuderbeeldPage /></RequireSessie>} />,
  ];
}
