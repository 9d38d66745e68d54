CREATE TYPE "public"."functie_soort" AS ENUM('leraar', 'ib', 'specialist', 'casemanager', 'commissielid', 'swv_medewerker', 'privacy_officer', 'functioneel_beheerder');--> statement-breakpoint
CREATE TYPE "public"."geslacht" AS ENUM('m', 'v', 'x');--> statement-breakpoint
CREATE TYPE "public"."opleiding_ouders" AS ENUM('laag', 'midden', 'hoog', 'onbekend');--> statement-breakpoint
CREATE TYPE "public"."ouder_relatie" AS ENUM('ouder', 'verzorger');--> statement-breakpoint
CREATE TYPE "public"."school_soort" AS ENUM('po', 'vo', 'so');--> statement-breakpoint
CREATE TYPE "public"."sector" AS ENUM('po', 'vo');--> statement-breakpoint
CREATE TYPE "public"."thuistaal" AS ENUM('nl', 'anders', 'onbekend');--> statement-breakpoint
CREATE TYPE "public"."account_soort" AS ENUM('medewerker', 'ouder', 'leerling');--> statement-breakpoint
CREATE TABLE "bestuur" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"naam" text NOT NULL,
	"bestuursnummer" text NOT NULL,
	CONSTRAINT "bestuur_bestuursnummer_unique" UNIQUE("bestuursnummer")
);
--> statement-breakpoint
CREATE TABLE "casus" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"leerling_id" uuid NOT NULL,
	"casemanager_id" uuid NOT NULL,
	"geopend" date NOT NULL,
	"gesloten" date
);
--> statement-breakpoint
CREATE TABLE "functie" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"soort" "functie_soort" NOT NULL,
	"school_id" uuid,
	"bestuur_id" uuid,
	"swv_id" uuid,
	"van" date NOT NULL,
	"tot" date,
	CONSTRAINT "functie_een_bereik" CHECK (num_nonnulls("functie"."school_id", "functie"."bestuur_id", "functie"."swv_id") <= 1),
	CONSTRAINT "functie_ib_op_school" CHECK ("functie"."soort" <> 'ib' or "functie"."school_id" is not null),
	CONSTRAINT "functie_periode" CHECK ("functie"."tot" is null or "functie"."tot" >= "functie"."van")
);
--> statement-breakpoint
CREATE TABLE "groep" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"schooljaar" integer NOT NULL,
	"naam" text NOT NULL,
	"leerjaar" integer NOT NULL,
	CONSTRAINT "groep_leerjaar" CHECK ("groep"."leerjaar" between 1 and 8)
);
--> statement-breakpoint
CREATE TABLE "groep_leerling" (
	"groep_id" uuid NOT NULL,
	"leerling_id" uuid NOT NULL,
	CONSTRAINT "groep_leerling_groep_id_leerling_id_pk" PRIMARY KEY("groep_id","leerling_id")
);
--> statement-breakpoint
CREATE TABLE "groep_leraar" (
	"groep_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	CONSTRAINT "groep_leraar_groep_id_account_id_pk" PRIMARY KEY("groep_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "inschrijving" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"leerling_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"van" date NOT NULL,
	"tot" date,
	CONSTRAINT "inschrijving_periode" CHECK ("inschrijving"."tot" is null or "inschrijving"."tot" >= "inschrijving"."van")
);
--> statement-breakpoint
CREATE TABLE "leerling" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"voornaam" text NOT NULL,
	"tussenvoegsel" text,
	"achternaam" text NOT NULL,
	"geboortedatum" date NOT NULL,
	"geslacht" "geslacht" NOT NULL,
	"zoeknaam" text GENERATED ALWAYS AS (lower(voornaam || ' ' || coalesce(tussenvoegsel || ' ', '') || achternaam)) STORED
);
--> statement-breakpoint
CREATE TABLE "lokale_tafel" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"swv_id" uuid NOT NULL,
	"naam" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_kenmerk" (
	"leerling_id" uuid PRIMARY KEY NOT NULL,
	"opleiding_ouders" "opleiding_ouders" DEFAULT 'onbekend' NOT NULL,
	"thuistaal" "thuistaal" DEFAULT 'onbekend' NOT NULL,
	"vastgelegd_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ouder_kind" (
	"account_id" uuid NOT NULL,
	"leerling_id" uuid NOT NULL,
	"relatie" "ouder_relatie" DEFAULT 'ouder' NOT NULL,
	CONSTRAINT "ouder_kind_account_id_leerling_id_pk" PRIMARY KEY("account_id","leerling_id")
);
--> statement-breakpoint
CREATE TABLE "samenwerkingsverband" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"naam" text NOT NULL,
	"sector" "sector" NOT NULL,
	CONSTRAINT "samenwerkingsverband_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "school" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"brin" text NOT NULL,
	"vestiging" text NOT NULL,
	"naam" text NOT NULL,
	"soort" "school_soort" NOT NULL,
	"gemeente" text NOT NULL,
	"bestuur_id" uuid NOT NULL,
	"swv_id" uuid NOT NULL,
	"lokale_tafel_id" uuid,
	CONSTRAINT "school_brin_vorm" CHECK ("school"."brin" ~ '^[0-9]{2}[A-Z]{2}$'),
	CONSTRAINT "school_vestiging_vorm" CHECK ("school"."vestiging" ~ '^[0-9]{2}$')
);
--> statement-breakpoint
CREATE TABLE "account" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"naam" text NOT NULL,
	"soort" "account_soort" NOT NULL,
	"wachtwoord_hash" text,
	"leerling_id" uuid,
	"totp_geheim" text,
	"totp_actief_sinds" timestamp with time zone,
	"mislukte_logins" integer DEFAULT 0 NOT NULL,
	"geblokkeerd_tot" timestamp with time zone,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_email_klein" CHECK ("account"."email" = lower("account"."email")),
	CONSTRAINT "account_leerling_soort" CHECK (("account"."soort" = 'leerling') = ("account"."leerling_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "herstelcode" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"gebruikt_op" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sessie" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"volledig" boolean NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tijdstip" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_naam" text NOT NULL,
	"actie" text NOT NULL,
	"leerling_id" uuid,
	"bron" text NOT NULL,
	"route" text NOT NULL,
	"ip" text NOT NULL,
	"reden" text,
	"details" jsonb
);
--> statement-breakpoint
ALTER TABLE "casus" ADD CONSTRAINT "casus_leerling_id_leerling_id_fk" FOREIGN KEY ("leerling_id") REFERENCES "public"."leerling"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casus" ADD CONSTRAINT "casus_casemanager_id_account_id_fk" FOREIGN KEY ("casemanager_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "functie" ADD CONSTRAINT "functie_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "functie" ADD CONSTRAINT "functie_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "functie" ADD CONSTRAINT "functie_bestuur_id_bestuur_id_fk" FOREIGN KEY ("bestuur_id") REFERENCES "public"."bestuur"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "functie" ADD CONSTRAINT "functie_swv_id_samenwerkingsverband_id_fk" FOREIGN KEY ("swv_id") REFERENCES "public"."samenwerkingsverband"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groep" ADD CONSTRAINT "groep_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groep_leerling" ADD CONSTRAINT "groep_leerling_groep_id_groep_id_fk" FOREIGN KEY ("groep_id") REFERENCES "public"."groep"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groep_leerling" ADD CONSTRAINT "groep_leerling_leerling_id_leerling_id_fk" FOREIGN KEY ("leerling_id") REFERENCES "public"."leerling"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groep_leraar" ADD CONSTRAINT "groep_leraar_groep_id_groep_id_fk" FOREIGN KEY ("groep_id") REFERENCES "public"."groep"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groep_leraar" ADD CONSTRAINT "groep_leraar_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inschrijving" ADD CONSTRAINT "inschrijving_leerling_id_leerling_id_fk" FOREIGN KEY ("leerling_id") REFERENCES "public"."leerling"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inschrijving" ADD CONSTRAINT "inschrijving_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lokale_tafel" ADD CONSTRAINT "lokale_tafel_swv_id_samenwerkingsverband_id_fk" FOREIGN KEY ("swv_id") REFERENCES "public"."samenwerkingsverband"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_kenmerk" ADD CONSTRAINT "monitoring_kenmerk_leerling_id_leerling_id_fk" FOREIGN KEY ("leerling_id") REFERENCES "public"."leerling"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ouder_kind" ADD CONSTRAINT "ouder_kind_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ouder_kind" ADD CONSTRAINT "ouder_kind_leerling_id_leerling_id_fk" FOREIGN KEY ("leerling_id") REFERENCES "public"."leerling"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school" ADD CONSTRAINT "school_bestuur_id_bestuur_id_fk" FOREIGN KEY ("bestuur_id") REFERENCES "public"."bestuur"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school" ADD CONSTRAINT "school_swv_id_samenwerkingsverband_id_fk" FOREIGN KEY ("swv_id") REFERENCES "public"."samenwerkingsverband"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school" ADD CONSTRAINT "school_lokale_tafel_id_lokale_tafel_id_fk" FOREIGN KEY ("lokale_tafel_id") REFERENCES "public"."lokale_tafel"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_leerling_id_leerling_id_fk" FOREIGN KEY ("leerling_id") REFERENCES "public"."leerling"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "herstelcode" ADD CONSTRAINT "herstelcode_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessie" ADD CONSTRAINT "sessie_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "casus_casemanager" ON "casus" USING btree ("casemanager_id");--> statement-breakpoint
CREATE UNIQUE INDEX "casus_een_open" ON "casus" USING btree ("leerling_id") WHERE "casus"."gesloten" is null;--> statement-breakpoint
CREATE INDEX "functie_account" ON "functie" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "groep_school_jaar_naam" ON "groep" USING btree ("school_id","schooljaar","naam");--> statement-breakpoint
CREATE INDEX "groep_leerling_leerling" ON "groep_leerling" USING btree ("leerling_id");--> statement-breakpoint
CREATE INDEX "groep_leraar_account" ON "groep_leraar" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "inschrijving_een_open" ON "inschrijving" USING btree ("leerling_id") WHERE "inschrijving"."tot" is null;--> statement-breakpoint
CREATE INDEX "inschrijving_school" ON "inschrijving" USING btree ("school_id","leerling_id");--> statement-breakpoint
CREATE INDEX "leerling_achternaam" ON "leerling" USING btree ("achternaam");--> statement-breakpoint
CREATE INDEX "ouder_kind_leerling" ON "ouder_kind" USING btree ("leerling_id");--> statement-breakpoint
CREATE UNIQUE INDEX "school_brin_vestiging" ON "school" USING btree ("brin","vestiging");--> statement-breakpoint
CREATE INDEX "school_swv" ON "school" USING btree ("swv_id");--> statement-breakpoint
CREATE UNIQUE INDEX "account_email" ON "account" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "account_leerling" ON "account" USING btree ("leerling_id");--> statement-breakpoint
CREATE INDEX "herstelcode_account" ON "herstelcode" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "sessie_account" ON "sessie" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "audit_leerling_tijd" ON "audit_log" USING btree ("leerling_id","tijdstip");--> statement-breakpoint
CREATE INDEX "audit_actor_tijd" ON "audit_log" USING btree ("actor_id","tijdstip");--> statement-breakpoint
CREATE INDEX "audit_tijd" ON "audit_log" USING btree ("tijdstip");