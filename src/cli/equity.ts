// `piramide equity`: who takes part, by background (source: 004 §2). Logistic regression of a 0/1
// outcome on factors (treatment contrasts) and optional covariates, printed as R's glm table.
import type { Command } from './command.js';
import { parseCsv, detectDelimiter } from '../server/monitor/stats/csv-parse.js';
import { formatCsvObjects } from '../server/monitor/stats/csv-write.js';
import { analyseEquity, type FactorSpec } from '../server/monitor/stats/equity-analysis.js';
import { WALD_COLUMNS } from '../server/monitor/stats/wald.js';
import {
  parseOptions, readFormat, readInputFile, requireOption, runStatsCommand, splitList, UsageError, warn,
} from '../server/monitor/stats/cli-support.js';

const usage = `Gebruik: piramide equity --csv BESTAND --outcome KOLOM --factors KOLOM=REF[,KOLOM=REF…]
                       [--covariates KOLOM[,KOLOM…]] [--format csv|json]

Logistische regressie van deelname (0/1) op achtergrondkenmerken, met dezelfde uitkomsten als
R's glm(family = binomial): schatting, standaardfout, z, p en odds ratio met 95%-interval per term.

  --csv         CSV-bestand met één rij per leerling (scheidingsteken , of ;)
  --outcome     kolom met de uitkomst: 1 = neemt deel, 0 = niet
  --factors     categorische kolommen met hun referentieniveau, bv. geslacht=m,opleiding_ouders=laag;
                de volgorde van de overige niveaus kan erachter: opleiding_ouders=laag:midden:hoog
  --covariates  numerieke kolommen om voor te corrigeren, bv. lvs,uitdaging_tekort
  --format      csv (standaard) of json (met n, deviantie en deelname per niveau)

Rijen met een ontbrekende waarde (leeg of NA) in een van de gebruikte kolommen tellen niet mee.`;

function parseFactors(value: string): FactorSpec[] {
  const names = new Set<string>();
  return splitList(value, 'factors').map((entry) => {
    const [name, levels = ''] = entry.split(/=(.*)/s, 2).map((s) => s.trim());
    const [reference, ...order] = levels.split(':').map((s) => s.trim());
    if (!name || !reference || order.some((l) => l === '')) {
      throw new UsageError(`Ongeldige factor '${entry}': schrijf KOLOM=REFERENTIENIVEAU, bv. geslacht=m.`);
    }
    if (names.has(name)) throw new UsageError(`Factor '${name}' staat meer dan eens bij --factors.`);
    names.add(name);
    return { name, reference, order };
  });
}

export const command: Command = (argv) =>
  runStatsCommand(usage, argv, async () => {
    const values = parseOptions(argv, {
      csv: { type: 'string' },
      outcome: { type: 'string' },
      factors: { type: 'string' },
      covariates: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    const path = requireOption(values.csv, 'csv');
    const outcome = requireOption(values.outcome, 'outcome').trim();
    const factors = parseFactors(requireOption(values.factors, 'factors'));
    const covariates = values.covariates === undefined ? [] : splitList(values.covariates, 'covariates');
    const format = readFormat(values.format);
    const used = [outcome, ...factors.map((f) => f.name), ...covariates];
    const twice = used.find((name, i) => used.indexOf(name) !== i);
    if (twice) throw new UsageError(`Kolom '${twice}' wordt meer dan eens gebruikt (uitkomst, factor of covariaat).`);

    const text = await readInputFile(path, 'csv');
    const table = parseCsv(text, { delimiter: detectDelimiter(text) });
    const result = analyseEquity(table, { outcome, factors, covariates });
    if (result.dropped > 0) {
      warn(`${result.dropped} van de ${table.rowCount} rijen weggelaten wegens ontbrekende waarden; het model gebruikt ${result.n} leerlingen.`);
    }
    if (format === 'json') return JSON.stringify(result, null, 2) + '\n';
    return formatCsvObjects(WALD_COLUMNS, result.terms);
  });
