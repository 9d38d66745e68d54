import { useState } from 'react';
import { geenFouten, type FormErrors } from './form-errors.ts';

/**
 * The submit state every form shares: client checks first (shown in the error summary, which takes
 * focus on each attempt), then the request, with its error shown on the fields it names.
 */
export function useFormulier() {
  const [fouten, setFouten] = useState<FormErrors>(geenFouten);
  const [poging, setPoging] = useState(0);
  const [bezig, setBezig] = useState(false);

  /** True when the checks passed and `actie` succeeded. */
  async function verstuur(check: FormErrors, actie: () => Promise<void>, opFout: (error: unknown) => FormErrors): Promise<boolean> {
    if (bezig) return false;
    setPoging((p) => p + 1);
    setFouten(check);
    if (check.summary.length > 0) return false;
    setBezig(true);
    try {
      await actie();
      return true;
    } catch (error) {
      setFouten(opFout(error));
      return false;
    } finally {
      setBezig(false);
    }
  }

  return { fouten, poging, bezig, verstuur };
}
