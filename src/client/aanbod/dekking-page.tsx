import { t, tn } from '../i18n/t.ts';
import { Alert } from '../ui/alert.tsx';
import { Heading, Paragraph } from '../ui/heading.tsx';
import { Link } from '../ui/link.tsx';
import { Page } from '../ui/page.tsx';
import { Loading, LoadError } from '../ui/query-state.tsx';
import { Table, TBody, Td, Th, THead, Tr } from '../ui/table.tsx';
import { useDekking, type Telling } from './aanbod-api.ts';
import './aanbod.css';

/** SWV staff: coverage per layer and municipality, gaps, and the warning signs of 003 ch. 20. */
export function DekkingPage() {
  const dekking = useDekking();
  const d = dekking.data;
  // A withheld count reads "minder dan 10": the reader knows it is small, not how small.
  const getal = (x: Telling) => (x.onderdrukt || x.aantal === null ? t('dekking.minderDan', { aantal: d?.minimumGroep ?? 10 }) : x.aantal.toLocaleString('nl-NL'));
  return (
    <Page title={t('dekking.titel')} terug={<Link className="piramide-back" to="/aanbod/beheer">{t('vz.terug')}</Link>}>
      <Paragraph>{t('dekking.intro')}</Paragraph>
      {dekking.isPending && <Loading />}
      {dekking.isError && <LoadError error={dekking.error} />}
      {d && (
        <>
          <Paragraph>{t('dekking.klein', { aantal: d.minimumGroep })}</Paragraph>
          <section className="piramide-section" aria-labelledby="gaten-kop">
            <Heading level={2} id="gaten-kop">{t('dekking.gaten')}</Heading>
            {d.gemeentenZonderInDeSchool.length === 0 && d.langWachtend.length === 0 && <Alert type="ok">{t('dekking.geenGaten')}</Alert>}
            {d.gemeentenZonderInDeSchool.length > 0 && (
              <Alert type="warning" title={t('dekking.zonderInDeSchool')}>
                <p className="utrecht-paragraph">{d.gemeentenZonderInDeSchool.join(', ')}</p>
              </Alert>
            )}
            {d.langWachtend.length > 0 && (
              <Alert type="warning" title={t('dekking.langWachten', { weken: d.signaalWeken })}>
                <ul className="utrecht-unordered-list">
                  {d.langWachtend.map((w) => (
                    <li key={w.voorziening} className="utrecht-unordered-list__item">
                      {t('dekking.langWachtRegel', { voorziening: w.voorziening, gemeente: w.gemeente, aantal: getal(w.aantal), weken: w.langsteWeken })}
                    </li>
                  ))}
                </ul>
              </Alert>
            )}
          </section>
          <section className="piramide-section" aria-labelledby="signalen-kop">
            <Heading level={2} id="signalen-kop">{t('dekking.signalen')}</Heading>
            <Paragraph>{t('dekking.signalenUitleg')}</Paragraph>
            <Table caption={t('dekking.signalen')} captionHidden>
              <TBody>
                <Tr><Th scope="row">{t('dekking.sig.wachtend')}</Th><Td>{getal(d.signalen.wachtend)}</Td></Tr>
                <Tr><Th scope="row">{t('dekking.sig.mediaan')}</Th><Td>{d.signalen.mediaanWachtWeken === null ? '–' : tn('dekking.weken', d.signalen.mediaanWachtWeken)}</Td></Tr>
                <Tr><Th scope="row">{t('dekking.sig.thuiszitters')}</Th><Td>{getal(d.signalen.thuiszitters)}</Td></Tr>
                <Tr><Th scope="row">{t('dekking.sig.shoppen')}</Th><Td>{getal(d.signalen.shoppen)}</Td></Tr>
                <Tr><Th scope="row">{t('dekking.sig.gestopt')}</Th><Td>{getal(d.signalen.gestopt)}</Td></Tr>
                <Tr><Th scope="row">{t('dekking.sig.naarSo')}</Th><Td>{getal(d.signalen.naarSo)}</Td></Tr>
                <Tr><Th scope="row">{t('dekking.sig.leraren')}</Th><Td>{t('dekking.sig.nietGemeten')}</Td></Tr>
              </TBody>
            </Table>
          </section>
          <section className="piramide-section" aria-labelledby="laag-kop">
            <Heading level={2} id="laag-kop">{t('dekking.perLaag')}</Heading>
            <Table caption={t('dekking.perLaag')} captionHidden scroll>
              <THead><Tr>
                <Th>{t('beheer.kol.laag')}</Th><Th>{t('beheer.kol.gemeente')}</Th><Th>{t('dekking.kol.voorzieningen')}</Th>
                <Th>{t('dekking.kol.plaatsen')}</Th><Th>{t('dekking.kol.bezet')}</Th><Th>{t('beheer.kol.wachtend')}</Th><Th>{t('dekking.kol.langste')}</Th>
              </Tr></THead>
              <TBody>
                {d.perLaag.map((r) => (
                  <Tr key={`${r.laag}-${r.gemeente}`}>
                    <Td>{t(`aanbod.laag.${r.laag}`)}</Td><Td>{r.gemeente}</Td><Td>{r.voorzieningen}</Td>
                    <Td>{r.plaatsen}</Td><Td>{getal(r.bezet)}</Td><Td>{getal(r.wachtend)}</Td>
                    <Td>{r.langsteWachtWeken === null ? '–' : tn('dekking.weken', r.langsteWachtWeken)}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </section>
          <section className="piramide-section" aria-labelledby="school-kop">
            <Heading level={2} id="school-kop">{t('dekking.perSchool')}</Heading>
            {d.aanvragenPerSchool.length === 0 ? <Paragraph>{t('dekking.geenAanvragen')}</Paragraph> : (
              <Table caption={t('dekking.perSchool')} captionHidden scroll>
                <THead><Tr>
                  <Th>{t('dekking.kol.school')}</Th><Th>{t('beheer.kol.gemeente')}</Th><Th>{t('dekking.kol.totaal')}</Th>
                  <Th>{t('dekking.kol.open')}</Th><Th>{t('dekking.kol.aanbevolen')}</Th><Th>{t('dekking.kol.nuNiet')}</Th>
                </Tr></THead>
                <TBody>
                  {d.aanvragenPerSchool.map((r) => (
                    <Tr key={r.school}><Td>{r.school}</Td><Td>{r.gemeente}</Td><Td>{getal(r.totaal)}</Td><Td>{getal(r.open)}</Td><Td>{getal(r.aanbevolen)}</Td><Td>{getal(r.nuNiet)}</Td></Tr>
                  ))}
                </TBody>
              </Table>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
