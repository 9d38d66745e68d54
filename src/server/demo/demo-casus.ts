// The cases of the demo story: the demo pupil's case with everyone involved, a meeting with actions
// (one overdue), an intervention with experiences and a phase; two vangnet routes of the demo case
// manager (one whose intake is overdue, one in temporary care); the SWV's regional agreements.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/db.js';
import { standaardVoorwaarden } from '../casus/fasen.js';
import { casusOverleg } from '../casus/casus.table.js';
import { plusDagen, vandaagNl } from '../vangnet/termijnen.js';
import type { DemoVerhaal } from './demo-context.js';

const AFSPRAKEN = `Vangnet in onze regio (advies 003 §20.3, regionaal afgesproken)
1. Valt een leerling echt uit, dan meldt de stamschool dat dezelfde dag aan de casemanager van het samenwerkingsverband.
2. De casemanager legt eerst contact met de stamschool. Zonder dat contact gebeurt er niets.
3. Binnen 2 weken na de uitval is er een intake met de leerling en de ouders. Schoolvakanties tellen mee.
4. Tijdelijke opvang (huiskamer of zorgboerderij) duurt hoogstens 12 weken en is gericht op terugkeer naar school.
5. In die 12 weken versterkt de stamschool de context, of zoeken we samen met de ouders een school dicht bij huis.
6. Ouders horen alles van de casemanager, in gewone taal, en krijgen deze afspraken op papier.
7. Onenigheid over het aanbod is nooit een reden voor een melding bij Veilig Thuis.`;

