CREATE TYPE "public"."item_herkomst" AS ENUM('bron', 'eigen');--> statement-breakpoint
CREATE TYPE "public"."schaal_soort" AS ENUM('uitkomst', 'ervaren_impact');--> statement-breakpoint
CREATE TABLE "meting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vragenlijst_id" uuid NOT NULL,
	"nummer" integer NOT NULL,
	"naam" text NOT NULL,
	"van" date NOT NULL,
	"tot" date NOT NULL,
	"leerjaren" integer[] DEFAULT '{}' NOT NULL,
	CONSTRAINT "meting_nummer_1_2" CHECK ("meting"."nummer" between 1 and 2),
	CONSTRAINT "meting_periode" CHECK ("meting"."tot" >= "meting"."van")
);
--> statement-breakpoint
CREATE TABLE "monitor_antwoord" (
	"meting_id" uuid NOT NULL,
	"respondent_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"score" smallint NOT NULL,
	"gewijzigd" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitor_antwoord_meting_id_respondent_id_item_id_pk" PRIMARY KEY("meting_id","respondent_id","item_id"),
	CONSTRAINT "monitor_antwoord_likert" CHECK ("monitor_antwoord"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "monitor_bezwaar" (
	"leerling_id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"vastgelegd_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitor_respondent" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vragenlijst_id" uuid NOT NULL,
	"leerling_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitor_uitnodiging" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meting_id" uuid NOT NULL,
	"respondent_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"leerjaar" integer NOT NULL,
	"code_hash" text,
	"token_hash" text,
	"token_tot" timestamp with time zone,
	"gestart" timestamp with time zone,
	"afgerond" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "vragenlijst" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"swv_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"aangemaakt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vragenlijst_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vragenlijst_id" uuid NOT NULL,
	"schaal_id" uuid NOT NULL,
	"code" text NOT NULL,
	"tekst" text NOT NULL,
	"herkomst" "item_herkomst" NOT NULL,
	"bron" text,
	"omgepoold" boolean DEFAULT false NOT NULL,
	"volgorde" integer NOT NULL,
	CONSTRAINT "vragenlijst_item_bron" CHECK (("vragenlijst_item"."herkomst" = 'bron') = ("vragenlijst_item"."bron" is not null))
);
--> statement-breakpoint
CREATE TABLE "vragenlijst_schaal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vragenlijst_id" uuid NOT NULL,
	"code" text NOT NULL,
	"naam" text NOT NULL,
	"soort" "schaal_soort" NOT NULL,
	"actief" boolean DEFAULT true NOT NULL,
	"volgorde" integer NOT NULL,
	CONSTRAINT "vragenlijst_schaal_code_vorm" CHECK ("vragenlijst_schaal"."code" ~ '^[a-z][a-z0-9_]*$')
);
--> statement-breakpoint
ALTER TABLE "meting" ADD CONSTRAINT "meting_vragenlijst_id_vragenlijst_id_fk" FOREIGN KEY ("vragenlijst_id") REFERENCES "public"."vragenlijst"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_antwoord" ADD CONSTRAINT "monitor_antwoord_meting_id_meting_id_fk" FOREIGN KEY ("meting_id") REFERENCES "public"."meting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_antwoord" ADD CONSTRAINT "monitor_antwoord_respondent_id_monitor_respondent_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."monitor_respondent"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_antwoord" ADD CONSTRAINT "monitor_antwoord_item_id_vragenlijst_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."vragenlijst_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_bezwaar" ADD CONSTRAINT "monitor_bezwaar_leerling_id_leerling_id_fk" FOREIGN KEY ("leerling_id") REFERENCES "public"."leerling"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_bezwaar" ADD CONSTRAINT "monitor_bezwaar_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_respondent" ADD CONSTRAINT "monitor_respondent_vragenlijst_id_vragenlijst_id_fk" FOREIGN KEY ("vragenlijst_id") REFERENCES "public"."vragenlijst"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_respondent" ADD CONSTRAINT "monitor_respondent_leerling_id_leerling_id_fk" FOREIGN KEY ("leerling_id") REFERENCES "public"."leerling"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_uitnodiging" ADD CONSTRAINT "monitor_uitnodiging_meting_id_meting_id_fk" FOREIGN KEY ("meting_id") REFERENCES "public"."meting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_uitnodiging" ADD CONSTRAINT "monitor_uitnodiging_respondent_id_monitor_respondent_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."monitor_respondent"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_uitnodiging" ADD CONSTRAINT "monitor_uitnodiging_school_id_school_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."school"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vragenlijst" ADD CONSTRAINT "vragenlijst_swv_id_samenwerkingsverband_id_fk" FOREIGN KEY ("swv_id") REFERENCES "public"."samenwerkingsverband"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vragenlijst_item" ADD CONSTRAINT "vragenlijst_item_vragenlijst_id_vragenlijst_id_fk" FOREIGN KEY ("vragenlijst_id") REFERENCES "public"."vragenlijst"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vragenlijst_item" ADD CONSTRAINT "vragenlijst_item_schaal_id_vragenlijst_schaal_id_fk" FOREIGN KEY ("schaal_id") REFERENCES "public"."vragenlijst_schaal"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vragenlijst_schaal" ADD CONSTRAINT "vragenlijst_schaal_vragenlijst_id_vragenlijst_id_fk" FOREIGN KEY ("vragenlijst_id") REFERENCES "public"."vragenlijst"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "meting_nummer" ON "meting" USING btree ("vragenlijst_id","nummer");--> statement-breakpoint
CREATE UNIQUE INDEX "monitor_respondent_leerling" ON "monitor_respondent" USING btree ("vragenlijst_id","leerling_id");--> statement-breakpoint
CREATE UNIQUE INDEX "monitor_uitnodiging_respondent" ON "monitor_uitnodiging" USING btree ("meting_id","respondent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "monitor_uitnodiging_code" ON "monitor_uitnodiging" USING btree ("code_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "monitor_uitnodiging_token" ON "monitor_uitnodiging" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "monitor_uitnodiging_school" ON "monitor_uitnodiging" USING btree ("meting_id","school_id");--> statement-breakpoint
CREATE INDEX "vragenlijst_swv" ON "vragenlijst" USING btree ("swv_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vragenlijst_item_code" ON "vragenlijst_item" USING btree ("vragenlijst_id","code");--> statement-breakpoint
CREATE INDEX "vragenlijst_item_schaal" ON "vragenlijst_item" USING btree ("schaal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vragenlijst_schaal_code" ON "vragenlijst_schaal" USING btree ("vragenlijst_id","code");