import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import { formatDatum, foutTekst, vandaag } from '../format.ts';
import { t } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Button } from '../ui/button.tsx';
import { Heading } from '../ui/heading.tsx';
import { casusKey, FASEN, leerlingPad, type Casus } from './casus-api.ts';
import { KleinFormulier } from './klein-formulier.tsx';

/** Full-time entry: leefbaar → schoolbaar → toetsbaar, with the conditions of each phase (003 §19.5). */
export function FaseSectie({ leerlingId, casus }: { leerlingId: string; casus: Casus }) {
  const f = casus.fase;
  const pad = `${leerlingPad(leerlingId)}/casus/fase`;
  const vernieuw = [casusKey(leerlingId)];
  const open = f ? f.voorwaarden.filter((v) => !v.voldaan).length : 0;
  return (
    <section className="piramide-section" aria-labelledby="fase-kop">
      <Heading level={2} id="fase-kop">{t('fase.titel')}</Heading>
      <p className="utrecht-paragraph">{t('fase.uitleg')}</p>
      {!f && <p className="utrecht-paragraph">{t('fase.geen')}</p>}
      {f && (
        <>
          <p className="utrecht-paragraph"><strong>{t('fase.huidig', { fase: t(`fase.${f.fase}`), datum: formatDatum(f.van) })}</strong></p>
          <p className="utrecht-paragraph">{t(`fase.jeugdhulp.${f.jeugdhulpRol}`)}{f.jeugdhulp ? ` ${f.jeugdhulp}` : ''}</p>
          {casus.magBeheren
            ? <Voorwaarden leerlingId={leerlingId} voorwaarden={f.voorwaarden} />
            : (
              <ul className="utrecht-unordered-list">
                {f.voorwaarden.map((v, i) => <li key={i} className="utrecht-unordered-list__item">{v.voldaan ? t('fase.voldaan') : t('fase.nietVoldaan')}: {v.tekst}</li>)}
              </ul>
            )}
        </>
      )}
      {casus.fasen.filter((x) => x.tot).map((x) => (
        <p key={x.van + x.fase} className="utrecht-paragraph">
          {t('fase.eerder', { fase: t(`fase.${x.fase}`), van: formatDatum(x.van), tot: formatDatum(x.tot) })}
          {x.overrideReden && <> {t('fase.override', { reden: x.overrideReden })}</>}
        </p>
      ))}
      {casus.magBeheren && !f && (
        <KleinFormulier id="fase-start" kop={t('fase.instromen')} uitleg={t('fase.instromenUitleg')} pad={pad} vernieuw={vernieuw} knop={t('casus.opslaan')}
          velden={[
            { naam: 'fase', label: t('fase.welke'), soort: 'keuze', verplicht: true, opties: FASEN.map((x) => ({ value: x, label: t(`fase.${x}`) })) },
            { naam: 'datum', label: t('fase.datum'), soort: 'datum', verplicht: true, begin: vandaag() },
            { naam: 'jeugdhulp', label: t('fase.jeugdhulpLabel'), soort: 'tekstvak' },
          ]} />
      )}
      {casus.magBeheren && f && casus.volgendeFase && (
        <KleinFormulier key={`${f.fase}-${open}`} id="fase-verder" kop={t('fase.verder', { fase: t(`fase.${casus.volgendeFase.fase}`) })}
          uitleg={open > 0 ? t('fase.verderOverride', { aantal: open }) : t('fase.verderKlaar')}
          pad={pad} vernieuw={vernieuw} knop={t('fase.verderKnop')}
          naar={(w) => ({ ...w, fase: casus.volgendeFase!.fase })}
          velden={[
            { naam: 'datum', label: t('fase.datum'), soort: 'datum', verplicht: true, begin: vandaag() },
            { naam: 'jeugdhulp', label: t('fase.jeugdhulpLabel'), soort: 'tekstvak' },
            ...(open > 0 ? [{ naam: 'overrideReden', label: t('fase.overrideLabel'), soort: 'tekstvak' as const, verplicht: true }] : []),
          ]} />
      )}
    </section>
  );
}

function Voorwaarden({ leerlingId, voorwaarden }: { leerlingId: string; voorwaarden: { tekst: string; voldaan: boolean }[] }) {
  const [voldaan, setVoldaan] = useState(voorwaarden.map((v) => v.voldaan));
  const [bericht, setBericht] = useState<{ ok: boolean; tekst: string } | null>(null);
  const qc = useQueryClient();
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    try {
      await api.post(`${leerlingPad(leerlingId)}/casus/fase/voorwaarden`, { voldaan });
      await qc.invalidateQueries({ queryKey: casusKey(leerlingId) });
      setBericht({ ok: true, tekst: t('fase.voorwaardenOpgeslagen') });
    } catch (err) {
      setBericht({ ok: false, tekst: foutTekst(err) });
    }
  }
  return (
    <form className="piramide-form" noValidate onSubmit={onSubmit}>
      <fieldset className="utrecht-form-fieldset piramide-fieldset">
        <legend className="utrecht-form-fieldset__legend piramide-legend">{t('fase.voorwaarden')}</legend>
        <div className="piramide-keuzes">
          {voorwaarden.map((v, i) => (
            <label key={i} className="piramide-keuze" htmlFor={`voorwaarde-${i}`}>
              <input type="checkbox" id={`voorwaarde-${i}`} className="utrecht-checkbox utrecht-checkbox--html-input" checked={voldaan[i]}
                onChange={(e) => setVoldaan((x) => x.map((y, j) => (j === i ? e.target.checked : y)))} />
              <span>{v.tekst}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit">{t('fase.voorwaardenOpslaan')}</Button>
      {bericht && <Alert type={bericht.ok ? 'ok' : 'error'} live="polite">{bericht.tekst}</Alert>}
    </form>
  );
}