export async function addDemoCasussen(db: Db, verhaal: DemoVerhaal): Promise<void> {
  const kind = verhaal.kind;
  const extra = verhaal.casusBetrokkenen;
  if (!kind || !extra) return;
  const d = (n: number) => plusDagen(vandaagNl(), n);
  const cm = verhaal.casemanagerId;
  const [c] = await queryRows<{ id: string; swv_id: string }>(db, sql`
    select c.id, s.swv_id from casus c join inschrijving i on i.leerling_id = c.leerling_id and i.tot is null join school s on s.id = i.school_id
     where c.leerling_id = ${kind.id} and c.gesloten is null`);
  if (!c) return;
  const [cmNaam] = await queryRows<{ naam: string }>(db, sql`select naam from account where id = ${cm}`);
  const namen = new Map((await queryRows<{ id: string; naam: string }>(db, sql`
    select id, naam from account where id in (${extra.zorgverlener}, ${extra.procesbegeleider}, ${extra.leerplichtambtenaar})`)).map((r) => [r.id, r.naam]));
  const naamVan = (id: string) => namen.get(id)!;
  const ouders = await queryRows<{ id: string; naam: string }>(db, sql`
    select a.id, a.naam from ouder_kind ok join account a on a.id = ok.account_id where ok.leerling_id = ${kind.id} order by a.naam`);
  const [eigen] = await queryRows<{ id: string }>(db, sql`select id from account where leerling_id = ${kind.id}`);

  await db.transaction(async (tx) => {
    await tx.execute(sql`update casus set soort = 'dubbel_bijzonder', groeidoel = 'Weer met plezier hele dagen naar school, met uitdaging in de klas.' where id = ${c.id}`);
    const rijen = [
      ...ouders.map((o) => ({ rol: 'ouder', account: o.id, naam: o.naam, org: null as string | null })),
      { rol: 'leerling', account: eigen?.id ?? null, naam: kind.naam, org: null },
      { rol: 'zorgverlener', account: extra.zorgverlener, naam: naamVan(extra.zorgverlener), org: 'Jeugdhulp Regio' },
      { rol: 'procesbegeleider', account: extra.procesbegeleider, naam: naamVan(extra.procesbegeleider), org: null },
    ];
    const ids: Record<string, string> = {};
    for (const r of rijen) {
      const [b] = await queryRows<{ id: string }>(tx, sql`
        insert into casus_betrokkene (casus_id, rol, account_id, naam, organisatie, van)
        values (${c.id}, ${r.rol}, ${r.account}, ${r.naam}, ${r.org}, ${d(-60)}) returning id`);
      ids[r.rol] = b!.id;
    }
    const [o] = await tx.insert(casusOverleg).values({
      casusId: c.id, datum: d(-21), door: cm, gedeeld: new Date(), volgendOverleg: d(14),
      agenda: ['Hoe gaat het thuis en op school?', 'Wat helpt in de klas?', 'Afspraken tot het volgende overleg'],
      verslag: `${kind.naam.split(' ')[0]} vertelde zelf dat de ochtenden zwaar zijn en dat rekenen te makkelijk is. De ouders zien thuis meer rust sinds de coaching.`,
      besluiten: ['Compacten bij rekenen, met verrijking in de vrije tijd.', 'Twee keer per week coaching blijft.'],
    }).returning({ id: casusOverleg.id });
    const deelnemers = [
      { a: cm, n: cmNaam!.naam, r: 'casemanager' },
      ...rijen.filter((r) => r.rol !== 'procesbegeleider').map((r) => ({ a: r.account, n: r.naam, r: r.rol })),
    ];
    for (const [i, x] of deelnemers.entries()) {
      await tx.execute(sql`insert into overleg_deelnemer (overleg_id, volgorde, account_id, naam, rol) values (${o!.id}, ${i}, ${x.a}, ${x.n}, ${x.r})`);
    }
    const zorgNaam = rijen.find((r) => r.rol === 'zorgverlener')!.naam;
    await tx.execute(sql`insert into casus_actie (casus_id, overleg_id, omschrijving, eigenaar_id, eigenaar_naam, uiterlijk, opp_doel) values
      (${c.id}, ${o!.id}, 'Tips voor de ochtendroutine delen met de ouders', ${extra.zorgverlener}, ${zorgNaam}, ${d(-7)}, null),
      (${c.id}, ${o!.id}, 'Rekenplan met compacten en verrijking afstemmen met de leraar', ${cm}, ${cmNaam!.naam}, ${d(5)}, 'Rekenen op eigen niveau met verrijking')`);
    const [iv] = await queryRows<{ id: string }>(tx, sql`
      insert into interventie (casus_id, soort, omschrijving, aanbieder, van, doel, door)
      values (${c.id}, 'coachingsgesprekken', 'Twee keer per week', ${zorgNaam}, ${d(-50)}, 'Minder spanning in de ochtend en eigen doelen leren stellen.', ${cm}) returning id`);
    await tx.execute(sql`insert into interventie_ervaring (interventie_id, perspectief, factoren, toelichting, door, datum) values
      (${iv!.id}, 'professional', ${JSON.stringify({ relatie: { score: 4, toelichting: null }, samenwerking: { score: 4, toelichting: null }, belasting: { score: 3, toelichting: 'Afspraken onder schooltijd.' } })}::jsonb, null, ${extra.zorgverlener}, ${d(-14)})`);
    const voorwaarden = standaardVoorwaarden.schoolbaar.map((tekst, i) => ({ tekst, voldaan: i < 2 }));
    await tx.execute(sql`insert into casus_fase (casus_id, fase, van, voorwaarden, jeugdhulp, door)
      values (${c.id}, 'schoolbaar', ${d(-40)}, ${JSON.stringify(voorwaarden)}::jsonb, 'Coaching door de jeugdhulp, afgestemd met de leraar.', ${cm})`);

    // Two other cases of the demo case manager become vangnet routes.
    const andere = await queryRows<{ id: string; leerling_id: string; school_id: string }>(tx, sql`
      select c.id, c.leerling_id, i.school_id from casus c join inschrijving i on i.leerling_id = c.leerling_id and i.tot is null
       where c.casemanager_id = ${cm} and c.gesloten is null and c.leerling_id <> ${kind.id} order by c.id limit 2`);
    if (andere[0]) {
      const v = andere[0];
      await tx.execute(sql`update casus set soort = 'thuiszitter' where id = ${v.id}`);
      await tx.execute(sql`insert into vangnet (casus_id, stamschool_id, uitval, contact, contact_persoon, contact_verslag, door)
        values (${v.id}, ${v.school_id}, ${d(-16)}, ${d(-14)}, 'Intern begeleider van de stamschool', 'De school houdt de plaats vrij en denkt mee over een aangepast rooster.', ${cm})`);
      await tx.execute(sql`insert into casus_betrokkene (casus_id, rol, account_id, naam, organisatie, van)
        values (${v.id}, 'leerplichtambtenaar', ${extra.leerplichtambtenaar}, ${naamVan(extra.leerplichtambtenaar)}, 'Gemeente', ${d(-15)})`);
    }
    if (andere[1]) {
      const v = andere[1];
      await tx.execute(sql`update casus set soort = 'thuiszitter' where id = ${v.id}`);
      await tx.execute(sql`insert into vangnet (casus_id, stamschool_id, uitval, contact, contact_persoon, contact_verslag, intake, intake_verslag,
          opvang_start, opvang_soort, opvang_aanbieder, plan, plan_toelichting, leerplicht_geinformeerd, leerplichtambtenaar, door)
        values (${v.id}, ${v.school_id}, ${d(-60)}, ${d(-59)}, 'Mentor', 'Samen optrekken.', ${d(-50)}, 'Intake met leerling en ouders.',
          ${d(-45)}, 'zorgboerderij', 'Zorgboerderij De Hoeve', 'school_in_de_buurt', 'Met de ouders kijken we naar een school in de eigen gemeente.',
          ${d(-58)}, ${naamVan(extra.leerplichtambtenaar)}, ${cm})`);
    }
    await tx.execute(sql`insert into vangnet_afspraken (swv_id, tekst, door) values (${c.swv_id}, ${AFSPRAKEN}, ${cm}) on conflict (swv_id) do nothing`);
  });
}
