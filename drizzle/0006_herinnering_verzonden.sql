CREATE TABLE "herinnering_verzonden" (
	"sleutel" text PRIMARY KEY NOT NULL,
	"soort" text NOT NULL,
	"leerling_id" uuid,
	"aan" text[] NOT NULL,
	"verzonden_op" timestamp with time zone DEFAULT now() NOT NULL
);
