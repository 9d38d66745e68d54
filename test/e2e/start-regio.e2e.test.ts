// Every role logs in and finds its own home page: parents and the regional roles.
import { it } from 'vitest';
import { describeE2E, useE2E } from './support/browser.js';
import { checkHomePage, type RolVerwachting } from './support/rollen.js';

const rollen: RolVerwachting[] = [
  { wie: 'ouder', kop: /^Welkom, Olga de Vries$/, rol: 'ouder / verzorger', menu: ['Mijn kinderen'], tekst: /Gegevens van Anna de Vries/ },
  { wie: 'swv', kop: /^Welkom, Wim Samenwerking$/, rol: 'medewerker samenwerkingsverband', menu: ['Aanbod'] },
  { wie: 'commissie', kop: /^Welkom, Kim Commissie$/, rol: 'lid toelatingscommissie', menu: ['Commissie'] },
  { wie: 'coordinator', kop: /^Welkom, Corry Coördinator$/, rol: 'coördinator voorziening', menu: ['Mijn voorziening'] },
  { wie: 'privacy', kop: /^Welkom, Pim Privacy$/, rol: 'privacyfunctionaris', menu: ['Logboek'] },
  { wie: 'beheer', kop: /^Welkom, Bea Beheer$/, rol: 'functioneel beheerder', menu: [] },
];

describeE2E('startpagina per rol (ouder en regio)', () => {
  const e2e = useE2E();

  for (const r of rollen) {
    it(`${r.wie} sees a home page for ${r.rol}`, () => checkHomePage(e2e.browser, e2e.server, r));
  }
});
