// The demo catalogue and admission: a plausible regional offer over the pyramid per SWV, with places,
// a few pupils placed, some applications at the commissie and a waiting list, so that the catalogue,
// the coverage page and the coordinator's list show something on first start. Drawn from the seed.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/db.js';
import { isoDate, schooljaarPeriode } from '../core/schooljaar.js';
import * as t from '../core/db/schema.js';
import type { Context } from './demo-context.js';
import type { Sector } from './region-plan.js';

const dagenTerug = (n: number) => isoDate(new Date(Date.now() - n * 86_400_000));

type Vz = typeof t.voorziening.$inferInsert;

export async function generateAanbod(db: Db, ctx: Context): Promise<void> {
  const { van, tot } = schooljaarPeriode(ctx.schooljaar);
  for (const sector of ['po', 'vo'] as Sector[]) {
    const swv = ctx.plan.swv[sector];
    const scholen = ctx.plan.scholen.filter((s) => s.swvId === swv.id && s.soort === sector);
    if (scholen.length === 0) continue;
    const coordinatoren = ctx.coordinatoren[sector];
    const coordinator = (i: number) => coordinatoren[i % coordinatoren.length] ?? null;
    const gemeenten = [...new Set(scholen.map((s) => s.gemeente))];
    const [lvan, ltot] = sector === 'po' ? [6, 12] : [12, 18];
    await db.insert(t.swvLoket).values({
      swvId: swv.id, telefoon: sector === 'po' ? '0900 123 45 67' : '0900 765 43 21', email: `loket@${sector}.swv-demo.nl`,
      adres: `Stationsplein 1, ${gemeenten[0]}`, bereikbaar: 'Maandag tot en met vrijdag, 9.00–16.00 uur',
      steunpuntNaam: 'Ouder- en Jeugdsteunpunt Demoregio', steunpuntTelefoon: '0800 020 30 40', steunpuntWeb: 'https://steunpunt.example.nl',
      wachttijdSignaalWeken: 8,
    });
    const basis = (s: (typeof scholen)[number], i: number): Omit<Vz, 'naam' | 'laag' | 'vorm'> => ({
      swvId: swv.id, doelgroep: sector === 'po' ? 'Leerlingen van groep 5 tot en met 8 die meer uitdaging nodig hebben' : 'Leerlingen van leerjaar 1 tot en met 3 die vastlopen op het tempo',
      doelen: 'Leren leren: plannen, doorzetten na een fout, samenwerken met ontwikkelingsgelijken; de eigen doelen staan in het portfolio.',
      explicietCognitiefDoel: ctx.rng.int(0, 1) === 1, vasteLeerkracht: ctx.rng.int(0, 3) > 0, duur: ctx.rng.int(0, 2) > 0 ? 'heel_jaar' : 'korter',
      dagenTijden: ['Maandagochtend', 'Dinsdagmiddag', 'Woensdagochtend', 'Donderdagmiddag'][i % 4]!, locatie: `${s.naam}, ${s.gemeente}`,
      gemeente: s.gemeente, leeftijdVan: lvan, leeftijdTot: ltot, contactNaam: 'Coördinator hoogbegaafdheid',
      contactEmail: `hb@${s.domein}`, toelatingsbronnen: ['oordeel_leraar', 'gesprek_leerling', 'beeld_ouders', 'lvs'],
      coordinatorId: coordinator(i),
    });
    // In the school: a plusklas in all municipalities but the last, so coverage shows a gap.
    const rijen: Vz[] = gemeenten.slice(0, Math.max(1, gemeenten.length - 1)).map((g, i) => {
      const s = scholen.find((x) => x.gemeente === g)!;
      return { ...basis(s, i), naam: `${i % 3 === 2 ? 'Peergroep' : 'Plusklas'} ${g}`, laag: 'in_de_school', vorm: i % 3 === 2 ? 'peergroep' : 'plusklas' };
    });
    const eerste = scholen[0]!;
    rijen.push({ ...basis(eerste, 0), naam: `Compacten en verrijken (${eerste.naam})`, laag: 'in_de_klas', vorm: 'verrijking_in_de_klas', coordinatorId: null });
    const tweede = scholen[Math.min(1, scholen.length - 1)]!;
    rijen.push({ ...basis(tweede, 1), naam: `Deeltijdklas ${tweede.gemeente}`, laag: 'bovenschools', vorm: 'deeltijd', dagenTijden: 'Elke vrijdag' });
    rijen.push({
      ...basis(eerste, 2), naam: `Voltijdklas ${eerste.gemeente}`, laag: 'bovenschools', vorm: 'voltijd', dagenTijden: 'Hele week',
      gekoppeldeSchoolId: eerste.id, vrijwilligeBijdrage: 'Vrijwillig € 25 per jaar voor excursies; wie niet betaalt, gaat ook mee.',
    });
    rijen.push({
      ...basis(tweede, 3), naam: `Onderwijs-zorgarrangement ${tweede.gemeente}`, laag: 'bovenschools', vorm: 'onderwijs_zorgarrangement',
      dagenTijden: 'Ochtenden, opbouwend', particuliereAanbieder: 'Praktijk Denkkracht', bekostigdeSchoolId: tweede.id,
    });
    const ids = await db.insert(t.voorziening).values(rijen).returning({ id: t.voorziening.id, vorm: t.voorziening.vorm, coordinatorId: t.voorziening.coordinatorId });
    await db.insert(t.voorzieningPeriode).values(ids.map((v) => ({ voorzieningId: v.id, van, tot, plaatsen: v.vorm === 'voltijd' ? 16 : 12 })));
    await placeDemoPupils(db, ctx, sector, ids.filter((v) => v.coordinatorId), van);
  }
}

