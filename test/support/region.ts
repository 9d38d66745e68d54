// A small hand-made region for tests, with every relationship the access policy knows and the
// edge cases around it. Expected access is written out by hand in `verwachteRelaties`, so the
// harness does not check the SQL against itself.
import type { Db } from '../../src/server/core/db/db.js';
import * as t from '../../src/server/core/db/schema.js';
import { hashPassword } from '../../src/server/core/auth/password.js';
import { huidigSchooljaar, isoDate, schooljaarPeriode } from '../../src/server/core/schooljaar.js';
import type { Relatie } from '../../src/server/core/access/leerling.policy.js';

export const TEST_WACHTWOORD = 'Test-wachtwoord-2026';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

export const pupils = {
  anna: id(101), // groep A5 at school A; parent `ouder`; own account `leerling`
  bram: id(102), // groep A5 at school A
  chris: id(103), // school B; open case of `casemanager`
  daan: id(104), // left school A last year, now at school B
} as const;
export type PupilKey = keyof typeof pupils;

export const actors = {
  leraar: id(201), // teaches A5 this year
  ib: id(202), // IB of school A
  specialistBestuur: id(203), // specialist appointed at board 1 (school A)
  specialistSwv: id(204), // specialist appointed at the SWV (all schools)
  casemanager: id(205),
  ouder: id(206),
  leerling: id(207),
  swv: id(208),
  commissie: id(209),
  privacy: id(210),
  beheer: id(211),
  exLeraar: id(212), // taught daan's class last year, and A5's class-mate group is not hers
  zonderFunctie: id(213), // listed as a class teacher of A5 without holding the leraar position
  exIb: id(214), // IB of school A until last year
  coordinator: id(215), // coordinator of the plusklas (voorziening V1), where chris is placed
  // Involved in chris's case (casus capability); `zorgverlenerElders` holds the role but no case
  zorgverlener: id(216),
  leerplicht: id(217),
  procesbegeleider: id(218),
  zorgverlenerElders: id(219),
} as const;
export type ActorKey = keyof typeof actors;

export const verwachteRelaties: Record<ActorKey, Partial<Record<PupilKey, Relatie[]>>> = {
  leraar: { anna: ['eigen_klas'], bram: ['eigen_klas'] },
  ib: { anna: ['eigen_school'], bram: ['eigen_school'] },
  specialistBestuur: { anna: ['aangesteld'], bram: ['aangesteld'] },
  specialistSwv: { anna: ['aangesteld'], bram: ['aangesteld'], chris: ['aangesteld'], daan: ['aangesteld'] },
  casemanager: { chris: ['eigen_casus'] },
  ouder: { anna: ['eigen_kind'] },
  leerling: { anna: ['zelf'] },
  swv: {}, commissie: { bram: ['swv_commissie'] }, privacy: {}, beheer: {}, exLeraar: {}, zonderFunctie: {}, exIb: {},
  coordinator: { chris: ['eigen_voorziening'] },
  zorgverlener: { chris: ['casus_zorg'] },
  leerplicht: { chris: ['casus_leerplicht'] },
  procesbegeleider: { chris: ['casus_proces'] },
  zorgverlenerElders: {},
};

/** The test catalogue: a plusklas with a coordinator and a full-time class linked to school B. */
export const voorzieningen = { plusklas: id(301), voltijd: id(302) } as const;

export const emailOf = (a: ActorKey) => `${a.toLowerCase()}@test.piramide.nl`;

