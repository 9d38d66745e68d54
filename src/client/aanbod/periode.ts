import { vandaag } from '../format.ts';

/** The period whose places count today, or else the next one (as the server counts). */
export function huidigePeriode<P extends { van: string; tot: string }>(perioden: P[], op = vandaag()): P | null {
  return perioden.find((p) => p.van <= op && p.tot >= op) ?? perioden.find((p) => p.van > op) ?? null;
}
