/** The period whose places count today, or else the next one (as the server counts). */
export function huidigePeriode<P extends { van: string; tot: string }>(perioden: P[], op = new Date().toISOString().slice(0, 10)): P | null {
  return perioden.find((p) => p.van <= op && p.tot >= op) ?? perioden.find((p) => p.van > op) ?? null;
}
