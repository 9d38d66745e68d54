// OPPs in the demo region, so the OPP pages show something on first start: at the demo IB's school a
// dozen plans with goals, a handelingsdeel and in-class adaptations; the demo pupil's plan has a
// consented version 1, an evaluation held, and a version 2 that waits for the demo parent's consent
// (WPO art. 40a), an evaluation due soon and a filled-in portfolio. Some other plans have an overdue
// evaluation or miss consent, so the IB's worklist has lines. Written through the OPP repo in one
// transaction, without audit rows: nobody read or wrote these, the generator did.
import { sql } from 'drizzle-orm';
import { queryRows, type Db, type DbOrTx } from '../core/db/db.js';
import { datumInNederland, isoDate } from '../core/schooljaar.js';
import { insertInstemming, insertOpp, insertVersie } from './opp.repo.js';
import type { OppInhoud } from './opp.schema.js';
import { sleutelsToekennen } from './opp-verschil.js';
import { klasaanpassing, oppEvaluatie, portfolio } from './opp.table.js';
import { halfjaar } from './portfolio.service.js';

/** Besides the demo pupil, this many pupils of the demo school get a plan. */
const ANDERE_PLANNEN = 11;

const dag = (n: number) => isoDate(new Date(Date.now() + n * 86_400_000));
const moment = (n: number) => new Date(Date.now() + n * 86_400_000);

type Profiel = { vak: string; doel: string; criterium: string; houding: string; wat: string; waar: string; thuis: string };
const profielen: Profiel[] = [
  {
    vak: 'rekenen', doel: 'Rekent op eigen niveau met verrijkingsopdrachten uit Pluspunt.', criterium: 'Haalt de toetsen van de gecompacte stof en maakt wekelijks een verrijkingsopdracht af.',
    houding: 'Durft fouten te maken en vraagt hulp als een opdracht vastloopt.', wat: 'Compacten bij rekenen, verrijking in de vrijgekomen tijd', waar: 'In de klas',
    thuis: 'Vraag niet naar het cijfer, maar naar wat moeilijk was en hoe uw kind het aanpakte.',
  },
  {
    vak: 'taal', doel: 'Schrijft een betoog met een heldere opbouw.', criterium: 'Het betoog heeft inleiding, drie argumenten en een slot.',
    houding: 'Plant een opdracht van twee weken in stappen en houdt zich eraan.', wat: 'Plusklas: onderzoeksproject in een peergroep', waar: 'Plusklas, lokaal 12',
    thuis: 'Lees samen de krant en praat over wat uw kind ervan vindt.',
  },
  {
    vak: 'begrijpend lezen', doel: 'Leest teksten van een hoger niveau en vat ze samen.', criterium: 'Vat drie teksten per periode samen in eigen woorden.',
    houding: 'Werkt samen met ontwikkelingsgelijken en laat anderen uitpraten.', wat: 'Keuze-uur filosofie met kinderen', waar: 'Bibliotheek',
    thuis: 'Laat uw kind zelf een boek kiezen dat moeilijk mag zijn.',
  },
];

function plan(p: Profiel, voornaam: string, extra?: { doel: string; actie: string }): OppInhoud {
  const { doelen } = sleutelsToekennen([
    { omschrijving: p.doel, soort: 'leerdoel', criterium: p.criterium },
    { omschrijving: p.houding, soort: 'houdingsdoel' },
    ...(extra ? [{ omschrijving: extra.doel, soort: 'leerdoel' as const }] : []),
  ], []);
  return {
    perspectief: `${voornaam} kan doorstromen naar havo/vwo; de uitdaging in de klas moet passen bij wat ${voornaam} al kan.`,
    sterkePunten: 'Snel van begrip, nieuwsgierig, goede woordenschat.',
    bevorderend: 'Betrokken ouders; een leraar die ruimte geeft voor eigen onderzoek.',
    belemmerend: 'Verveling bij herhaling; haakt af als iets niet meteen lukt.',
    ondersteuningsbehoeften: `${voornaam} heeft uitdaging nodig, ontwikkelingsgelijken, en hulp bij plannen en doorzetten.`,
    doelen,
    handelingsdeel: [
      { wat: p.wat, wie: 'Leraar van de groep', wanneer: 'Elke week', waar: p.waar, keuzeuur: p.wat.startsWith('Keuze-uur') },
      { wat: 'Gesprek over de weektaak en de eigen doelen', wie: 'Specialist hoogbegaafdheid', wanneer: 'Om de twee weken, 15 minuten', waar: 'Spreekkamer', keuzeuur: false },
      ...(extra ? [{ wat: extra.actie, wie: 'Intern begeleider', wanneer: 'Vanaf deze periode', waar: 'In de klas', keuzeuur: false }] : []),
    ],
    partners: [{ naam: 'Plusklas van het samenwerkingsverband', rol: 'Verrijking buiten de klas' }],
    leerlingWoorden: 'Ik wil moeilijker werk en ik vind het fijn om met kinderen te werken die net zo denken.',
    leerlingDoelen: 'Beter plannen en niet opgeven als iets moeilijk is.',
    ouderVisie: 'Thuis zien we een kind dat veel vraagt en snel verveeld is; we willen dat school weer leuk wordt.',
    thuis: p.thuis,
  };
}

