// Answers checked against the items of the form they were given on: every answer belongs to an
// item, a scale answer is a whole number from 1 to 5, a required item is answered. Messages name
// the question, so the person filling in knows what to fix.
import type { VeldFout } from '../core/errors/app-error.js';
import { SCHAAL_MAX, SCHAAL_MIN, type Formulier } from './standaard-formulieren.js';

export type Antwoorden = Record<string, string | number>;

export function checkAntwoorden(formulier: Formulier, antwoorden: Antwoorden): { fouten: VeldFout[]; schoon: Antwoorden } {
  const fouten: VeldFout[] = [];
  const schoon: Antwoorden = {};
  const sleutels = new Set(formulier.items.map((i) => i.sleutel));
  for (const sleutel of Object.keys(antwoorden)) {
    if (!sleutels.has(sleutel)) fouten.push({ veld: `antwoorden.${sleutel}`, melding: `"${sleutel}" is geen vraag van het formulier "${formulier.titel}".` });
  }
  for (const item of formulier.items) {
    const veld = `antwoorden.${item.sleutel}`;
    const waarde = antwoorden[item.sleutel];
    const leeg = waarde === undefined || waarde === null || (typeof waarde === 'string' && waarde.trim() === '');
    if (leeg) {
      if (item.verplicht) {
        fouten.push({
          veld,
          melding: item.soort === 'schaal'
            ? `Kies een score van ${SCHAAL_MIN} tot ${SCHAAL_MAX} bij "${item.vraag}".`
            : `Vul "${item.vraag}" in.`,
        });
      }
      continue;
    }
    if (item.soort === 'schaal') {
      if (typeof waarde !== 'number' || !Number.isInteger(waarde) || waarde < SCHAAL_MIN || waarde > SCHAAL_MAX) {
        fouten.push({ veld, melding: `De score bij "${item.vraag}" moet een heel getal van ${SCHAAL_MIN} tot ${SCHAAL_MAX} zijn.` });
      } else schoon[item.sleutel] = waarde;
    } else if (typeof waarde !== 'string') {
      fouten.push({ veld, melding: `Het antwoord bij "${item.vraag}" moet tekst zijn.` });
    } else if (waarde.length > 4000) {
      fouten.push({ veld, melding: `Het antwoord bij "${item.vraag}" is te lang (hoogstens 4000 tekens).` });
    } else schoon[item.sleutel] = waarde.trim();
  }
  return { fouten, schoon };
}

/** The scale answers per characteristic, for the comparison of pictures. */
export function scoresPerKenmerk(formulier: Formulier, antwoorden: Antwoorden): Record<string, number> {
  const uit: Record<string, number> = {};
  for (const item of formulier.items) {
    const w = antwoorden[item.sleutel];
    if (item.soort === 'schaal' && item.kenmerk && typeof w === 'number') uit[item.kenmerk] = w;
  }
  return uit;
}
