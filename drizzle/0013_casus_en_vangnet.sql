CREATE TYPE "public"."casus_soort" AS ENUM('complex', 'dubbel_bijzonder', 'thuiszitter', 'onderwijs_zorgarrangement');--> statement-breakpoint
CREATE TYPE "public"."betrokkene_rol" AS ENUM('school', 'ouder', 'leerling', 'zorgverlener', 'leerplichtambtenaar', 'procesbegeleider');--> statement-breakpoint
CREATE TYPE "public"."instroom_fase" AS ENUM('leefbaar', 'schoolbaar', 'toetsbaar');--> statement-breakpoint
CREATE TYPE "public"."interventie_soort" AS ENUM('coachingsgesprekken', 'aanpassingen_in_de_klas', 'therapie', 'training', 'anders');--> statement-breakpoint
CREATE TYPE "public"."perspectief" AS ENUM('ouder', 'leerling', 'professional');--> statement-breakpoint
CREATE TYPE "public"."opvang_soort" AS ENUM('huiskamer', 'zorgboerderij', 'anders');--> statement-breakpoint
CREATE TYPE "public"."vangnet_plan" AS ENUM('context_versterken', 'school_in_de_buurt');--> statement-breakpoint
ALTER TYPE "public"."functie_soort" ADD VALUE 'zorgverlener';--> statement-breakpoint
ALTER TYPE "public"."functie_soort" ADD VALUE 'leerplichtambtenaar';--> statement-breakpoint
ALTER TYPE "public"."functie_soort" ADD VALUE 'procesbegeleider';--> statement-breakpoint
CREATE TABLE "casus_actie" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"casus_id" uuid NOT NULL,
	"overleg_id" uuid,
	"omschrijving" text NOT NULL,
	"eigenaar_id" uuid,
	"eigenaar_naam" text NOT NULL,
	"uiterlijk" date NOT NULL,
	"opp_doel" text,
	"afgerond" date,
	"afgerond_door" uuid,
	CONSTRAINT "casus_actie_afgerond" CHECK (("casus_actie"."afgerond" is null) = ("casus_actie"."afgerond_door" is null))
);
--> statement-breakpoint
CREATE TABLE "casus_betrokkene" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"casus_id" uuid NOT NULL,
	"rol" "betrokkene_rol" NOT NULL,
	"account_id" uuid,
	"naam" text NOT NULL,
	"organisatie" text,
	"van" date NOT NULL,
	"tot" date,
	CONSTRAINT "casus_betrokkene_periode" CHECK ("casus_betrokkene"."tot" is null or "casus_betrokkene"."tot" >= "casus_betrokkene"."van")
);
--> statement-breakpoint
CREATE TABLE "casus_fase" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"casus_id" uuid NOT NULL,
	"fase" "instroom_fase" NOT NULL,
	"van" date NOT NULL,
	"tot" date,
	"voorwaarden" jsonb NOT NULL,
	"jeugdhulp" text,
	"override_reden" text,
	"door" uuid NOT NULL,
	CONSTRAINT "casus_fase_periode" CHECK ("casus_fase"."tot" is null or "casus_fase"."tot" >= "casus_fase"."van")
);
--> statement-breakpoint
CREATE TABLE "casus_overleg" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"casus_id" uuid NOT NULL,
	"datum" date NOT NULL,
	"agenda" text[] NOT NULL,
	"verslag" text NOT NULL,
	"besluiten" text[] NOT NULL,
	"volgend_overleg" date,
	"gedeeld" timestamp with time zone,
	"door" uuid NOT NULL,
	"vastgelegd" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "casus_overleg_volgend" CHECK ("casus_overleg"."volgend_overleg" is null or "casus_overleg"."volgend_overleg" > "casus_overleg"."datum")
);
--> statement-breakpoint
CREATE TABLE "fase_voorwaarde" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"swv_id" uuid NOT NULL,
	"fase" "instroom_fase" NOT NULL,
	"volgorde" integer NOT NULL,
	"tekst" text NOT NULL,
	"actief" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interventie" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"casus_id" uuid NOT NULL,
	"soort" "interventie_soort" NOT NULL,
	"omschrijving" text,
	"aanbieder" text NOT NULL,
	"van" date NOT NULL,
	"tot" date,
	"doel" text NOT NULL,
	"door" uuid NOT NULL,
	CONSTRAINT "interventie_periode" CHECK ("interventie"."tot" is null or "interventie"."tot" >= "interventie"."van")
);
--> statement-breakpoint
CREATE TABLE "interventie_ervaring" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interventie_id" uuid NOT NULL,
	"perspectief" "perspectief" NOT NULL,
	"factoren" jsonb NOT NULL,
	"toelichting" text,
	"door" uuid NOT NULL,
	"datum" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "overleg_deelnemer" (
	"overleg_id" uuid NOT NULL,
	"volgorde" integer NOT NULL,
	"account_id" uuid,
	"naam" text NOT NULL,
	"rol" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vangnet" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"casus_id" uuid NOT NULL,
	"stamschool_id" uuid NOT NULL,
	"uitval" date NOT NULL,
	"contact" date,
	"contact_persoon" text,
	"contact_verslag" text,
	"intake" date,
	"intake_verslag" text,
	"opvang_start" date,
	"opvang_soort" "opvang_soort",
	"opvang_aanbieder" text,
	"plan" "vangnet_plan",
	"plan_toelichting" text,
	"leerplicht_geinformeerd" date,
	"leerplichtambtenaar" text,
	"herintreding" date,
	"herintreding_school_id" uuid,
	"herintreding_toelichting" text,
	"door" uuid NOT NULL,
	"vastgelegd" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vangnet_contact_eerst" CHECK ("vangnet"."contact" is not null or ("vangnet"."intake" is null and "vangnet"."opvang_start" is null and "vangnet"."plan" is null and "vangnet"."herintreding" is null)),
	CONSTRAINT "vangnet_volgorde" CHECK (("vangnet"."intake" is null or "vangnet"."intake" >= "vangnet"."uitval") and ("vangnet"."opvang_start" is null or "vangnet"."opvang_start" >= "vangnet"."uitval") and ("vangnet"."herintreding" is null or "vangnet"."herintreding" >= "vangnet"."uitval")),
	CONSTRAINT "vangnet_opvang" CHECK (("vangnet"."opvang_start" is null) = ("vangnet"."opvang_soort" is null))
);
--> statement-breakpoint
CREATE TABLE "vangnet_afspraken" (
	"swv_id" uuid PRIMARY KEY NOT NULL,
	"tekst" text NOT NULL,
	"bijgewerkt" timestamp with time zone DEFAULT now() NOT NULL,
	"door" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "casus" ADD COLUMN "soort" "casus_soort" DEFAULT 'complex' NOT NULL;--> statement-breakpoint
ALTER TABLE "casus" ADD COLUMN "groeidoel" text;--> statement-breakpoint
ALTER TABLE "casus_actie" ADD CONSTRAINT "casus_actie_casus_id_casus_id_fk" FOREIGN KEY ("casus_id") REFERENCES "public"."casus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casus_actie" ADD CONSTRAINT "casus_actie_overleg_id_casus_overleg_id_fk" FOREIGN KEY ("overleg_id") REFERENCES "public"."casus_overleg"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casus_actie" ADD CONSTRAINT "casus_actie_eigenaar_id_account_id_fk" FOREIGN KEY ("eigenaar_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casus_actie" ADD CONSTRAINT "casus_actie_afgerond_door_account_id_fk" FOREIGN KEY ("afgerond_door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casus_betrokkene" ADD CONSTRAINT "casus_betrokkene_casus_id_casus_id_fk" FOREIGN KEY ("casus_id") REFERENCES "public"."casus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casus_betrokkene" ADD CONSTRAINT "casus_betrokkene_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casus_fase" ADD CONSTRAINT "casus_fase_casus_id_casus_id_fk" FOREIGN KEY ("casus_id") REFERENCES "public"."casus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casus_fase" ADD CONSTRAINT "casus_fase_door_account_id_fk" FOREIGN KEY ("door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casus_overleg" ADD CONSTRAINT "casus_overleg_casus_id_casus_id_fk" FOREIGN KEY ("casus_id") REFERENCES "public"."casus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casus_overleg" ADD CONSTRAINT "casus_overleg_door_account_id_fk" FOREIGN KEY ("door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fase_voorwaarde" ADD CONSTRAINT "fase_voorwaarde_swv_id_samenwerkingsverband_id_fk" FOREIGN KEY ("swv_id") REFERENCES "public"."samenwerkingsverband"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interventie" ADD CONSTRAINT "interventie_casus_id_casus_id_fk" FOREIGN KEY ("casus_id") REFERENCES "public"."casus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interventie" ADD CONSTRAINT "interventie_door_account_id_fk" FOREIGN KEY ("door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interventie_ervaring" ADD CONSTRAINT "interventie_ervaring_interventie_id_interventie_id_fk" FOREIGN KEY ("interventie_id") REFERENCES "public"."interventie"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interventie_ervaring" ADD CONSTRAINT "interventie_ervaring_door_account_id_fk" FOREIGN KEY ("door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overleg_deelnemer" ADD CONSTRAINT "overleg_deelnemer_overleg_id_casus_overleg_id_fk" FOREIGN KEY ("overleg_id") REFERENCES "public"."casus_overleg"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "overleg_deelnemer" ADD CONSTRAINT "overleg_deelnemer_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vangnet" ADD CONSTRAINT "vangnet_casus_id_casus_id_fk" FOREIGN KEY ("casus_id") REFERENCES "public"."casus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vangnet" ADD CONSTRAINT "vangnet_stamschool_id_school_id_fk" FOREIGN KEY ("stamschool_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vangnet" ADD CONSTRAINT "vangnet_herintreding_school_id_school_id_fk" FOREIGN KEY ("herintreding_school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vangnet" ADD CONSTRAINT "vangnet_door_account_id_fk" FOREIGN KEY ("door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vangnet_afspraken" ADD CONSTRAINT "vangnet_afspraken_swv_id_samenwerkingsverband_id_fk" FOREIGN KEY ("swv_id") REFERENCES "public"."samenwerkingsverband"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vangnet_afspraken" ADD CONSTRAINT "vangnet_afspraken_door_account_id_fk" FOREIGN KEY ("door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "casus_actie_casus" ON "casus_actie" USING btree ("casus_id");--> statement-breakpoint
CREATE INDEX "casus_actie_open" ON "casus_actie" USING btree ("eigenaar_id","uiterlijk") WHERE "casus_actie"."afgerond" is null;--> statement-breakpoint
CREATE INDEX "casus_betrokkene_casus" ON "casus_betrokkene" USING btree ("casus_id");--> statement-breakpoint
CREATE INDEX "casus_betrokkene_account" ON "casus_betrokkene" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "casus_betrokkene_een_keer" ON "casus_betrokkene" USING btree ("casus_id","account_id") WHERE "casus_betrokkene"."tot" is null and "casus_betrokkene"."account_id" is not null;--> statement-breakpoint
CREATE INDEX "casus_fase_casus" ON "casus_fase" USING btree ("casus_id");--> statement-breakpoint
CREATE UNIQUE INDEX "casus_fase_een_open" ON "casus_fase" USING btree ("casus_id") WHERE "casus_fase"."tot" is null;--> statement-breakpoint
CREATE INDEX "casus_overleg_casus" ON "casus_overleg" USING btree ("casus_id","datum");--> statement-breakpoint
CREATE UNIQUE INDEX "fase_voorwaarde_volgorde" ON "fase_voorwaarde" USING btree ("swv_id","fase","volgorde");--> statement-breakpoint
CREATE INDEX "interventie_casus" ON "interventie" USING btree ("casus_id");--> statement-breakpoint
CREATE INDEX "interventie_ervaring_interventie" ON "interventie_ervaring" USING btree ("interventie_id");--> statement-breakpoint
CREATE UNIQUE INDEX "overleg_deelnemer_pk" ON "overleg_deelnemer" USING btree ("overleg_id","volgorde");--> statement-breakpoint
CREATE INDEX "overleg_deelnemer_account" ON "overleg_deelnemer" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vangnet_een_open" ON "vangnet" USING btree ("casus_id") WHERE "vangnet"."herintreding" is null;