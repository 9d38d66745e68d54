// Dutch texts the server itself sends: error messages. The client has its own catalogue for the UI
// and shows these only as a fallback.
import type { ErrorCode } from '../errors/app-error.js';

export const foutmeldingen: Record<ErrorCode, string> = {
  NIET_INGELOGD: 'U bent niet ingelogd. Log in om verder te gaan.',
  TWEEDE_STAP_NODIG: 'Vul eerst de code uit uw authenticator-app in.',
  ONJUISTE_INLOG: 'Het e-mailadres of het wachtwoord klopt niet.',
  ONJUISTE_CODE: 'Deze code klopt niet of is verlopen. Probeer het opnieuw.',
  ACCOUNT_GEBLOKKEERD:
    'Er is te vaak een verkeerd wachtwoord ingevuld. Uw account is 15 minuten geblokkeerd.',
  TE_VEEL_POGINGEN: 'Te veel pogingen. Wacht een minuut en probeer het opnieuw.',
  ONGELDIGE_INVOER: 'Niet alle velden zijn goed ingevuld.',
  CSRF: 'Uw sessie is verlopen of het verzoek kwam niet uit Piramide. Laad de pagina opnieuw.',
  NIET_GEVONDEN: 'Niet gevonden. Het bestaat niet of u heeft er geen toegang toe.',
  GEEN_TOEGANG: 'U heeft hiervoor geen toegang.',
  CONFLICT: 'Dit botst met gegevens die al bestaan.',
  INTERNE_FOUT: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
};