type Leerling = { id: string; voornaam: string; ouders: string[] };

export async function addDemoOpps(db: Db, kindId: string): Promise<void> {
  const [school] = await queryRows<{ school_id: string; ib: string; specialist: string | null; leraar: string | null }>(db, sql`
    select i.school_id,
           (select f.account_id from functie f where f.soort = 'ib' and f.school_id = i.school_id order by f.account_id limit 1) as ib,
           (select f.account_id from functie f where f.soort = 'specialist' and f.school_id = i.school_id order by f.account_id limit 1) as specialist,
           (select gl2.account_id from groep_leerling gl join groep_leraar gl2 on gl2.groep_id = gl.groep_id where gl.leerling_id = i.leerling_id limit 1) as leraar
      from inschrijving i where i.leerling_id = ${kindId} and i.tot is null`);
  if (!school?.ib) return;
  const leerlingen = await queryRows<Leerling>(db, sql`
    select l.id, l.voornaam, coalesce(array_agg(ok.account_id order by ok.account_id) filter (where ok.account_id is not null), '{}') as ouders
      from leerling l join inschrijving i on i.leerling_id = l.id and i.tot is null and i.school_id = ${school.school_id}
      join groep_leerling gl on gl.leerling_id = l.id join groep g on g.id = gl.groep_id and g.leerjaar >= 4
      left join ouder_kind ok on ok.leerling_id = l.id
     where l.id <> ${kindId}
     group by l.id, l.voornaam order by l.id limit ${ANDERE_PLANNEN}`);
  const [kind] = await queryRows<Leerling>(db, sql`
    select l.id, l.voornaam, coalesce(array_agg(ok.account_id order by ok.account_id) filter (where ok.account_id is not null), '{}') as ouders
      from leerling l left join ouder_kind ok on ok.leerling_id = l.id where l.id = ${kindId} group by l.id, l.voornaam`);
  const begeleider = school.specialist ?? school.ib;

  await db.transaction(async (tx) => {
    await demoKind(tx, kind!, school.school_id, school.ib, school.leraar ?? school.ib, begeleider);
    for (const [i, l] of leerlingen.entries()) {
      const p = profielen[i % profielen.length]!;
      const o = await insertOpp(tx, { leerlingId: l.id, schoolId: school.school_id, aangemaakt: moment(-90 - i) });
      const v = await insertVersie(tx, { oppId: o.id, versie: 1, inhoud: plan(p, l.voornaam), toelichting: 'Eerste versie, opgesteld met de ouders.', door: school.ib, aangemaakt: moment(-90 - i) });
      // every fourth plan still waits for consent; the rest were consented a few days after writing
      if (i % 4 !== 3 && l.ouders[0]) await insertInstemming(tx, { versieId: v.id, ouderId: l.ouders[0], besluit: 'ingestemd', tijdstip: moment(-85 - i) });
      await tx.insert(oppEvaluatie).values({ oppId: o.id, gepland: dag(i % 3 === 0 ? -6 - i : 20 + 7 * i), metOuders: true, door: school.ib });
      await aanpassing(tx, l.id, p, i % 2 === 0 ? 'compacten' : 'verrijken', school.leraar ?? school.ib, dag(-80 - i));
    }
  });
}

