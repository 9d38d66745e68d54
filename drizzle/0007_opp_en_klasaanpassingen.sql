CREATE TYPE "public"."klasaanpassing_soort" AS ENUM('compacten', 'verrijken', 'versnellen');--> statement-breakpoint
CREATE TYPE "public"."opp_evaluatie_uitkomst" AS ENUM('verlengd', 'aangepast', 'afgesloten');--> statement-breakpoint
CREATE TYPE "public"."opp_inbreng_soort" AS ENUM('ouder', 'leerling');--> statement-breakpoint
CREATE TYPE "public"."instemming_besluit" AS ENUM('ingestemd', 'niet_ingestemd');--> statement-breakpoint
CREATE TABLE "klasaanpassing" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"leerling_id" uuid NOT NULL,
	"soort" "klasaanpassing_soort" NOT NULL,
	"vak" text NOT NULL,
	"planning" text NOT NULL,
	"doelen" text NOT NULL,
	"als_werk_af" text NOT NULL,
	"regie" text NOT NULL,
	"van" date NOT NULL,
	"tot" date,
	"overdracht" text,
	"door" uuid NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "klasaanpassing_planning" CHECK ("klasaanpassing"."planning" in ('weektaak', 'periodeplanning')),
	CONSTRAINT "klasaanpassing_periode" CHECK ("klasaanpassing"."tot" is null or "klasaanpassing"."tot" >= "klasaanpassing"."van")
);
--> statement-breakpoint
CREATE TABLE "opp" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"leerling_id" uuid NOT NULL,
	"school_id" uuid,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	"afgesloten" date,
	"van_opp_id" uuid
);
--> statement-breakpoint
CREATE TABLE "opp_evaluatie" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"opp_id" uuid NOT NULL,
	"gepland" date NOT NULL,
	"met_ouders" boolean NOT NULL,
	"gehouden" date,
	"versie" integer,
	"deelnemers" text[],
	"notities" text,
	"doelen" jsonb,
	"uitkomst" "opp_evaluatie_uitkomst",
	"door" uuid NOT NULL,
	"vastgelegd_door" uuid,
	CONSTRAINT "opp_evaluatie_verslag" CHECK (("opp_evaluatie"."gehouden" is null) = ("opp_evaluatie"."uitkomst" is null) and ("opp_evaluatie"."gehouden" is null) = ("opp_evaluatie"."doelen" is null))
);
--> statement-breakpoint
CREATE TABLE "opp_inbreng" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"opp_id" uuid NOT NULL,
	"versie" integer NOT NULL,
	"soort" "opp_inbreng_soort" NOT NULL,
	"door" uuid NOT NULL,
	"tekst" text NOT NULL,
	"tijdstip" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opp_instemming" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"versie_id" uuid NOT NULL,
	"ouder_id" uuid NOT NULL,
	"besluit" "instemming_besluit" NOT NULL,
	"toelichting" text,
	"tijdstip" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opp_overdracht" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"opp_id" uuid NOT NULL,
	"ouder_id" uuid NOT NULL,
	"tijdstip" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opp_versie" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"opp_id" uuid NOT NULL,
	"versie" integer NOT NULL,
	"inhoud" jsonb NOT NULL,
	"toelichting" text NOT NULL,
	"door" uuid NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opp_versie_positief" CHECK ("opp_versie"."versie" >= 1)
);
--> statement-breakpoint
ALTER TABLE "klasaanpassing" ADD CONSTRAINT "klasaanpassing_leerling_id_leerling_id_fk" FOREIGN KEY ("leerling_id") REFERENCES "public"."leerling"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klasaanpassing" ADD CONSTRAINT "klasaanpassing_door_account_id_fk" FOREIGN KEY ("door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opp" ADD CONSTRAINT "opp_leerling_id_leerling_id_fk" FOREIGN KEY ("leerling_id") REFERENCES "public"."leerling"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opp" ADD CONSTRAINT "opp_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opp" ADD CONSTRAINT "opp_van_opp_id_opp_id_fk" FOREIGN KEY ("van_opp_id") REFERENCES "public"."opp"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opp_evaluatie" ADD CONSTRAINT "opp_evaluatie_opp_id_opp_id_fk" FOREIGN KEY ("opp_id") REFERENCES "public"."opp"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opp_evaluatie" ADD CONSTRAINT "opp_evaluatie_door_account_id_fk" FOREIGN KEY ("door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opp_evaluatie" ADD CONSTRAINT "opp_evaluatie_vastgelegd_door_account_id_fk" FOREIGN KEY ("vastgelegd_door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opp_inbreng" ADD CONSTRAINT "opp_inbreng_opp_id_opp_id_fk" FOREIGN KEY ("opp_id") REFERENCES "public"."opp"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opp_inbreng" ADD CONSTRAINT "opp_inbreng_door_account_id_fk" FOREIGN KEY ("door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opp_instemming" ADD CONSTRAINT "opp_instemming_versie_id_opp_versie_id_fk" FOREIGN KEY ("versie_id") REFERENCES "public"."opp_versie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opp_instemming" ADD CONSTRAINT "opp_instemming_ouder_id_account_id_fk" FOREIGN KEY ("ouder_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opp_overdracht" ADD CONSTRAINT "opp_overdracht_opp_id_opp_id_fk" FOREIGN KEY ("opp_id") REFERENCES "public"."opp"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opp_overdracht" ADD CONSTRAINT "opp_overdracht_ouder_id_account_id_fk" FOREIGN KEY ("ouder_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opp_versie" ADD CONSTRAINT "opp_versie_opp_id_opp_id_fk" FOREIGN KEY ("opp_id") REFERENCES "public"."opp"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opp_versie" ADD CONSTRAINT "opp_versie_door_account_id_fk" FOREIGN KEY ("door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "klasaanpassing_leerling" ON "klasaanpassing" USING btree ("leerling_id");--> statement-breakpoint
CREATE UNIQUE INDEX "opp_een_open_per_leerling" ON "opp" USING btree ("leerling_id") WHERE "opp"."afgesloten" is null;--> statement-breakpoint
CREATE INDEX "opp_evaluatie_opp" ON "opp_evaluatie" USING btree ("opp_id");--> statement-breakpoint
CREATE INDEX "opp_inbreng_opp" ON "opp_inbreng" USING btree ("opp_id");--> statement-breakpoint
CREATE INDEX "opp_instemming_versie" ON "opp_instemming" USING btree ("versie_id");--> statement-breakpoint
CREATE INDEX "opp_overdracht_opp" ON "opp_overdracht" USING btree ("opp_id");--> statement-breakpoint
CREATE UNIQUE INDEX "opp_versie_nummer" ON "opp_versie" USING btree ("opp_id","versie");