import { fromServer } from '../ui/form-errors.ts';
import { useFormulier } from '../ui/use-formulier.ts';

/** useFormulier for the admission forms: server field errors land on the inputs named in `veldIds`. */
export function useToelatingFormulier(veldIds: Record<string, string> = {}) {
  const formulier = useFormulier();
  const run = (check: Parameters<typeof formulier.verstuur>[0], doe: () => Promise<unknown>) =>
    formulier.verstuur(check, async () => { await doe(); }, (error) => fromServer(error, veldIds));
  return { ...formulier, run };
}
