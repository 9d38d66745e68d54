-- A plan version, a parent's consent and a parent's or pupil's contribution are history: once
-- written they are never changed or removed (every change to an OPP is a new version).
CREATE FUNCTION opp_geschiedenis_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Een OPP-versie, instemming of inbreng wordt nooit gewijzigd of verwijderd (tabel %).', TG_TABLE_NAME;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER opp_versie_onveranderlijk BEFORE UPDATE OR DELETE ON opp_versie
  FOR EACH ROW EXECUTE FUNCTION opp_geschiedenis_onveranderlijk();
--> statement-breakpoint
CREATE TRIGGER opp_instemming_onveranderlijk BEFORE UPDATE OR DELETE ON opp_instemming
  FOR EACH ROW EXECUTE FUNCTION opp_geschiedenis_onveranderlijk();
--> statement-breakpoint
CREATE TRIGGER opp_inbreng_onveranderlijk BEFORE UPDATE OR DELETE ON opp_inbreng
  FOR EACH ROW EXECUTE FUNCTION opp_geschiedenis_onveranderlijk();
