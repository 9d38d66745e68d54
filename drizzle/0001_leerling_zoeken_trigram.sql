-- Pupil search by any part of a name, also over millions of pupils: trigram index on the
-- generated search name.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX "leerling_zoeknaam_trgm" ON "leerling" USING gin ("zoeknaam" gin_trgm_ops);
