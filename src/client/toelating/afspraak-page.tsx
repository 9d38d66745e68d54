import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { api } from '../api.ts';
import { formatDatum, formatTijdstip, vandaag } from '../format.ts';
import { t } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Button, ButtonGroup } from '../ui/button.tsx';
import { DataList } from '../ui/data-list.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { fromChecks } from '../ui/form-errors.ts';
import { Heading, Paragraph } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { TextField } from '../ui/text-field.tsx';
import { CheckboxGroup, RadioGroup, TextArea } from '../signalering/velden.tsx';
import { useToelatingFormulier } from './actie.ts';
import { afspraakKey, PARTIJEN, useAfspraak, WERK_KEY, type Afspraak } from './toelating-api.ts';


/** The agreement between stamschool and provision: signatures, the contact log, the transfer (003 §18.4). */
export function AfspraakPage() {
  const { id = '' } = useParams();
  const afspraak = useAfspraak(id);
  const a = afspraak.data;
  return (
    <Page title={t('afspraak.titel')} terug={a && <Link className="piramide-back" to={`/toelating/${a.leerlingId}`}>{t('toel.terug')}</Link>}>
      {afspraak.isPending && <Loading />}
      {afspraak.isError && <LoadError error={afspraak.error} />}
      {a && <Inhoud a={a} />}
    </Page>
  );
}

function Inhoud({ a }: { a: Afspraak }) {
  const queryClient = useQueryClient();
  const teken = useToelatingFormulier();
  const getekend = (wanneer: string | null, door: string | null) => (wanneer ? t('afspraak.getekendDoor', { naam: door ?? '', wanneer: formatTijdstip(wanneer) }) : t('afspraak.nietGetekend'));
  const nogTekenen = a.mag.tekenen.filter((p) => !(p === 'stamschool' ? a.getekendStamschool : p === 'voorziening' ? a.getekendVoorziening : a.getekendOuders));
  return (
    <>
      <Paragraph>{t('afspraak.intro', { stamschool: a.stamschool, voorziening: a.voorziening })}</Paragraph>
      {a.overschrijvenVoorgesteld && !a.inschrijvingOvergeschreven && <Alert type="info" title={t('afspraak.voorstel.titel')}><p className="utrecht-paragraph">{t('afspraak.voorstel.tekst')}</p></Alert>}
      {a.inschrijvingOvergeschreven && <Alert type="info">{t('afspraak.overgeschreven', { datum: formatDatum(a.inschrijvingOvergeschreven) })}</Alert>}
      <DataList items={[
        { key: t('afspraak.aandeel'), value: `${a.aandeelOnderwijstijd} %` },
        { key: t('afspraak.symbiose'), value: a.symbiose },
        { key: t('afspraak.contactritme'), value: a.contactritme },
        { key: t('afspraak.verslaglegging'), value: t(`afspraak.partij.${a.verslaglegging as 'samen'}`) },
        { key: t('afspraak.oudergesprekken'), value: t(`afspraak.partij.${a.oudergesprekken as 'samen'}`) },
        { key: t('afspraak.lvs'), value: a.lvsGekoppeld ? t('afspraak.ja') : t('afspraak.nee') },
        { key: t('afspraak.tekenStamschool'), value: getekend(a.getekendStamschool, a.stamschoolDoor) },
        { key: t('afspraak.tekenVoorziening'), value: getekend(a.getekendVoorziening, a.voorzieningDoor) },
        { key: t('afspraak.tekenOuders'), value: getekend(a.getekendOuders, a.oudersDoor) },
      ]} />
      <ErrorSummary errors={teken.fouten.summary} focusKey={teken.poging} />
      {nogTekenen.length > 0 && a.plaatsingStatus === 'gepland' && (
        <ButtonGroup>
          <Button appearance="primary" busy={teken.bezig} onClick={async () => {
            if (await teken.run(fromChecks([]), () => api.post(`/api/afspraken/${a.id}/ondertekenen`))) await queryClient.invalidateQueries({ queryKey: afspraakKey(a.id) });
          }}>{t('afspraak.ondertekenen')}</Button>
          {a.mag.contact && <Link to={`/plaatsingen/${a.plaatsingId}/afspraak`}>{t('afspraak.wijzigen')}</Link>}
        </ButtonGroup>
      )}
      {a.mag.contact && <Overschrijven a={a} />}
      {a.mag.contact && <Contactlog a={a} />}
    </>
  );
}

function Overschrijven({ a }: { a: Afspraak }) {
  const actie = useToelatingFormulier({ datum: 'overschrijf-datum' });
  const [datum, setDatum] = useState(vandaag());
  const queryClient = useQueryClient();
  if (!a.overschrijvenVoorgesteld || a.inschrijvingOvergeschreven || a.plaatsingStatus !== 'geplaatst') return null;
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (await actie.run(fromChecks([]), () => api.post(`/api/plaatsingen/${a.plaatsingId}/overschrijven`, { datum }))) {
      await queryClient.invalidateQueries({ queryKey: afspraakKey(a.id) });
    }
  }
  return (
    <section className="piramide-section" aria-labelledby="over-kop">
      <Heading level={2} id="over-kop">{t('afspraak.overschrijven')}</Heading>
      <Paragraph>{t('afspraak.overschrijvenUitleg')}</Paragraph>
      <ErrorSummary errors={actie.fouten.summary} focusKey={actie.poging} />
      <form className="piramide-form" noValidate onSubmit={onSubmit}>
        <TextField id="overschrijf-datum" type="date" label={t('afspraak.overschrijfDatum')} value={datum} onChange={(e) => setDatum(e.target.value)} error={actie.fouten.fields['overschrijf-datum']} />
        <Button type="submit" busy={actie.bezig}>{t('afspraak.overschrijven')}</Button>
      </form>
    </section>
  );
}

