CREATE TABLE "portfolio" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"leerling_id" uuid NOT NULL,
	"schooljaar" integer NOT NULL,
	"periode" integer NOT NULL,
	"vaardigheden" jsonb,
	"leerling_terugblik" text,
	"leerling_op" timestamp with time zone,
	"leraar_evaluatie" text,
	"nieuwe_doelen" text,
	"met_ouders" boolean,
	"leraar_id" uuid,
	"leraar_op" timestamp with time zone,
	CONSTRAINT "portfolio_periode" CHECK ("portfolio"."periode" in (1, 2))
);
--> statement-breakpoint
ALTER TABLE "portfolio" ADD CONSTRAINT "portfolio_leerling_id_leerling_id_fk" FOREIGN KEY ("leerling_id") REFERENCES "public"."leerling"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio" ADD CONSTRAINT "portfolio_leraar_id_account_id_fk" FOREIGN KEY ("leraar_id") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "portfolio_per_halfjaar" ON "portfolio" USING btree ("leerling_id","schooljaar","periode");