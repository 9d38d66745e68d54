import { useState } from 'react';
import { fromServer, geenFouten, type FormErrors } from '../ui/form-errors.ts';

/**
 * One form submission: client checks first, then the server; server field errors land on their
 * inputs through `veldIds`. `poging` changes on every try so the error summary takes focus again.
 */
export function useActie(veldIds: Record<string, string> = {}) {
  const [fouten, setFouten] = useState<FormErrors>(geenFouten);
  const [poging, setPoging] = useState(0);
  const [bezig, setBezig] = useState(false);
  async function run(check: FormErrors, doe: () => Promise<unknown>): Promise<boolean> {
    if (bezig) return false;
    setPoging((p) => p + 1);
    setFouten(check);
    if (check.summary.length > 0) return false;
    setBezig(true);
    try {
      await doe();
      return true;
    } catch (error) {
      setFouten(fromServer(error, veldIds));
      return false;
    } finally {
      setBezig(false);
    }
  }
  return { fouten, poging, bezig, run };
}