export async function seedTestRegion(db: Db): Promise<void> {
  const jaar = huidigSchooljaar();
  const { van } = schooljaarPeriode(jaar);
  const vorigJaar = schooljaarPeriode(jaar - 1);
  const gisteren = isoDate(new Date(Date.now() - 86_400_000));
  const hash = await hashPassword(TEST_WACHTWOORD);
  const [swv] = await db.insert(t.samenwerkingsverband).values({ id: id(1), code: 'PO 99-01', naam: 'SWV Testregio PO', sector: 'po' }).returning();
  await db.insert(t.bestuur).values([
    { id: id(11), naam: 'Stichting Een', bestuursnummer: '10001' },
    { id: id(12), naam: 'Stichting Twee', bestuursnummer: '10002' },
  ]);
  await db.insert(t.school).values([
    { id: id(21), brin: '11AA', vestiging: '00', naam: 'De Aakster', soort: 'po', gemeente: 'Aadorp', bestuurId: id(11), swvId: swv!.id },
    { id: id(22), brin: '22BB', vestiging: '00', naam: 'De Beek', soort: 'po', gemeente: 'Beekstad', bestuurId: id(12), swvId: swv!.id },
  ]);
  await db.insert(t.groep).values([
    { id: id(31), schoolId: id(21), schooljaar: jaar, naam: 'groep 5a', leerjaar: 5 },
    { id: id(32), schoolId: id(22), schooljaar: jaar, naam: 'groep 6b', leerjaar: 6 },
    { id: id(33), schoolId: id(21), schooljaar: jaar - 1, naam: 'groep 5b', leerjaar: 5 },
  ]);
  await db.insert(t.leerling).values([
    { id: pupils.anna, voornaam: 'Anna', tussenvoegsel: 'de', achternaam: 'Vries', geboortedatum: `${jaar - 9}-03-14`, geslacht: 'v' },
    { id: pupils.bram, voornaam: 'Bram', achternaam: 'Bakker', geboortedatum: `${jaar - 9}-07-02`, geslacht: 'm' },
    { id: pupils.chris, voornaam: 'Chris', achternaam: 'Claessen', geboortedatum: `${jaar - 10}-01-20`, geslacht: 'x' },
    { id: pupils.daan, voornaam: 'Daan', tussenvoegsel: 'van', achternaam: 'Dijk', geboortedatum: `${jaar - 10}-05-05`, geslacht: 'm' },
  ]);
  await db.insert(t.inschrijving).values([
    { leerlingId: pupils.anna, schoolId: id(21), van: `${jaar - 4}-08-15` },
    { leerlingId: pupils.bram, schoolId: id(21), van: `${jaar - 4}-08-15` },
    { leerlingId: pupils.chris, schoolId: id(22), van: `${jaar - 5}-08-15` },
    { leerlingId: pupils.daan, schoolId: id(21), van: `${jaar - 5}-08-15`, tot: vorigJaar.tot },
    { leerlingId: pupils.daan, schoolId: id(22), van },
  ]);
  await db.insert(t.groepLeerling).values([
    { groepId: id(31), leerlingId: pupils.anna }, { groepId: id(31), leerlingId: pupils.bram },
    { groepId: id(32), leerlingId: pupils.chris }, { groepId: id(32), leerlingId: pupils.daan },
    { groepId: id(33), leerlingId: pupils.daan },
  ]);
  const staff = (k: ActorKey, naam: string) => ({ id: actors[k], email: emailOf(k), naam, soort: 'medewerker' as const, wachtwoordHash: hash });
  await db.insert(t.account).values([
    staff('leraar', 'Lotte Leraar'), staff('ib', 'Ilse Begeleider'), staff('specialistBestuur', 'Sem Specialist'),
    staff('specialistSwv', 'Sara Regiospecialist'), staff('casemanager', 'Carla Casemanager'),
    { id: actors.ouder, email: emailOf('ouder'), naam: 'Olga de Vries', soort: 'ouder', wachtwoordHash: hash },
    { id: actors.leerling, email: emailOf('leerling'), naam: 'Anna de Vries', soort: 'leerling', wachtwoordHash: hash, leerlingId: pupils.anna },
    staff('swv', 'Wim Samenwerking'), staff('commissie', 'Kim Commissie'), staff('privacy', 'Pim Privacy'),
    staff('beheer', 'Bea Beheer'), staff('exLeraar', 'Eva Exleraar'), staff('zonderFunctie', 'Zeger Zonder'),
    staff('exIb', 'Ed Ex-ib'), staff('coordinator', 'Corry Coördinator'),
    staff('zorgverlener', 'Zoë Zorg'), staff('leerplicht', 'Lars Leerplicht'), staff('procesbegeleider', 'Paula Proces'),
    staff('zorgverlenerElders', 'Zef Zorg'),
  ]);
  const f = (k: ActorKey, soort: (typeof t.functieSoort.enumValues)[number], scope: object = {}, tot?: string) =>
    ({ accountId: actors[k], soort, van: vorigJaar.van, tot, ...scope });
  await db.insert(t.functie).values([
    f('leraar', 'leraar', { schoolId: id(21) }),
    f('ib', 'ib', { schoolId: id(21) }),
    f('specialistBestuur', 'specialist', { bestuurId: id(11) }),
    f('specialistSwv', 'specialist', { swvId: swv!.id }),
    f('casemanager', 'casemanager', { swvId: swv!.id }),
    f('swv', 'swv_medewerker', { swvId: swv!.id }),
    f('commissie', 'commissielid', { swvId: swv!.id }),
    f('privacy', 'privacy_officer', { swvId: swv!.id }),
    f('beheer', 'functioneel_beheerder', { swvId: swv!.id }),
    f('exLeraar', 'leraar', { schoolId: id(21) }),
    f('exIb', 'ib', { schoolId: id(21) }, gisteren),
    f('coordinator', 'coordinator', { swvId: swv!.id }),
    f('zorgverlener', 'zorgverlener'), f('leerplicht', 'leerplichtambtenaar'), f('procesbegeleider', 'procesbegeleider'),
    f('zorgverlenerElders', 'zorgverlener'),
  ]);
  await db.insert(t.groepLeraar).values([
    { groepId: id(31), accountId: actors.leraar },
    { groepId: id(33), accountId: actors.exLeraar },
    { groepId: id(31), accountId: actors.zonderFunctie },
  ]);
  await db.insert(t.ouderKind).values({ accountId: actors.ouder, leerlingId: pupils.anna });
  await db.insert(t.casus).values({ id: id(41), leerlingId: pupils.chris, casemanagerId: actors.casemanager, geopend: van });
  await db.insert(t.casusBetrokkene).values([
    { casusId: id(41), rol: 'zorgverlener', accountId: actors.zorgverlener, naam: 'Zoë Zorg', van },
    { casusId: id(41), rol: 'leerplichtambtenaar', accountId: actors.leerplicht, naam: 'Lars Leerplicht', van },
    { casusId: id(41), rol: 'procesbegeleider', accountId: actors.procesbegeleider, naam: 'Paula Proces', van },
    // involved only until yesterday: no longer sees the case
    { casusId: id(41), rol: 'zorgverlener', accountId: actors.zorgverlenerElders, naam: 'Zef Zorg', van: vorigJaar.van, tot: gisteren },
  ]);
  await seedTestAanbod(db, swv!.id, jaar);
}

