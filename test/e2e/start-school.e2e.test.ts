// Every role logs in and finds its own home page: the school roles.
// (Split over two files because the log-in route allows 10 attempts a minute per address.)
import { it } from 'vitest';
import { describeE2E, useE2E } from './support/browser.js';
import { checkHomePage, type RolVerwachting } from './support/rollen.js';

const rollen: RolVerwachting[] = [
  { wie: 'leraar', kop: /^Welkom, Lotte Leraar$/, rol: 'leraar / mentor', menu: ['Leerlingen'], tekst: /leerlingen in uw klassen/ },
  { wie: 'ib', kop: /^Welkom, Ilse Begeleider$/, rol: 'intern begeleider / zorgcoördinator', menu: ['Leerlingen'] },
  { wie: 'specialistBestuur', kop: /^Welkom, Sem Specialist$/, rol: 'specialist hoogbegaafdheid', menu: ['Leerlingen'] },
  { wie: 'casemanager', kop: /^Welkom, Carla Casemanager$/, rol: 'casemanager', menu: ['Leerlingen'], tekst: /casemanager bent/ },
  { wie: 'leerling', kop: /^Hoi Anna$/, rol: 'Hier komen straks je eigen doelen', menu: [] },
];

describeE2E('startpagina per rol (school)', () => {
  const e2e = useE2E();

  for (const r of rollen) {
    it(`${r.wie} sees a home page for ${r.rol}`, () => checkHomePage(e2e.browser, e2e.server, r));
  }
});
