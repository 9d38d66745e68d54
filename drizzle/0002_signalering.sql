CREATE TYPE "public"."besluit_uitkomst" AS ENUM('geen_actie', 'aanpassen_in_klas', 'plusklas_met_opp', 'aanvraag_bovenschools');--> statement-breakpoint
CREATE TYPE "public"."formulier_soort" AS ENUM('nominatie', 'observatie', 'ouder_vragenlijst', 'leerlinggesprek');--> statement-breakpoint
CREATE TYPE "public"."instrument" AS ENUM('DHH', 'SiDi-PO', 'ZOOV+', 'VO Quick-Screening');--> statement-breakpoint
CREATE TYPE "public"."screening_uitkomst" AS ENUM('geen_signaal', 'signaal', 'sterk_signaal');--> statement-breakpoint
CREATE TYPE "public"."signaal_soort" AS ENUM('nominatie', 'observatie', 'ouder_beeld', 'leerling_stem', 'gedrag', 'welbevinden', 'iq', 'dubbel_bijzonder');--> statement-breakpoint
CREATE TYPE "public"."taak_soort" AS ENUM('gesprek_neerwaartse_spiraal', 'gesprek_op_verzoek_ouder', 'gesprek_zorgsignaal');--> statement-breakpoint
CREATE TYPE "public"."traject_stap" AS ENUM('observatie', 'gesprek_leerling', 'gesprek_ouders', 'hypothese', 'analyse_ib', 'traject');--> statement-breakpoint
CREATE TABLE "signalering_besluit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"leerling_id" uuid NOT NULL,
	"uitkomst" "besluit_uitkomst" NOT NULL,
	"waarom" text NOT NULL,
	"met_wie" text[] NOT NULL,
	"door" uuid NOT NULL,
	"datum" date NOT NULL,
	"vastgelegd" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "besluit_waarom" CHECK (length(trim("signalering_besluit"."waarom")) > 0)
);
--> statement-breakpoint
CREATE TABLE "curatief_stap" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"leerling_id" uuid NOT NULL,
	"stap" "traject_stap" NOT NULL,
	"notitie" text NOT NULL,
	"doel" text,
	"door" uuid NOT NULL,
	"datum" date NOT NULL,
	CONSTRAINT "curatief_doel" CHECK ("curatief_stap"."stap" <> 'traject' or "curatief_stap"."doel" is not null)
);
--> statement-breakpoint
CREATE TABLE "formulier" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"swv_id" uuid NOT NULL,
	"soort" "formulier_soort" NOT NULL,
	"versie" integer NOT NULL,
	"titel" text NOT NULL,
	"items" jsonb NOT NULL,
	"actief" boolean DEFAULT true NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lvs_import" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"door" uuid NOT NULL,
	"bestandsnaam" text NOT NULL,
	"aantal" integer NOT NULL,
	"op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lvs_resultaat" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"leerling_id" uuid NOT NULL,
	"import_id" uuid,
	"toets" text NOT NULL,
	"vak" text NOT NULL,
	"datum" date NOT NULL,
	"score" numeric NOT NULL,
	"niveau" text,
	"percentiel" integer,
	CONSTRAINT "lvs_percentiel" CHECK ("lvs_resultaat"."percentiel" is null or "lvs_resultaat"."percentiel" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "screening" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"leerling_id" uuid NOT NULL,
	"moment_id" uuid,
	"schooljaar" integer NOT NULL,
	"instrument" "instrument" NOT NULL,
	"datum" date NOT NULL,
	"uitkomst" "screening_uitkomst" NOT NULL,
	"advies" text,
	"rapport_naam" text,
	"rapport_type" text,
	"rapport" "bytea",
	"door" uuid NOT NULL,
	"vastgelegd" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "screening_rapport" CHECK (("screening"."rapport" is null) = ("screening"."rapport_naam" is null))
);
--> statement-breakpoint
CREATE TABLE "signaal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"leerling_id" uuid NOT NULL,
	"soort" "signaal_soort" NOT NULL,
	"schooljaar" integer NOT NULL,
	"formulier_soort" "formulier_soort",
	"formulier_versie" integer,
	"antwoorden" jsonb,
	"toelichting" text,
	"zorgelijk" boolean DEFAULT false NOT NULL,
	"waarde" numeric,
	"door" uuid NOT NULL,
	"datum" date NOT NULL,
	"vastgelegd" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signaleringsmoment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"swv_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"leerjaar" integer NOT NULL,
	"instrument" text NOT NULL,
	"deadline_maand" integer NOT NULL,
	"deadline_dag" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "moment_leerjaar" CHECK ("signaleringsmoment"."leerjaar" between 1 and 8),
	CONSTRAINT "moment_deadline" CHECK ("signaleringsmoment"."deadline_maand" between 1 and 12 and "signaleringsmoment"."deadline_dag" between 1 and 31)
);
--> statement-breakpoint
CREATE TABLE "taak" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"leerling_id" uuid NOT NULL,
	"soort" "taak_soort" NOT NULL,
	"reden" text NOT NULL,
	"toegewezen_aan" uuid,
	"aangevraagd_door" uuid,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	"gehouden" date,
	"verslag" text,
	"afgerond_door" uuid,
	CONSTRAINT "taak_afgerond" CHECK (("taak"."gehouden" is null) = ("taak"."afgerond_door" is null))
);
--> statement-breakpoint
ALTER TABLE "signalering_besluit" ADD CONSTRAINT "signalering_besluit_leerling_id_leerling_id_fk" FOREIGN KEY ("leerling_id") REFERENCES "public"."leerling"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signalering_besluit" ADD CONSTRAINT "signalering_besluit_door_account_id_fk" FOREIGN KEY ("door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "curatief_stap" ADD CONSTRAINT "curatief_stap_leerling_id_leerling_id_fk" FOREIGN KEY ("leerling_id") REFERENCES "public"."leerling"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "curatief_stap" ADD CONSTRAINT "curatief_stap_door_account_id_fk" FOREIGN KEY ("door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "formulier" ADD CONSTRAINT "formulier_swv_id_samenwerkingsverband_id_fk" FOREIGN KEY ("swv_id") REFERENCES "public"."samenwerkingsverband"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lvs_import" ADD CONSTRAINT "lvs_import_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lvs_import" ADD CONSTRAINT "lvs_import_door_account_id_fk" FOREIGN KEY ("door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lvs_resultaat" ADD CONSTRAINT "lvs_resultaat_leerling_id_leerling_id_fk" FOREIGN KEY ("leerling_id") REFERENCES "public"."leerling"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lvs_resultaat" ADD CONSTRAINT "lvs_resultaat_import_id_lvs_import_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."lvs_import"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening" ADD CONSTRAINT "screening_leerling_id_leerling_id_fk" FOREIGN KEY ("leerling_id") REFERENCES "public"."leerling"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening" ADD CONSTRAINT "screening_moment_id_signaleringsmoment_id_fk" FOREIGN KEY ("moment_id") REFERENCES "public"."signaleringsmoment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening" ADD CONSTRAINT "screening_door_account_id_fk" FOREIGN KEY ("door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signaal" ADD CONSTRAINT "signaal_leerling_id_leerling_id_fk" FOREIGN KEY ("leerling_id") REFERENCES "public"."leerling"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signaal" ADD CONSTRAINT "signaal_door_account_id_fk" FOREIGN KEY ("door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signaleringsmoment" ADD CONSTRAINT "signaleringsmoment_swv_id_samenwerkingsverband_id_fk" FOREIGN KEY ("swv_id") REFERENCES "public"."samenwerkingsverband"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taak" ADD CONSTRAINT "taak_leerling_id_leerling_id_fk" FOREIGN KEY ("leerling_id") REFERENCES "public"."leerling"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taak" ADD CONSTRAINT "taak_toegewezen_aan_account_id_fk" FOREIGN KEY ("toegewezen_aan") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taak" ADD CONSTRAINT "taak_aangevraagd_door_account_id_fk" FOREIGN KEY ("aangevraagd_door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taak" ADD CONSTRAINT "taak_afgerond_door_account_id_fk" FOREIGN KEY ("afgerond_door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "besluit_leerling" ON "signalering_besluit" USING btree ("leerling_id");--> statement-breakpoint
CREATE INDEX "curatief_leerling" ON "curatief_stap" USING btree ("leerling_id");--> statement-breakpoint
CREATE UNIQUE INDEX "formulier_versie" ON "formulier" USING btree ("swv_id","soort","versie");--> statement-breakpoint
CREATE UNIQUE INDEX "formulier_een_actief" ON "formulier" USING btree ("swv_id","soort") WHERE "formulier"."actief";--> statement-breakpoint
CREATE INDEX "lvs_leerling_vak" ON "lvs_resultaat" USING btree ("leerling_id","vak","datum");--> statement-breakpoint
CREATE UNIQUE INDEX "lvs_uniek" ON "lvs_resultaat" USING btree ("leerling_id","toets","vak","datum");--> statement-breakpoint
CREATE INDEX "screening_leerling" ON "screening" USING btree ("leerling_id");--> statement-breakpoint
CREATE UNIQUE INDEX "screening_een_per_moment" ON "screening" USING btree ("leerling_id","moment_id","schooljaar") WHERE "screening"."moment_id" is not null;--> statement-breakpoint
CREATE INDEX "signaal_leerling" ON "signaal" USING btree ("leerling_id","schooljaar");--> statement-breakpoint
CREATE INDEX "signaal_jaar_soort" ON "signaal" USING btree ("schooljaar","soort");--> statement-breakpoint
CREATE INDEX "moment_swv" ON "signaleringsmoment" USING btree ("swv_id");--> statement-breakpoint
CREATE INDEX "taak_leerling" ON "taak" USING btree ("leerling_id");--> statement-breakpoint
CREATE INDEX "taak_open" ON "taak" USING btree ("toegewezen_aan") WHERE "taak"."gehouden" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "taak_een_open" ON "taak" USING btree ("leerling_id","soort") WHERE "taak"."gehouden" is null;