/** bram has an application at the SWV's commissie; chris is placed in the plusklas. */
async function seedTestAanbod(db: Db, swvId: string, jaar: number): Promise<void> {
  const { van, tot } = schooljaarPeriode(jaar);
  await db.insert(t.swvLoket).values({
    swvId, telefoon: '0123 456 789', email: 'loket@swv-testregio.nl', adres: 'Marktplein 1, Aadorp',
    bereikbaar: 'Maandag tot en met donderdag, 9.00–16.00 uur', steunpuntNaam: 'Ouder- en Jeugdsteunpunt Testregio',
    steunpuntTelefoon: '0800 1234', steunpuntWeb: 'https://steunpunt.example.nl', wachttijdSignaalWeken: 8,
  });
  const basis = {
    swvId, doelgroep: 'Leerlingen die meer uitdaging nodig hebben', doelen: 'Leren leren, doorzetten, samenwerken met ontwikkelingsgelijken',
    explicietCognitiefDoel: true, vasteLeerkracht: true, duur: 'heel_jaar' as const, leeftijdVan: 7, leeftijdTot: 12,
    toelatingsbronnen: ['oordeel_leraar', 'gesprek_leerling', 'beeld_ouders'] as ('oordeel_leraar' | 'gesprek_leerling' | 'beeld_ouders')[],
    contactNaam: 'Corry Coördinator',
  };
  await db.insert(t.voorziening).values([
    { ...basis, id: voorzieningen.plusklas, naam: 'Plusklas Aadorp', laag: 'in_de_school', vorm: 'plusklas', dagenTijden: 'Woensdag 8.30–12.00',
      locatie: 'De Aakster, Aadorp', gemeente: 'Aadorp', coordinatorId: actors.coordinator },
    { ...basis, id: voorzieningen.voltijd, naam: 'Voltijdklas De Beek', laag: 'bovenschools', vorm: 'voltijd', dagenTijden: 'Hele week',
      locatie: 'De Beek, Beekstad', gemeente: 'Beekstad', gekoppeldeSchoolId: id(22) },
  ]);
  await db.insert(t.voorzieningPeriode).values([
    { voorzieningId: voorzieningen.plusklas, van, tot, plaatsen: 8 },
    { voorzieningId: voorzieningen.voltijd, van, tot, plaatsen: 16 },
  ]);
  await db.insert(t.aanvraag).values({
    id: id(401), leerlingId: pupils.bram, voorzieningId: voorzieningen.plusklas, swvId, schoolId: id(21), aangevraagdDoor: actors.ib,
    hulpvraag: 'Bram loopt vast in de klas en zoekt ontwikkelingsgelijken.', stemLeerling: 'Ik wil graag moeilijker werk.',
    ouderInstemming: true, ouderVisie: 'Thuis zien we dat hij zich verveelt.', ouderReactieOp: new Date(), status: 'bij_commissie',
  });
  await db.insert(t.plaatsing).values({
    leerlingId: pupils.chris, voorzieningId: voorzieningen.plusklas, van, status: 'geplaatst', wenperiodeWeken: 4,
    wenperiodeTot: isoDate(new Date(Date.parse(van) + 28 * 86_400_000)), geplaatstDoor: actors.coordinator,
  });
}
