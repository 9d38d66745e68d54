-- A concern about behaviour or wellbeing (a signal with zorgelijk = true) always starts a talk with
-- pupil and parents (source: 003 §17.2.2). The database does it, so every way of recording a concern
-- leads to the talk; a second concern adds its reason to the open talk (one open talk of a kind).
CREATE FUNCTION gesprek_bij_zorgsignaal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  reden text := 'Zorgsignaal over ' || NEW.soort::text || ' (' || to_char(NEW.datum, 'DD-MM-YYYY') || ')'
    || coalesce(': ' || left(trim(NEW.toelichting), 500), '.');
BEGIN
  IF NEW.zorgelijk THEN
    INSERT INTO taak (leerling_id, soort, reden) VALUES (NEW.leerling_id, 'gesprek_zorgsignaal', reden)
    ON CONFLICT (leerling_id, soort) WHERE gehouden IS NULL
    DO UPDATE SET reden = CASE WHEN position(excluded.reden in taak.reden) > 0 THEN taak.reden
                               ELSE taak.reden || E'\n' || excluded.reden END;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER signaal_zorg_gesprek AFTER INSERT ON signaal FOR EACH ROW EXECUTE FUNCTION gesprek_bij_zorgsignaal();
