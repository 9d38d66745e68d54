import { rolLabel } from '../format.ts';
import { t } from '../i18n/t.ts';
import type { Betrokkene } from '../types.ts';

/** Who is involved with a pupil, for staff and parents alike. */
export function BetrokkenenLijst({ betrokkenen }: { betrokkenen: Betrokkene[] }) {
  if (betrokkenen.length === 0) return <p className="utrecht-paragraph">{t('leerling.betrokkenen.geen')}</p>;
  return (
    <ul className="utrecht-unordered-list">
      {betrokkenen.map((b, n) => (
        <li key={n} className="utrecht-unordered-list__item">
          {b.school
            ? t('leerling.betrokkeneSchool', { naam: b.naam, rol: rolLabel(b.rol), school: b.school })
            : t('leerling.betrokkene', { naam: b.naam, rol: rolLabel(b.rol) })}
        </li>
      ))}
    </ul>
  );
}
