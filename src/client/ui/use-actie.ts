import { useState } from 'react';
import { foutTekst } from '../format.ts';

/** One button's action: busy while it runs, its error in Dutch when it fails. */
export function useActie() {
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);

  async function voerUit(actie: () => Promise<void>): Promise<void> {
    if (bezig) return;
    setFout(null);
    setBezig(true);
    try {
      await actie();
    } catch (error) {
      setFout(foutTekst(error));
    } finally {
      setBezig(false);
    }
  }

  return { fout, bezig, voerUit };
}
