/** Texts of the commissie's and coordinator's worklist lines and of closing a case. B1 Dutch. */
export const nlAanvulling = {
  'wl.aanvragen.een': '{aantal} aanvraag wacht op een besluit',
  'wl.aanvragen.meer': '{aantal} aanvragen wachten op een besluit',
  'wl.wachtlijst.een': '{aantal} leerling op de wachtlijst',
  'wl.wachtlijst.meer': '{aantal} leerlingen op de wachtlijst',
  'wl.wenperiode.een': '{aantal} wenperiode voorbij: bevestig de plaatsing',
  'wl.wenperiode.meer': '{aantal} wenperiodes voorbij: bevestig de plaatsing',
  'wl.wachtDagen': '{dagen} dagen',
  'wl.wachtDagenEen': '1 dag',
  'wl.wachtVandaag': 'vandaag',
  'wl.aanvraagRegel': '{voorziening} · bij de commissie sinds {datum} ({wacht})',
  'wl.wachtlijstRegel': 'Plek {positie}{prioriteit} · wacht sinds {datum} ({wacht})',
  'wl.wenperiodeRegel': 'Wenperiode liep tot {datum} ({wacht} geleden)',
} as const;
