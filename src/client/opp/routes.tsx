import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { RequireSessie } from '../auth/require-sessie.tsx';
import { MEDEWERKER_LEERLING_ROLLEN } from '../auth/session.ts';
import { EvaluatiePage } from './evaluatie-page.tsx';
import { OppBewerkenPage } from './opp-bewerken-page.tsx';
import { OppPage } from './opp-page.tsx';
import { MijnPlanPage, OuderPlanPage } from './ouder-plan-page.tsx';
import { VersiePage } from './versie-page.tsx';

/** The OPP pages, as <Route> elements for the app's <Routes>. */
export function oppRoutes() {
  const staf = (el: ReactNode) => <RequireSessie rollen={MEDEWERKER_LEERLING_ROLLEN}>{el}</RequireSessie>;
  const ouder = (el: ReactNode) => <RequireSessie rollen={['ouder']}>{el}</RequireSessie>;
  return [
    <Route key="opp" path="/leerlingen/:id/opp" element={staf(<OppPage />)} />,
    <Route key="opp-bewerken" path="/leerlingen/:id/opp/bewerken" element={staf(<OppBewerkenPage />)} />,
    <Route key="opp-evaluatie" path="/leerlingen/:id/opp/evaluatie" element={staf(<EvaluatiePage />)} />,
    <Route key="opp-versie" path="/leerlingen/:id/opp/versies/:nr" element={staf(<VersiePage terugNaar={(id) => `/leerlingen/${encodeURIComponent(id)}/opp`} />)} />,
    <Route key="opp-ouder" path="/mijn-kinderen/:id/plan" element={ouder(<OuderPlanPage />)} />,
    <Route key="opp-ouder-versie" path="/mijn-kinderen/:id/plan/versies/:nr" element={ouder(<VersiePage terugNaar={(id) => `/mijn-kinderen/${encodeURIComponent(id)}/plan`} />)} />,
    <Route key="mijn-plan" path="/mijn-plan" element={<RequireSessie rollen={['leerling']}><MijnPlanPage /></RequireSessie>} />,
  ];
}