function Contactlog({ a }: { a: Afspraak }) {
  const [datum, setDatum] = useState(vandaag());
  const [vorm, setVorm] = useState('');
  const [notitie, setNotitie] = useState('');
  const actie = useToelatingFormulier({ datum: 'contact-datum', vorm: 'contact-vorm', notitie: 'contact-notitie' });
  const queryClient = useQueryClient();
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ok = await actie.run(fromChecks([
      ['contact-vorm', vorm.trim() ? undefined : t('afspraak.fout.vorm')], ['contact-notitie', notitie.trim() ? undefined : t('afspraak.fout.notitie')],
    ]), () => api.post(`/api/afspraken/${a.id}/contacten`, { datum, vorm, notitie }));
    if (ok) { setVorm(''); setNotitie(''); await queryClient.invalidateQueries({ queryKey: afspraakKey(a.id) }); }
  }
  return (
    <section className="piramide-section" aria-labelledby="contact-kop">
      <Heading level={2} id="contact-kop">{t('afspraak.contactlog')}</Heading>
      {a.contacten.length === 0 ? <Paragraph>{t('afspraak.geenContact')}</Paragraph> : (
        <ul className="utrecht-unordered-list">
          {a.contacten.map((c) => <li key={c.id} className="utrecht-unordered-list__item">{formatDatum(c.datum)} · {c.vorm} · {c.door}: {c.notitie}</li>)}
        </ul>
      )}
      <ErrorSummary errors={actie.fouten.summary} focusKey={actie.poging} />
      <form className="piramide-form" noValidate onSubmit={onSubmit}>
        <TextField id="contact-datum" type="date" label={t('afspraak.contactDatum')} value={datum} onChange={(e) => setDatum(e.target.value)} error={actie.fouten.fields['contact-datum']} />
        <TextField id="contact-vorm" label={t('afspraak.contactVorm')} value={vorm} onChange={(e) => setVorm(e.target.value)} error={actie.fouten.fields['contact-vorm']} />
        <TextArea id="contact-notitie" label={t('afspraak.contactNotitie')} value={notitie} onChange={setNotitie} error={actie.fouten.fields['contact-notitie']} />
        <Button type="submit" busy={actie.bezig}>{t('afspraak.contactOpslaan')}</Button>
      </form>
    </section>
  );
}

/** Drawing up (or changing) the agreement; a change asks all three parties to sign again. */
export function AfspraakFormPage() {
  const { id = '' } = useParams();
  const [aandeel, setAandeel] = useState('20');
  const [symbiose, setSymbiose] = useState('');
  const [ritme, setRitme] = useState('');
  const [verslag, setVerslag] = useState('stamschool');
  const [ouder, setOuder] = useState('stamschool');
  const [lvs, setLvs] = useState<string[]>([]);
  const actie = useToelatingFormulier({ aandeelOnderwijstijd: 'aandeel', symbiose: 'symbiose', contactritme: 'contactritme' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    let nieuw = '';
    const ok = await actie.run(fromChecks([
      ['symbiose', symbiose.trim() ? undefined : t('afspraak.fout.symbiose')], ['contactritme', ritme.trim() ? undefined : t('afspraak.fout.ritme')],
    ]), async () => {
      const r = await api.put<{ id: string }>(`/api/plaatsingen/${id}/afspraak`, {
        aandeelOnderwijstijd: Number(aandeel), symbiose, contactritme: ritme, verslaglegging: verslag, oudergesprekken: ouder, lvsGekoppeld: lvs.includes('ja'),
      });
      nieuw = r.id;
    });
    if (ok) { await queryClient.invalidateQueries({ queryKey: WERK_KEY }); navigate(`/afspraken/${nieuw}`); }
  }
  return (
    <Page title={t('afspraak.maken')} terug={<Link className="piramide-back" to="/voorziening">{t('toel.terugNaar')}</Link>}>
      <Paragraph>{t('afspraak.makenUitleg')}</Paragraph>
      <ErrorSummary errors={actie.fouten.summary} focusKey={actie.poging} />
      <form className="piramide-form" noValidate onSubmit={onSubmit}>
        <TextField id="aandeel" type="number" inputMode="numeric" label={t('afspraak.aandeel')} description={t('afspraak.aandeelUitleg')} value={aandeel} onChange={(e) => setAandeel(e.target.value)} error={actie.fouten.fields.aandeel} />
        <TextArea id="symbiose" label={t('afspraak.symbiose')} value={symbiose} onChange={setSymbiose} error={actie.fouten.fields.symbiose} />
        <TextField id="contactritme" label={t('afspraak.contactritme')} value={ritme} onChange={(e) => setRitme(e.target.value)} error={actie.fouten.fields.contactritme} />
        <RadioGroup id="verslaglegging" legend={t('afspraak.verslaglegging')} value={verslag} onChange={setVerslag} options={PARTIJEN.map((p) => ({ value: p, label: t(`afspraak.partij.${p}`) }))} />
        <RadioGroup id="oudergesprekken" legend={t('afspraak.oudergesprekken')} value={ouder} onChange={setOuder} options={PARTIJEN.map((p) => ({ value: p, label: t(`afspraak.partij.${p}`) }))} />
        <CheckboxGroup id="lvs" legend={t('afspraak.lvs')} values={lvs} onChange={setLvs} options={[{ value: 'ja', label: t('afspraak.lvsJa') }]} />
        <Button type="submit" appearance="primary" busy={actie.bezig}>{t('afspraak.opslaan')}</Button>
      </form>
    </Page>
  );
}
