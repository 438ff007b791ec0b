CREATE TYPE "public"."benchmark_kind" AS ENUM('industry_average', 'top_quartile', 'competitor', 'internal_best_practice');--> statement-breakpoint
CREATE TYPE "public"."canvas_block" AS ENUM('key_partners', 'key_activities', 'key_resources', 'value_propositions', 'customer_relationships', 'channels', 'customer_segments', 'cost_structure', 'revenue_streams');--> statement-breakpoint
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
CREATE TABLE "canvas_note_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"note_id" uuid NOT NULL,
	"touchpoint_id" uuid,
	"persona_id" uuid,
	"touchpoint_item_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "canvas_note_links_touchpoint_key" UNIQUE("note_id","touchpoint_id"),
	CONSTRAINT "canvas_note_links_persona_key" UNIQUE("note_id","persona_id"),
	CONSTRAINT "canvas_note_links_item_key" UNIQUE("note_id","touchpoint_item_id"),
	CONSTRAINT "canvas_note_links_one_target" CHECK (num_nonnulls("canvas_note_links"."touchpoint_id", "canvas_note_links"."persona_id", "canvas_note_links"."touchpoint_item_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "canvas_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"canvas_id" uuid NOT NULL,
	"block" "canvas_block" NOT NULL,
	"text" text NOT NULL,
	"color" text DEFAULT 'yellow' NOT NULL,
	"position" integer NOT NULL,
	"origin_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "canvas_notes_workspace_id_key" UNIQUE("workspace_id","id"),
	CONSTRAINT "canvas_notes_text_length" CHECK (char_length("canvas_notes"."text") between 1 and 280)
);
--> statement-breakpoint
CREATE TABLE "canvases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "canvases_workspace_id_key" UNIQUE("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "measures" ADD COLUMN "reference_benchmark_id" uuid;--> statement-breakpoint
ALTER TABLE "benchmarks" ADD CONSTRAINT "benchmarks_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmarks" ADD CONSTRAINT "benchmarks_measure_fk" FOREIGN KEY ("workspace_id","measure_id") REFERENCES "public"."measures"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "canvas_note_links" ADD CONSTRAINT "canvas_note_links_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "canvas_note_links" ADD CONSTRAINT "canvas_note_links_note_fk" FOREIGN KEY ("workspace_id","note_id") REFERENCES "public"."canvas_notes"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "canvas_note_links" ADD CONSTRAINT "canvas_note_links_touchpoint_fk" FOREIGN KEY ("workspace_id","touchpoint_id") REFERENCES "public"."touchpoints"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "canvas_note_links" ADD CONSTRAINT "canvas_note_links_persona_fk" FOREIGN KEY ("workspace_id","persona_id") REFERENCES "public"."personas"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "canvas_note_links" ADD CONSTRAINT "canvas_note_links_item_fk" FOREIGN KEY ("workspace_id","touchpoint_item_id") REFERENCES "public"."touchpoint_items"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "canvas_notes" ADD CONSTRAINT "canvas_notes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "canvas_notes" ADD CONSTRAINT "canvas_notes_canvas_fk" FOREIGN KEY ("workspace_id","canvas_id") REFERENCES "public"."canvases"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "canvases" ADD CONSTRAINT "canvases_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "benchmarks_measure_idx" ON "benchmarks" USING btree ("workspace_id","measure_id","as_of");--> statement-breakpoint
CREATE INDEX "canvas_note_links_note_idx" ON "canvas_note_links" USING btree ("workspace_id","note_id");--> statement-breakpoint
CREATE INDEX "canvas_note_links_touchpoint_idx" ON "canvas_note_links" USING btree ("workspace_id","touchpoint_id");--> statement-breakpoint
CREATE INDEX "canvas_note_links_persona_idx" ON "canvas_note_links" USING btree ("workspace_id","persona_id");--> statement-breakpoint
CREATE INDEX "canvas_note_links_item_idx" ON "canvas_note_links" USING btree ("workspace_id","touchpoint_item_id");--> statement-breakpoint
CREATE INDEX "canvas_notes_canvas_idx" ON "canvas_notes" USING btree ("workspace_id","canvas_id","block","position");--> statement-breakpoint
CREATE INDEX "canvases_workspace_idx" ON "canvases" USING btree ("workspace_id");--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_reference_benchmark_fk" FOREIGN KEY ("workspace_id","id","reference_benchmark_id") REFERENCES "public"."benchmarks"("workspace_id","measure_id","id") ON DELETE no action ON UPDATE no action;