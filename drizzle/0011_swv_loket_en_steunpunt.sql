CREATE TABLE "swv_loket" (
	"swv_id" uuid PRIMARY KEY NOT NULL,
	"telefoon" text NOT NULL,
	"email" text NOT NULL,
	"adres" text NOT NULL,
	"bereikbaar" text NOT NULL,
	"steunpunt_naam" text NOT NULL,
	"steunpunt_telefoon" text NOT NULL,
	"steunpunt_web" text NOT NULL,
	"wachttijd_signaal_weken" integer DEFAULT 8 NOT NULL,
	CONSTRAINT "swv_loket_signaal" CHECK ("swv_loket"."wachttijd_signaal_weken" between 1 and 52)
);
--> statement-breakpoint
ALTER TABLE "swv_loket" ADD CONSTRAINT "swv_loket_swv_id_samenwerkingsverband_id_fk" FOREIGN KEY ("swv_id") REFERENCES "public"."samenwerkingsverband"("id") ON DELETE no action ON UPDATE no action;