CREATE TYPE "public"."piramide_laag" AS ENUM('in_de_klas', 'in_de_school', 'bovenschools');--> statement-breakpoint
CREATE TYPE "public"."toelatingsbron" AS ENUM('cijfers', 'lvs', 'oordeel_leraar', 'praktijkmiddag', 'taalonafhankelijke_screening', 'observatie', 'gesprek_leerling', 'beeld_ouders', 'opp', 'onderzoek');--> statement-breakpoint
CREATE TYPE "public"."voorziening_duur" AS ENUM('heel_jaar', 'korter');--> statement-breakpoint
CREATE TYPE "public"."voorziening_vorm" AS ENUM('verrijking_in_de_klas', 'plusklas', 'peergroep', 'deeltijd', 'voltijd', 'onderwijs_zorgarrangement', 'vangnet');--> statement-breakpoint
CREATE TYPE "public"."aanvraag_status" AS ENUM('wacht_op_ouders', 'bij_commissie', 'besloten', 'ingetrokken');--> statement-breakpoint
CREATE TYPE "public"."commissie_besluit" AS ENUM('aanbevolen', 'nu_niet', 'andere_voorziening');--> statement-breakpoint
CREATE TYPE "public"."afspraak_partij" AS ENUM('stamschool', 'voorziening', 'samen');--> statement-breakpoint
CREATE TYPE "public"."plaatsing_status" AS ENUM('gepland', 'wenperiode', 'geplaatst', 'afgerond', 'gestopt');--> statement-breakpoint
CREATE TYPE "public"."wachtlijst_prioriteit" AS ENUM('thuiszitter', 'dreigende_uitval', 'regulier');--> statement-breakpoint
CREATE TYPE "public"."wachtlijst_status" AS ENUM('wachtend', 'geplaatst', 'vervallen');--> statement-breakpoint
ALTER TYPE "public"."functie_soort" ADD VALUE 'coordinator';--> statement-breakpoint
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
CREATE TABLE "voorziening" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"swv_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"laag" "piramide_laag" NOT NULL,
	"vorm" "voorziening_vorm" NOT NULL,
	"doelgroep" text NOT NULL,
	"doelen" text NOT NULL,
	"expliciet_cognitief_doel" boolean NOT NULL,
	"vaste_leerkracht" boolean NOT NULL,
	"duur" "voorziening_duur" NOT NULL,
	"dagen_tijden" text NOT NULL,
	"locatie" text NOT NULL,
	"gemeente" text NOT NULL,
	"leeftijd_van" integer NOT NULL,
	"leeftijd_tot" integer NOT NULL,
	"toelatingsbronnen" "toelatingsbron"[] DEFAULT '{}' NOT NULL,
	"contact_naam" text NOT NULL,
	"contact_email" text,
	"contact_telefoon" text,
	"gekoppelde_school_id" uuid,
	"particuliere_aanbieder" text,
	"bekostigde_school_id" uuid,
	"vrijwillige_bijdrage" text,
	"coordinator_id" uuid,
	"actief" boolean DEFAULT true NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	"gewijzigd" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "voorziening_voltijd_gekoppeld" CHECK ("voorziening"."vorm" <> 'voltijd' or "voorziening"."gekoppelde_school_id" is not null),
	CONSTRAINT "voorziening_particulier_ingekocht" CHECK ("voorziening"."particuliere_aanbieder" is null or "voorziening"."bekostigde_school_id" is not null),
	CONSTRAINT "voorziening_leeftijd" CHECK ("voorziening"."leeftijd_van" between 3 and 20 and "voorziening"."leeftijd_tot" between "voorziening"."leeftijd_van" and 20)
);
--> statement-breakpoint
CREATE TABLE "voorziening_periode" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"voorziening_id" uuid NOT NULL,
	"van" date NOT NULL,
	"tot" date NOT NULL,
	"plaatsen" integer NOT NULL,
	CONSTRAINT "voorziening_periode_volgorde" CHECK ("voorziening_periode"."tot" >= "voorziening_periode"."van"),
	CONSTRAINT "voorziening_periode_plaatsen" CHECK ("voorziening_periode"."plaatsen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "aanvraag" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"leerling_id" uuid NOT NULL,
	"voorziening_id" uuid NOT NULL,
	"swv_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"aangevraagd_door" uuid NOT NULL,
	"aangevraagd" timestamp with time zone DEFAULT now() NOT NULL,
	"hulpvraag" text NOT NULL,
	"dossier" jsonb DEFAULT '[]' NOT NULL,
	"stem_leerling" text NOT NULL,
	"stem_leerling_zelf" text,
	"ouder_instemming" boolean,
	"ouder_visie" text,
	"ouder_reactie_door" uuid,
	"ouder_reactie_op" timestamp with time zone,
	"status" "aanvraag_status" DEFAULT 'wacht_op_ouders' NOT NULL,
	"besluit" "commissie_besluit",
	"besluit_voorziening_id" uuid,
	"gewogen_bronnen" jsonb,
	"redenen" text,
	"advies" text,
	"gedragswetenschapper" text,
	"besluit_door" uuid,
	"besloten" timestamp with time zone,
	"ouders_geinformeerd" timestamp with time zone,
	CONSTRAINT "aanvraag_besluit_volledig" CHECK (("aanvraag"."status" = 'besloten') = ("aanvraag"."besluit" is not null and "aanvraag"."redenen" is not null and "aanvraag"."besloten" is not null)),
	CONSTRAINT "aanvraag_andere_voorziening" CHECK (("aanvraag"."besluit" = 'andere_voorziening') = ("aanvraag"."besluit_voorziening_id" is not null)),
	CONSTRAINT "aanvraag_ouders_eerst" CHECK ("aanvraag"."status" in ('wacht_op_ouders', 'ingetrokken') or "aanvraag"."ouder_instemming")
);
--> statement-breakpoint
CREATE TABLE "afspraak_contact" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"afspraak_id" uuid NOT NULL,
	"datum" date NOT NULL,
	"vorm" text NOT NULL,
	"notitie" text NOT NULL,
	"door" uuid NOT NULL,
	"vastgelegd" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plaatsing" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"leerling_id" uuid NOT NULL,
	"voorziening_id" uuid NOT NULL,
	"aanvraag_id" uuid,
	"wachtlijst_id" uuid,
	"van" date NOT NULL,
	"tot" date,
	"status" "plaatsing_status" DEFAULT 'gepland' NOT NULL,
	"wenperiode_weken" integer NOT NULL,
	"wenperiode_tot" date NOT NULL,
	"eindreden" text,
	"geplaatst_door" uuid NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plaatsing_periode" CHECK ("plaatsing"."tot" is null or "plaatsing"."tot" >= "plaatsing"."van"),
	CONSTRAINT "plaatsing_wenperiode" CHECK ("plaatsing"."wenperiode_weken" between 1 and 26 and "plaatsing"."wenperiode_tot" > "plaatsing"."van"),
	CONSTRAINT "plaatsing_einde" CHECK ("plaatsing"."status" not in ('afgerond', 'gestopt') or "plaatsing"."tot" is not null)
);
--> statement-breakpoint
CREATE TABLE "stamschool_afspraak" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plaatsing_id" uuid NOT NULL,
	"stamschool_id" uuid NOT NULL,
	"aandeel_onderwijstijd" integer NOT NULL,
	"symbiose" text NOT NULL,
	"contactritme" text NOT NULL,
	"verslaglegging" "afspraak_partij" NOT NULL,
	"oudergesprekken" "afspraak_partij" NOT NULL,
	"lvs_gekoppeld" boolean DEFAULT false NOT NULL,
	"getekend_stamschool_door" uuid,
	"getekend_stamschool" timestamp with time zone,
	"getekend_voorziening_door" uuid,
	"getekend_voorziening" timestamp with time zone,
	"getekend_ouders_door" uuid,
	"getekend_ouders" timestamp with time zone,
	"inschrijving_overgeschreven" date,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stamschool_afspraak_aandeel" CHECK ("stamschool_afspraak"."aandeel_onderwijstijd" between 1 and 100),
	CONSTRAINT "stamschool_afspraak_getekend" CHECK (("stamschool_afspraak"."getekend_stamschool" is null) = ("stamschool_afspraak"."getekend_stamschool_door" is null)
    and ("stamschool_afspraak"."getekend_voorziening" is null) = ("stamschool_afspraak"."getekend_voorziening_door" is null)
    and ("stamschool_afspraak"."getekend_ouders" is null) = ("stamschool_afspraak"."getekend_ouders_door" is null))
);
--> statement-breakpoint
CREATE TABLE "wachtlijst_plaats" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"voorziening_id" uuid NOT NULL,
	"leerling_id" uuid NOT NULL,
	"aanvraag_id" uuid,
	"sinds" date NOT NULL,
	"prioriteit" "wachtlijst_prioriteit" DEFAULT 'regulier' NOT NULL,
	"verwachte_start" date,
	"status" "wachtlijst_status" DEFAULT 'wachtend' NOT NULL,
	"afgesloten" date,
	CONSTRAINT "wachtlijst_afgesloten" CHECK (("wachtlijst_plaats"."status" = 'wachtend') = ("wachtlijst_plaats"."afgesloten" is null))
);
--> statement-breakpoint
ALTER TABLE "swv_loket" ADD CONSTRAINT "swv_loket_swv_id_samenwerkingsverband_id_fk" FOREIGN KEY ("swv_id") REFERENCES "public"."samenwerkingsverband"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voorziening" ADD CONSTRAINT "voorziening_swv_id_samenwerkingsverband_id_fk" FOREIGN KEY ("swv_id") REFERENCES "public"."samenwerkingsverband"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voorziening" ADD CONSTRAINT "voorziening_gekoppelde_school_id_school_id_fk" FOREIGN KEY ("gekoppelde_school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voorziening" ADD CONSTRAINT "voorziening_bekostigde_school_id_school_id_fk" FOREIGN KEY ("bekostigde_school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voorziening" ADD CONSTRAINT "voorziening_coordinator_id_account_id_fk" FOREIGN KEY ("coordinator_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voorziening_periode" ADD CONSTRAINT "voorziening_periode_voorziening_id_voorziening_id_fk" FOREIGN KEY ("voorziening_id") REFERENCES "public"."voorziening"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanvraag" ADD CONSTRAINT "aanvraag_leerling_id_leerling_id_fk" FOREIGN KEY ("leerling_id") REFERENCES "public"."leerling"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanvraag" ADD CONSTRAINT "aanvraag_voorziening_id_voorziening_id_fk" FOREIGN KEY ("voorziening_id") REFERENCES "public"."voorziening"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanvraag" ADD CONSTRAINT "aanvraag_swv_id_samenwerkingsverband_id_fk" FOREIGN KEY ("swv_id") REFERENCES "public"."samenwerkingsverband"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanvraag" ADD CONSTRAINT "aanvraag_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanvraag" ADD CONSTRAINT "aanvraag_aangevraagd_door_account_id_fk" FOREIGN KEY ("aangevraagd_door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanvraag" ADD CONSTRAINT "aanvraag_ouder_reactie_door_account_id_fk" FOREIGN KEY ("ouder_reactie_door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanvraag" ADD CONSTRAINT "aanvraag_besluit_voorziening_id_voorziening_id_fk" FOREIGN KEY ("besluit_voorziening_id") REFERENCES "public"."voorziening"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aanvraag" ADD CONSTRAINT "aanvraag_besluit_door_account_id_fk" FOREIGN KEY ("besluit_door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "afspraak_contact" ADD CONSTRAINT "afspraak_contact_afspraak_id_stamschool_afspraak_id_fk" FOREIGN KEY ("afspraak_id") REFERENCES "public"."stamschool_afspraak"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "afspraak_contact" ADD CONSTRAINT "afspraak_contact_door_account_id_fk" FOREIGN KEY ("door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plaatsing" ADD CONSTRAINT "plaatsing_leerling_id_leerling_id_fk" FOREIGN KEY ("leerling_id") REFERENCES "public"."leerling"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plaatsing" ADD CONSTRAINT "plaatsing_voorziening_id_voorziening_id_fk" FOREIGN KEY ("voorziening_id") REFERENCES "public"."voorziening"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plaatsing" ADD CONSTRAINT "plaatsing_aanvraag_id_aanvraag_id_fk" FOREIGN KEY ("aanvraag_id") REFERENCES "public"."aanvraag"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plaatsing" ADD CONSTRAINT "plaatsing_wachtlijst_id_wachtlijst_plaats_id_fk" FOREIGN KEY ("wachtlijst_id") REFERENCES "public"."wachtlijst_plaats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plaatsing" ADD CONSTRAINT "plaatsing_geplaatst_door_account_id_fk" FOREIGN KEY ("geplaatst_door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stamschool_afspraak" ADD CONSTRAINT "stamschool_afspraak_plaatsing_id_plaatsing_id_fk" FOREIGN KEY ("plaatsing_id") REFERENCES "public"."plaatsing"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stamschool_afspraak" ADD CONSTRAINT "stamschool_afspraak_stamschool_id_school_id_fk" FOREIGN KEY ("stamschool_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stamschool_afspraak" ADD CONSTRAINT "stamschool_afspraak_getekend_stamschool_door_account_id_fk" FOREIGN KEY ("getekend_stamschool_door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stamschool_afspraak" ADD CONSTRAINT "stamschool_afspraak_getekend_voorziening_door_account_id_fk" FOREIGN KEY ("getekend_voorziening_door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stamschool_afspraak" ADD CONSTRAINT "stamschool_afspraak_getekend_ouders_door_account_id_fk" FOREIGN KEY ("getekend_ouders_door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wachtlijst_plaats" ADD CONSTRAINT "wachtlijst_plaats_voorziening_id_voorziening_id_fk" FOREIGN KEY ("voorziening_id") REFERENCES "public"."voorziening"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wachtlijst_plaats" ADD CONSTRAINT "wachtlijst_plaats_leerling_id_leerling_id_fk" FOREIGN KEY ("leerling_id") REFERENCES "public"."leerling"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wachtlijst_plaats" ADD CONSTRAINT "wachtlijst_plaats_aanvraag_id_aanvraag_id_fk" FOREIGN KEY ("aanvraag_id") REFERENCES "public"."aanvraag"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "voorziening_swv" ON "voorziening" USING btree ("swv_id","laag");--> statement-breakpoint
CREATE INDEX "voorziening_coordinator" ON "voorziening" USING btree ("coordinator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "voorziening_periode_van" ON "voorziening_periode" USING btree ("voorziening_id","van");--> statement-breakpoint
CREATE INDEX "aanvraag_leerling" ON "aanvraag" USING btree ("leerling_id");--> statement-breakpoint
CREATE INDEX "aanvraag_swv_status" ON "aanvraag" USING btree ("swv_id","status");--> statement-breakpoint
CREATE INDEX "aanvraag_voorziening" ON "aanvraag" USING btree ("voorziening_id");--> statement-breakpoint
CREATE UNIQUE INDEX "aanvraag_een_open" ON "aanvraag" USING btree ("leerling_id","voorziening_id") WHERE "aanvraag"."status" in ('wacht_op_ouders', 'bij_commissie');--> statement-breakpoint
CREATE INDEX "afspraak_contact_afspraak" ON "afspraak_contact" USING btree ("afspraak_id","datum");--> statement-breakpoint
CREATE INDEX "plaatsing_leerling" ON "plaatsing" USING btree ("leerling_id");--> statement-breakpoint
CREATE INDEX "plaatsing_voorziening" ON "plaatsing" USING btree ("voorziening_id","van");--> statement-breakpoint
CREATE UNIQUE INDEX "plaatsing_een_lopend" ON "plaatsing" USING btree ("leerling_id","voorziening_id") WHERE "plaatsing"."status" in ('gepland', 'wenperiode', 'geplaatst');--> statement-breakpoint
CREATE UNIQUE INDEX "stamschool_afspraak_plaatsing" ON "stamschool_afspraak" USING btree ("plaatsing_id");--> statement-breakpoint
CREATE INDEX "wachtlijst_voorziening" ON "wachtlijst_plaats" USING btree ("voorziening_id","status");--> statement-breakpoint
CREATE INDEX "wachtlijst_leerling" ON "wachtlijst_plaats" USING btree ("leerling_id");--> statement-breakpoint
CREATE UNIQUE INDEX "wachtlijst_een_wachtend" ON "wachtlijst_plaats" USING btree ("voorziening_id","leerling_id") WHERE "wachtlijst_plaats"."status" = 'wachtend';