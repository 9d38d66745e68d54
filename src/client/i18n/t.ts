import { nl, type Catalogue, type MessageKey } from './nl.ts';

/** The names of the {placeholders} in a message, as a union of string literals. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

export type ParamsOf<K extends MessageKey> = Record<Placeholders<Catalogue[K]>, string | number>;

/** A message with placeholders needs its params; one without takes none. */
type ParamArgs<K extends MessageKey> = [Placeholders<Catalogue[K]>] extends [never] ? [] : [ParamsOf<K>];

export function t<K extends MessageKey>(key: K, ...args: ParamArgs<K>): string {
  const template: string = nl[key];
  const params = args[0] as Record<string, string | number> | undefined;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? format(params[name]) : whole,
  );
}

function format(value: string | number): string {
  return typeof value === 'number' ? value.toLocaleString('nl-NL') : value;
}

/** Keys B for which both `B.een` and `B.meer` exist. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer B}.een` ? (`${B}.meer` extends MessageKey ? B : never) : never;
}[MessageKey];

const plural = new Intl.PluralRules('nl-NL');

/** Singular or plural message for `aantal`; the message receives {aantal}. */
export function tn(base: PluralKey, aantal: number): string {
  const key = `${base}.${plural.select(aantal) === 'one' ? 'een' : 'meer'}` as MessageKey;
  return (t as (k: MessageKey, p: Record<string, number>) => string)(key, { aantal });
}

/** For keys built at run time (role, action, error code): the message if it exists, else undefined. */
export function tMaybe(key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(nl, key) ? nl[key as MessageKey] : undefined;
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(nl, key);
}
