-- source: 003 §18.4 — the registration moves to the provision only after the settling-in period, and a
-- provision that took over the registration has the zorgplicht at once: no trial status afterwards.
CREATE FUNCTION afspraak_overschrijven_na_wenperiode() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.inschrijving_overgeschreven IS NOT NULL AND OLD.inschrijving_overgeschreven IS NULL
     AND NOT EXISTS (SELECT 1 FROM plaatsing p WHERE p.id = NEW.plaatsing_id AND p.status = 'geplaatst'
                      AND p.wenperiode_tot <= NEW.inschrijving_overgeschreven) THEN
    RAISE EXCEPTION 'inschrijving overschrijven kan pas na de wenperiode (003 §18.4)' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER afspraak_overschrijven_na_wenperiode BEFORE UPDATE OF inschrijving_overgeschreven ON stamschool_afspraak
  FOR EACH ROW EXECUTE FUNCTION afspraak_overschrijven_na_wenperiode();
--> statement-breakpoint
CREATE FUNCTION plaatsing_geen_proef_na_overschrijving() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IN ('gepland', 'wenperiode') AND EXISTS (
       SELECT 1 FROM stamschool_afspraak a WHERE a.plaatsing_id = NEW.id AND a.inschrijving_overgeschreven IS NOT NULL) THEN
    RAISE EXCEPTION 'na overschrijving heeft de voorziening de zorgplicht: geen proefstatus (003 §18.4)' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER plaatsing_geen_proef_na_overschrijving BEFORE UPDATE OF status ON plaatsing
  FOR EACH ROW EXECUTE FUNCTION plaatsing_geen_proef_na_overschrijving();