async function demoKind(tx: DbOrTx, kind: Leerling, schoolId: string, ib: string, leraar: string, begeleider: string) {
  const p = profielen[0]!;
  const o = await insertOpp(tx, { leerlingId: kind.id, schoolId, aangemaakt: moment(-150) });
  const eerste = plan(p, kind.voornaam);
  const v1 = await insertVersie(tx, { oppId: o.id, versie: 1, inhoud: eerste, toelichting: 'Eerste versie, besproken met de ouders en de leerling.', door: ib, aangemaakt: moment(-150) });
  for (const ouder of kind.ouders.slice(0, 1)) await insertInstemming(tx, { versieId: v1.id, ouderId: ouder, besluit: 'ingestemd', tijdstip: moment(-146) });
  const [doel1, doel2] = eerste.doelen;
  await tx.insert(oppEvaluatie).values({
    oppId: o.id, gepland: dag(-30), metOuders: true, gehouden: dag(-30), versie: 1, deelnemers: ['leraar', 'ib', 'leerling', 'ouders'],
    notities: `${kind.voornaam} rekent inmiddels op eigen niveau. Plannen lukt beter met de weektaak, doorzetten bij moeilijke opdrachten nog niet.`,
    doelen: [{ sleutel: doel1!.sleutel, resultaat: 'behaald', toelichting: null }, { sleutel: doel2!.sleutel, resultaat: 'deels', toelichting: 'Vraagt nog weinig hulp.' }],
    uitkomst: 'aangepast', door: ib, vastgelegdDoor: ib,
  });
  // version 2 after the evaluation: a new goal and agreement; the demo parent's consent is the open task
  // (goals keep their key: d1 reached and dropped, d2 stays, d3 is new)
  const tweede = plan(p, kind.voornaam, { doel: 'Werkt elke week een uur aan een eigen onderzoeksvraag.', actie: 'Aanmelding voor de plusklas van het samenwerkingsverband' });
  await insertVersie(tx, {
    oppId: o.id, versie: 2, inhoud: { ...tweede, doelen: tweede.doelen.slice(1) }, toelichting: 'Aangepast na de evaluatie: rekendoel behaald, een onderzoeksdoel erbij en de aanmelding voor de plusklas.',
    door: ib, aangemaakt: moment(-2),
  });
  await tx.insert(oppEvaluatie).values({ oppId: o.id, gepland: dag(10), metOuders: true, door: ib });
  await aanpassing(tx, kind.id, p, 'compacten', leraar, dag(-140));
  await aanpassing(tx, kind.id, profielen[1]!, 'verrijken', leraar, dag(-140));
  // the portfolio of the previous half year, both parts filled in
  const nu = halfjaar(datumInNederland(new Date()));
  const vorig = nu.periode === 2 ? { schooljaar: nu.schooljaar, periode: 1 } : { schooljaar: nu.schooljaar - 1, periode: 2 };
  await tx.insert(portfolio).values({
    leerlingId: kind.id, ...vorig,
    vaardigheden: { plannen: 3, taakinitiatie: 4, volgehouden_aandacht: 3, doorzetten: 2, flexibiliteit: 3, samenwerken: 4, hulp_vragen: 2 },
    leerlingTerugblik: 'Rekenen gaat goed. Als iets moeilijk is, stop ik nog te snel. Ik wil leren om hulp te vragen.', leerlingOp: moment(-60),
    leraarEvaluatie: 'Rekendoel ruim gehaald. Plannen met de weektaak gaat beter; doorzetten blijft een doel.',
    nieuweDoelen: 'Eén keer per dag hulp vragen als het vastloopt; een eigen onderzoeksvraag uitwerken.', metOuders: true,
    leraarId: begeleider, leraarOp: moment(-55),
  });
}

function aanpassing(tx: DbOrTx, leerlingId: string, p: Profiel, soort: 'compacten' | 'verrijken', door: string, van: string) {
  return tx.insert(klasaanpassing).values({
    leerlingId, soort, vak: p.vak, planning: 'weektaak', doelen: p.doel,
    alsWerkAf: soort === 'compacten' ? 'Verrijkingsopdracht uit de plusmap, daarna eigen onderzoeksvraag.' : 'Werkt verder aan het project en noteert vragen voor het gesprek.',
    regie: 'Leraar van de groep, met de specialist', van, door,
  });
}