/** A few pupils per provision placed, two waiting (one long), one application at the commissie. */
async function placeDemoPupils(db: Db, ctx: Context, sector: Sector, vzn: { id: string; coordinatorId: string | null }[], van: string) {
  const swvId = ctx.plan.swv[sector].id;
  const leerlingen = await queryRows<{ id: string; school_id: string; ib: string | null }>(db, sql`
    select i.leerling_id as id, i.school_id,
           (select f.account_id from functie f where f.soort = 'ib' and f.school_id = i.school_id order by f.account_id limit 1) as ib
      from inschrijving i join school s on s.id = i.school_id
     where s.swv_id = ${swvId} and s.soort::text = ${sector} and i.tot is null
       ${ctx.verhaal.kind ? sql`and i.leerling_id <> ${ctx.verhaal.kind.id}` : sql``}
     order by i.leerling_id limit ${vzn.length * 7}`);
  let n = 0;
  for (const v of vzn) {
    for (let k = 0; k < 4 && n < leerlingen.length; k++, n++) {
      const l = leerlingen[n]!;
      const status = k === 0 ? 'wenperiode' as const : 'geplaatst' as const;
      // the first provision's newest pupil has settled in: the coordinator's worklist asks to confirm
      const start = k > 0 ? van : dagenTerug(v === vzn[0] ? 50 : 14);
      await db.insert(t.plaatsing).values({
        leerlingId: l.id, voorzieningId: v.id, van: start, status, wenperiodeWeken: 6,
        wenperiodeTot: isoDate(new Date(Date.parse(start) + 42 * 86_400_000)), geplaatstDoor: v.coordinatorId!,
      });
    }
    for (const [k, dagen] of [[0, 20], [1, 80]] as const) {
      const l = leerlingen[n++];
      if (!l?.ib) continue;
      const [a] = await db.insert(t.aanvraag).values({
        leerlingId: l.id, voorzieningId: v.id, swvId, schoolId: l.school_id, aangevraagdDoor: l.ib,
        aangevraagd: new Date(Date.now() - (dagen + 30) * 86_400_000), hulpvraag: 'Loopt vast op het tempo in de klas; compacten helpt niet genoeg.',
        stemLeerling: 'Ik wil moeilijker werk en kinderen die net zo denken.', ouderInstemming: true, ouderVisie: 'Thuis zien we veel verveling.',
        ouderReactieOp: new Date(Date.now() - (dagen + 20) * 86_400_000), status: 'besloten', besluit: 'aanbevolen',
        redenen: 'Leraar, leerling en ouders zien dezelfde behoefte aan uitdaging en ontwikkelingsgelijken.',
        gewogenBronnen: [{ bron: 'oordeel_leraar', weging: 'Verveling en snelle verwerking' }, { bron: 'gesprek_leerling', weging: 'Wil ontwikkelingsgelijken' }],
        gedragswetenschapper: 'Orthopedagoog van het SWV', besloten: new Date(Date.now() - dagen * 86_400_000),
      }).returning({ id: t.aanvraag.id });
      await db.insert(t.wachtlijstPlaats).values({
        voorzieningId: v.id, leerlingId: l.id, aanvraagId: a!.id, sinds: dagenTerug(dagen), prioriteit: k === 1 ? 'dreigende_uitval' : 'regulier',
      });
    }
  }
  const open = leerlingen[n];
  if (open?.ib && vzn[0]) {
    await db.insert(t.aanvraag).values({
      leerlingId: open.id, voorzieningId: vzn[0].id, swvId, schoolId: open.school_id, aangevraagdDoor: open.ib,
      hulpvraag: 'Wil graag leren met ontwikkelingsgelijken; de klas biedt te weinig uitdaging.', stemLeerling: 'Ik vind de les te langzaam gaan.',
      ouderInstemming: true, ouderVisie: 'We hopen op meer plezier in school.', ouderReactieOp: new Date(Date.now() - 9 * 86_400_000), status: 'bij_commissie',
    });
  }
  await applyForDemoKind(db, ctx, swvId, vzn[0]?.id);
}

/** The demo pupil: the IB applied, the parent's consent is still open (the parent's demo task). */
async function applyForDemoKind(db: Db, ctx: Context, swvId: string, voorzieningId: string | undefined) {
  const kind = ctx.verhaal.kind;
  if (!kind || !voorzieningId) return;
  const [r] = await queryRows<{ school_id: string; ib: string | null }>(db, sql`
    select i.school_id, (select f.account_id from functie f where f.soort = 'ib' and f.school_id = i.school_id order by f.account_id limit 1) as ib
      from inschrijving i join school s on s.id = i.school_id where i.leerling_id = ${kind.id} and i.tot is null and s.swv_id = ${swvId}`);
  if (!r?.ib) return;
  await db.insert(t.aanvraag).values({
    leerlingId: kind.id, voorzieningId, swvId, schoolId: r.school_id, aangevraagdDoor: r.ib,
    hulpvraag: 'Valt stil in de klas en zoekt ontwikkelingsgelijken; de aanpassingen in de klas zijn niet genoeg.',
    stemLeerling: 'Ik wil graag met andere kinderen aan moeilijke projecten werken.',
  });
}
