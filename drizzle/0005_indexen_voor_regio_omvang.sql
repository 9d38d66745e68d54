CREATE INDEX "functie_school" ON "functie" USING btree ("school_id");--> statement-breakpoint
CREATE INDEX "functie_bestuur" ON "functie" USING btree ("bestuur_id");--> statement-breakpoint
CREATE INDEX "functie_swv" ON "functie" USING btree ("swv_id");--> statement-breakpoint
CREATE INDEX "inschrijving_leerling" ON "inschrijving" USING btree ("leerling_id","van");