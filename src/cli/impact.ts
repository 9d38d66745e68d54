// `piramide impact`: does taking part change how pupils experience school (source: 004 §2)? Per
// questionnaire scale: reliability, group means at both waves, the adjusted effect and Hedges' g.
import type { Command } from './command.js';
import { parseCsv, detectDelimiter } from '../server/monitor/stats/csv-parse.js';
import { formatCsvObjects } from '../server/monitor/stats/csv-write.js';
import { StatsInputError } from '../server/monitor/stats/errors.js';
import { analyseImpact, IMPACT_COLUMNS } from '../server/monitor/stats/impact-analysis.js';
import { parseScaleDefinitions } from '../server/monitor/stats/scales.js';
import { parseOptions, readFormat, readInputFile, requireOption, runStatsCommand } from '../server/monitor/stats/cli-support.js';

const usage = `Gebruik: piramide impact --csv BESTAND --scales BESTAND [--format csv|json]

Effectanalyse van een vragenlijst in twee metingen, deelnemers tegenover een vergelijkingsgroep.
Per schaal: Cronbachs alfa per meting, gemiddelden, het effect van deelname uit de regressie
na ~ voor + groep (met t-interval) en Hedges' g met 95%-interval.

  --csv     antwoorden, één rij per beantwoord item: leerling, groep (deelnemer of vergelijking),
            meting (1 of 2), item, score (1 tot en met 5)
  --scales  JSON met per schaal {"schaal": …, "items": […], "omgepoold": […]}
  --format  csv (standaard) of json`;

export const command: Command = (argv) =>
  runStatsCommand(usage, argv, async () => {
    const values = parseOptions(argv, {
      csv: { type: 'string' },
      scales: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    const csvPath = requireOption(values.csv, 'csv');
    const scalesPath = requireOption(values.scales, 'scales');
    const format = readFormat(values.format);

    const scalesText = await readInputFile(scalesPath, 'scales');
    let scalesJson: unknown;
    try {
      scalesJson = JSON.parse(scalesText);
    } catch (error) {
      throw new StatsInputError('scales_invalid', `${scalesPath} is geen geldige JSON (${(error as Error).message}).`);
    }
    const scales = parseScaleDefinitions(scalesJson);
    const text = await readInputFile(csvPath, 'csv');
    const result = analyseImpact(parseCsv(text, { delimiter: detectDelimiter(text) }), scales);
    if (format === 'json') return JSON.stringify(result, null, 2) + '\n';
    return formatCsvObjects(IMPACT_COLUMNS, result.scales);
  });
