CREATE TYPE "public"."benchmark_kind" AS ENUM('industry_average', 'top_quartile', 'competitor', 'internal_best_practice');--> statement-breakpoint
CREATE TABLE "benchmarks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"kind" "benchmark_kind" NOT NULL,
	"competitor_name" text DEFAULT '' NOT NULL,
	"value" double precision NOT NULL,
	"as_of" date NOT NULL,
	"period_label" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"source_url" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benchmarks_workspace_id_key" UNIQUE("workspace_id","id"),
	CONSTRAINT "benchmarks_measure_id_key" UNIQUE("workspace_id","measure_id","id"),
	CONSTRAINT "benchmarks_competitor_name" CHECK (("benchmarks"."kind" = 'competitor') = ("benchmarks"."competitor_name" <> ''))
);
--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "reference_benchmark_id" uuid;--> statement-breakpoint
ALTER TABLE "benchmarks" ADD CONSTRAINT "benchmarks_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmarks" ADD CONSTRAINT "benchmarks_measure_fk" FOREIGN KEY ("workspace_id","measure_id") REFERENCES "public"."measures"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "benchmarks_measure_idx" ON "benchmarks" USING btree ("workspace_id","measure_id","as_of");--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_reference_benchmark_fk" FOREIGN KEY ("workspace_id","id","reference_benchmark_id") REFERENCES "public"."benchmarks"("workspace_id","measure_id","id") ON DELETE no action ON UPDATE no action;