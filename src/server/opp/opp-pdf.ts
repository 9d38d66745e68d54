// The OPP and an evaluation report as PDF (core/pdf: Dutch, tagged, PDF/A): fit to sign and archive.
// Built from the same use cases as the screens, so access and audit are the same too.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/db.js';
import type { Actor, RequestMeta } from '../core/access/actor.js';
import { assertLeerlingAccess } from '../core/access/leerling-access.js';
import { writeAudit } from '../core/audit/audit.service.js';
import { nietGevonden } from '../core/errors/app-error.js';
import { maakPdf, type PdfBlok } from '../core/pdf/pdf.js';
import { findEvaluaties, findHuidigOpp, findInstemmingen, findLeerling, findVersies } from './opp.repo.js';
import type { OppInhoud } from './opp.schema.js';
import { instemmingStand, type DoelResultaat } from './opp.service.js';
import { magInhoudZien, vorigPlan } from './overdracht.service.js';

const tekstdelen: [keyof OppInhoud, string][] = [
  ['perspectief', 'Ontwikkelingsperspectief'], ['sterkePunten', 'Sterke punten'], ['bevorderend', 'Bevorderende factoren'],
  ['belemmerend', 'Belemmerende factoren'], ['ondersteuningsbehoeften', 'Ondersteuningsbehoeften'],
];
const stemdelen: [keyof OppInhoud, string][] = [
  ['leerlingWoorden', 'De leerling zegt'], ['leerlingDoelen', 'Eigen doelen van de leerling'],
  ['ouderVisie', 'Visie van de ouders'], ['thuis', 'Wat ouders thuis kunnen doen'],
];
const stand = { ingestemd: 'ouders stemmen in', niet_ingestemd: 'ouders stemmen niet in', ontbreekt: 'instemming ouders ontbreekt' };
const resultaat = { behaald: 'behaald', deels: 'deels behaald', niet: 'niet behaald' };
const datum = (d: Date | string) => new Date(d).toLocaleString('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
const dag = (d: string) => new Date(`${d}T12:00:00Z`).toLocaleDateString('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

async function context(db: Db, leerlingId: string) {
  const l = await findLeerling(db, leerlingId);
  const plan = await findHuidigOpp(db, leerlingId);
  if (!l || !plan) throw nietGevonden();
  const [school] = plan.schoolId ? await queryRows<{ naam: string }>(db, sql`select naam from school where id = ${plan.schoolId}`) : [];
  const ouders = await queryRows<{ naam: string }>(db, sql`select a.naam from ouder_kind ok join account a on a.id = ok.account_id where ok.leerling_id = ${leerlingId} order by a.naam`);
  return { l, plan, school: school?.naam ?? '—', ouders: ouders.map((o) => o.naam) };
}

const handtekeningen = (door: string, ouders: string[], leerling: string): PdfBlok => ({
  soort: 'handtekeningen',
  namen: [`Namens de school: ${door}`, ...(ouders.length ? ouders.map((o) => `Ouder/verzorger: ${o}`) : ['Ouder/verzorger']), `Leerling: ${leerling}`],
});

/** The version in force (or `nr`), with the consent per parent and lines to sign. */
export async function oppPdf(db: Db, actor: Actor, leerlingId: string, nr: number | undefined, meta: RequestMeta) {
  const relaties = await assertLeerlingAccess(db, actor, 'opp.bekijken', leerlingId);
  const { l, plan, school, ouders } = await context(db, leerlingId);
  if (!magInhoudZien(relaties, await vorigPlan(db, plan, l.school_id))) throw nietGevonden();
  const versies = await findVersies(db, plan.id);
  const v = nr === undefined ? versies.at(-1) : versies.find((x) => x.versie === nr);
  if (!v) throw nietGevonden();
  const instemming = await findInstemmingen(db, [v.id]);
  const i = v.inhoud;
  const blokken: PdfBlok[] = [
    { soort: 'velden', velden: [
      ['Leerling', l.naam], ['School', school], ['Versie', `${v.versie} — ${v.toelichting}`],
      ['Vastgelegd door', `${v.door}, ${datum(v.aangemaakt)}`], ['Instemming', stand[instemmingStand(instemming)]],
      ...(plan.afgesloten ? [['Afgesloten', dag(plan.afgesloten)] as [string, string]] : []),
    ] },
    ...tekstdelen.filter(([k]) => String(i[k] ?? '').trim()).flatMap(([k, kop]): PdfBlok[] => [{ soort: 'kop', tekst: kop }, { soort: 'alinea', tekst: String(i[k]) }]),
    { soort: 'kop', tekst: 'Doelen' },
    { soort: 'lijst', items: i.doelen.map((d) => `${d.omschrijving} (${d.soort === 'houdingsdoel' ? 'houdingsdoel' : 'leerdoel'})${d.criterium ? ` — bereikt als: ${d.criterium}` : ''}`) },
    { soort: 'kop', tekst: 'Plan van aanpak (handelingsdeel)' },
    { soort: 'lijst', items: i.handelingsdeel.map((a) => `${a.wat}${a.keuzeuur ? ' (keuze-uur)' : ''} — wie: ${a.wie}; wanneer: ${a.wanneer}; waar: ${a.waar}`) },
    ...(i.partners.length ? [{ soort: 'kop', tekst: 'Partners' } as PdfBlok, { soort: 'lijst', items: i.partners.map((p) => (p.rol ? `${p.naam} (${p.rol})` : p.naam)) } as PdfBlok] : []),
    ...stemdelen.filter(([k]) => String(i[k] ?? '').trim()).flatMap(([k, kop]): PdfBlok[] => [{ soort: 'kop', tekst: kop }, { soort: 'alinea', tekst: String(i[k]) }]),
    { soort: 'kop', tekst: 'Instemming van de ouders met het handelingsdeel (WPO artikel 40a)' },
    instemming.length
      ? { soort: 'lijst', items: instemming.map((b) => `${b.ouder}: ${b.besluit === 'ingestemd' ? 'stemt in' : 'stemt niet in'} op ${datum(b.tijdstip)}${b.toelichting ? ` — ${b.toelichting}` : ''}`) }
      : { soort: 'alinea', tekst: 'De ouders hebben nog niet ingestemd met deze versie.' },
    { soort: 'kop', tekst: 'Ondertekening' },
    handtekeningen(v.door, ouders, l.naam),
  ];
  await writeAudit(db, actor, meta, { actie: 'opp.pdf', bron: 'opp_versie', leerlingId, details: { oppId: plan.id, versie: v.versie } });
  return { pdf: await maakPdf({ titel: `Ontwikkelingsperspectiefplan — ${l.naam}`, onderwerp: `OPP versie ${v.versie}`, blokken }), naam: `OPP ${l.naam} versie ${v.versie}.pdf` };
}

const uitkomst = { verlengd: 'verlengd', aangepast: 'aangepast', afgesloten: 'afgesloten' };

/** The report of one held evaluation: who, notes, each goal, the outcome, lines to sign. */
export async function evaluatiePdf(db: Db, actor: Actor, leerlingId: string, evaluatieId: string, meta: RequestMeta) {
  const relaties = await assertLeerlingAccess(db, actor, 'opp.bekijken', leerlingId);
  const { l, plan, school, ouders } = await context(db, leerlingId);
  if (!magInhoudZien(relaties, await vorigPlan(db, plan, l.school_id))) throw nietGevonden();
  const e = (await findEvaluaties(db, plan.id)).find((x) => x.id === evaluatieId && x.gehouden);
  if (!e) throw nietGevonden();
  const versie = (await findVersies(db, plan.id)).find((v) => v.versie === e.versie);
  const doelen = (e.doelen as DoelResultaat[]).map((d) => {
    const doel = versie?.inhoud.doelen.find((x) => x.sleutel === d.sleutel);
    return `${doel?.omschrijving ?? d.sleutel}: ${resultaat[d.resultaat]}${d.toelichting ? ` — ${d.toelichting}` : ''}`;
  });
  const [door] = await queryRows<{ naam: string }>(db, sql`select naam from account where id = ${e.vastgelegdDoor ?? e.door}`);
  const blokken: PdfBlok[] = [
    { soort: 'velden', velden: [
      ['Leerling', l.naam], ['School', school], ['Datum van het gesprek', dag(e.gehouden!)], ['OPP-versie', String(e.versie ?? '—')],
      ['Deelnemers', (e.deelnemers ?? []).join(', ')], ['Uitkomst', uitkomst[e.uitkomst!]],
    ] },
    { soort: 'kop', tekst: 'Notities' }, { soort: 'alinea', tekst: e.notities ?? '' },
    { soort: 'kop', tekst: 'Doelen' }, { soort: 'lijst', items: doelen },
    ...((e.doelen as DoelResultaat[]).every((d) => d.resultaat === 'behaald') && e.uitkomst !== 'afgesloten'
      ? [{ soort: 'alinea', tekst: 'Alle doelen zijn behaald: bespreek of de extra ondersteuning kan stoppen.' } as PdfBlok] : []),
    { soort: 'kop', tekst: 'Ondertekening' },
    handtekeningen(door?.naam ?? '', ouders, l.naam),
  ];
  await writeAudit(db, actor, meta, { actie: 'opp.pdf', bron: 'opp_evaluatie', leerlingId, details: { oppId: plan.id, evaluatieId } });
  return { pdf: await maakPdf({ titel: `Evaluatie OPP — ${l.naam}`, onderwerp: `Evaluatie van ${dag(e.gehouden!)}`, blokken }), naam: `Evaluatie OPP ${l.naam} ${e.gehouden}.pdf` };
}
