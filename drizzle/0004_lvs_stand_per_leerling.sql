CREATE TABLE "lvs_stand" (
	"leerling_id" uuid PRIMARY KEY NOT NULL,
	"laatste_percentiel" integer NOT NULL,
	"laatste_datum" date NOT NULL,
	"gedaald" boolean NOT NULL,
	CONSTRAINT "lvs_stand_percentiel" CHECK ("lvs_stand"."laatste_percentiel" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "lvs_stand" ADD CONSTRAINT "lvs_stand_leerling_id_leerling_id_fk" FOREIGN KEY ("leerling_id") REFERENCES "public"."leerling"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- lvs_stand is kept by statement-level triggers with transition tables rather than by the import
-- service: every writer of lvs_resultaat (the import, the demo generator, test fixtures, a manual
-- correction) then keeps it true in its own transaction, and a bulk insert costs one recomputation
-- per statement over the pupils it touched, not one per row. The pupils' whole history is re-read
-- because an import may bring older results than those already stored.
-- The advisory lock serialises the recomputation between transactions: under READ COMMITTED the
-- next statement then sees the rows another import committed for the same pupil.
-- The pupils go in as one array, not as a join with the transition table: right after a bulk insert
-- the statistics of lvs_resultaat are stale and a join may become a quadratic nested loop; `= ANY`
-- over an array is an index probe per pupil or one hashed scan, linear either way.
CREATE OR REPLACE FUNCTION lvs_stand_bijwerken() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[] := ARRAY(SELECT DISTINCT leerling_id FROM geraakt);
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('lvs_stand'));
  INSERT INTO lvs_stand (leerling_id, laatste_percentiel, laatste_datum, gedaald)
  SELECT DISTINCT ON (leerling_id) leerling_id, percentiel, datum, coalesce(percentiel < vorige, false)
    FROM (SELECT r.leerling_id, r.datum, r.percentiel,
                 lag(r.percentiel) OVER (PARTITION BY r.leerling_id, r.vak ORDER BY r.datum) AS vorige
            FROM lvs_resultaat r
           WHERE r.percentiel IS NOT NULL AND r.leerling_id = ANY (ids)) x
   ORDER BY leerling_id, datum DESC, percentiel
  ON CONFLICT (leerling_id) DO UPDATE SET laatste_percentiel = excluded.laatste_percentiel,
    laatste_datum = excluded.laatste_datum, gedaald = excluded.gedaald;
  DELETE FROM lvs_stand s
   WHERE s.leerling_id = ANY (ids)
     AND NOT EXISTS (SELECT 1 FROM lvs_resultaat r WHERE r.leerling_id = s.leerling_id AND r.percentiel IS NOT NULL);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER lvs_stand_na_insert AFTER INSERT ON lvs_resultaat
  REFERENCING NEW TABLE AS geraakt FOR EACH STATEMENT EXECUTE FUNCTION lvs_stand_bijwerken();
--> statement-breakpoint
-- An update may move a result to another pupil: both the old and the new pupils are recomputed.
CREATE TRIGGER lvs_stand_na_update_nieuw AFTER UPDATE ON lvs_resultaat
  REFERENCING NEW TABLE AS geraakt FOR EACH STATEMENT EXECUTE FUNCTION lvs_stand_bijwerken();
--> statement-breakpoint
CREATE TRIGGER lvs_stand_na_update_oud AFTER UPDATE ON lvs_resultaat
  REFERENCING OLD TABLE AS geraakt FOR EACH STATEMENT EXECUTE FUNCTION lvs_stand_bijwerken();
--> statement-breakpoint
CREATE TRIGGER lvs_stand_na_delete AFTER DELETE ON lvs_resultaat
  REFERENCING OLD TABLE AS geraakt FOR EACH STATEMENT EXECUTE FUNCTION lvs_stand_bijwerken();
--> statement-breakpoint
-- Backfill: the summary of the results already stored.
INSERT INTO lvs_stand (leerling_id, laatste_percentiel, laatste_datum, gedaald)
SELECT DISTINCT ON (leerling_id) leerling_id, percentiel, datum, coalesce(percentiel < vorige, false)
  FROM (SELECT leerling_id, datum, percentiel,
               lag(percentiel) OVER (PARTITION BY leerling_id, vak ORDER BY datum) AS vorige
          FROM lvs_resultaat WHERE percentiel IS NOT NULL) x
 ORDER BY leerling_id, datum DESC, percentiel;
