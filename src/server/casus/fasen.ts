// Full-time entry in three phases: leefbaar → schoolbaar → toetsbaar (source: 003 §19.5). A pupil
// enters at whatever phase fits; each phase has its conditions (defaults below, from the source; an
// SWV may configure its own in fase_voorwaarde) and a role for youth care.
export const fasen = ['leefbaar', 'schoolbaar', 'toetsbaar'] as const;
export type Fase = (typeof fasen)[number];

export const standaardVoorwaarden: Record<Fase, string[]> = {
  leefbaar: [
    'Een omgeving die rust en vertrouwen biedt; de leerling voelt zich erkend.',
    'Goede communicatie en empathisch leiderschap.',
    'Duidelijkheid en stabiliteit.',
    'Heldere grenzen voor de leerling.',
    'Van individuele behandeling naar kunnen instromen in een peergroep.',
  ],
  schoolbaar: [
    'Een cultuur van leren en experimenteren: fouten maken hoort bij leren.',
    'Genoeg begeleiding: gestructureerde feedback, coaching en scholing.',
    'Onderwijs en jeugdhulp werken samen.',
    'De druk wordt stap voor stap opgebouwd.',
    'De leerling komt weer hele dagen naar school.',
  ],
  toetsbaar: [
    'Duidelijke, meetbare doelen en criteria.',
    'Betrokkenen staan open voor kritische reflectie en verbetering.',
    'Resultaten worden vertaald naar concrete vervolgstappen.',
    'De jeugdhulp is volledig afgebouwd.',
    'De behaalde resultaten zijn representatief en passend.',
  ],
};

/** What youth care does in each phase (source: 003 §19.5.1–3). */
export const jeugdhulpRol: Record<Fase, 'aan_zet' | 'samen_met_onderwijs' | 'afgebouwd'> = {
  leefbaar: 'aan_zet',
  schoolbaar: 'samen_met_onderwijs',
  toetsbaar: 'afgebouwd',
};

export type Voorwaarde = { tekst: string; voldaan: boolean };

export const volgendeFase = (f: Fase): Fase | null => fasen[fasen.indexOf(f) + 1] ?? null;
