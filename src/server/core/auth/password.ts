// Password hashing with argon2id (OWASP's recommended parameters: 19 MiB, 2 passes).
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';

const opties = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (wachtwoord: string) => hash(wachtwoord, opties);

export async function verifyPassword(hashWaarde: string, wachtwoord: string): Promise<boolean> {
  try {
    return await verify(hashWaarde, wachtwoord);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so both cases take equally long. */
let dummy: Promise<string> | undefined;
export const dummyHash = () => (dummy ??= hashPassword('geen-account-dummy-wachtwoord'));

export const nieuwWachtwoordSchema = z.string()
  .min(12, 'Kies een wachtwoord van minstens 12 tekens.')
  .max(200, 'Kies een wachtwoord van hoogstens 200 tekens.');
