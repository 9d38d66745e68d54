CREATE TABLE "casus_sluiting" (
	"casus_id" uuid PRIMARY KEY NOT NULL,
	"datum" date NOT NULL,
	"reden" text NOT NULL,
	"toelichting" text,
	"door" uuid NOT NULL,
	"vastgelegd" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "casus_sluiting" ADD CONSTRAINT "casus_sluiting_casus_id_casus_id_fk" FOREIGN KEY ("casus_id") REFERENCES "public"."casus"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "casus_sluiting" ADD CONSTRAINT "casus_sluiting_door_account_id_fk" FOREIGN KEY ("door") REFERENCES "public"."account"("id") ON DELETE no action ON UPDATE no action;