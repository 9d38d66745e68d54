// The demo log-ins, one per role, each with a sentence on what that person sees. Together they
// tell one story: one pupil, her parent, her teacher, IB, specialist and case manager.
import { rollen, type Rol } from '../core/access/actor.js';
import type { DemoVerhaal } from './demo-context.js';
import { DEMO_WACHTWOORD } from './demo-logins.js';
import type { DemoLogin } from './generate-region.js';
import type { RegioPlan } from './region-plan.js';

export function tellDemoStory(verhaal: DemoVerhaal, plan: RegioPlan): DemoLogin[] {
  const { school, groep, kind } = verhaal;
  if (!school || !groep || !kind) throw new Error('Het demoverhaal is onvolledig: geen demogroep of demoleerling.');
  const swv = plan.swv.po.naam;
  const toelichting: Record<Rol, string> = {
    leraar: `Leraar van ${groep.naam} op ${school.naam}; ziet de leerlingen van die groep, onder wie ${kind.naam}.`,
    ib: `Intern begeleider van ${school.naam}; ziet alle leerlingen van de school.`,
    specialist: `Specialist hoogbegaafdheid, aangesteld op ${school.naam}; ziet de leerlingen van die school.`,
    casemanager: `Casemanager bij ${swv}; ziet de leerlingen met een open casus, onder wie ${kind.naam}.`,
    commissielid: `Lid van de commissie van ${swv}; ziet leerlinggegevens alleen via de aanvragen die de commissie krijgt.`,
    swv_medewerker: `Medewerker van ${swv}; ziet het regionale aanbod en de cijfers, geen leerlingdossiers.`,
    privacy_officer: 'Privacy officer; ziet in het auditlog wie welk dossier heeft ingezien, geen dossiers zelf.',
    functioneel_beheerder: 'Functioneel beheerder; beheert scholen, groepen en accounts, zonder leerlingdossiers.',
    ouder: `Ouder van ${kind.naam} (${groep.naam}, ${school.naam}); ziet het dossier van het eigen kind.`,
    leerling: `${kind.naam}, leerling in ${groep.naam} op ${school.naam}; ziet het eigen dossier.`,
    coordinator: `Coördinator van een voorziening van ${swv}; ziet de aangemelde en geplaatste leerlingen van die voorziening.`,
    zorgverlener: `Zorgverlener (jeugdhulp) in de casus van ${kind.naam}; ziet wat de casus deelt: interventies, fasen en de overleggen waaraan hij meedeed.`,
    leerplichtambtenaar: `Leerplichtambtenaar van de gemeente; ziet de vangnettrajecten van de casussen waarin hij betrokken is.`,
    procesbegeleider: `Onafhankelijk procesbegeleider in de casus van ${kind.naam} (003 §20.2.3).`,
  };
  return rollen.map((rol) => {
    const login = verhaal.logins[rol];
    if (!login) throw new Error(`Het demoverhaal is onvolledig: geen log-in voor de rol ${rol}.`);
    return { rol, email: login.email, wachtwoord: DEMO_WACHTWOORD, naam: login.naam, toelichting: toelichting[rol] };
  });
}
