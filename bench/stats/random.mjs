// A small seeded random source for the benchmark generators, so that every run measures the same data.

/** mulberry32: a fast 32-bit generator, good enough for synthetic test data. */
export function createRandom(seed) {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let spare = null;
  /** Box–Muller; keeps the second value for the next call. */
  const normal = (mean = 0, sd = 1) => {
    if (spare !== null) {
      const z = spare;
      spare = null;
      return mean + sd * z;
    }
    const u = 1 - uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    const angle = 2 * Math.PI * uniform();
    spare = r * Math.sin(angle);
    return mean + sd * r * Math.cos(angle);
  };
  return { uniform, normal };
}

/** Writes lines to a file in large chunks. */
export function createLineWriter(fd, write) {
  let buffer = [];
  return {
    line(text) {
      buffer.push(text);
      if (buffer.length >= 50_000) this.flush();
    },
    flush() {
      if (buffer.length > 0) write(fd, buffer.join('\n') + '\n');
      buffer = [];
    },
  };
}
