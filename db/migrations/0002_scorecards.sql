CREATE TYPE "public"."frequency" AS ENUM('weekly', 'monthly', 'quarterly');--> statement-breakpoint
CREATE TYPE "public"."indicator_kind" AS ENUM('leading', 'lagging');--> statement-breakpoint
CREATE TYPE "public"."initiative_status" AS ENUM('planned', 'on_track', 'at_risk', 'done');--> statement-breakpoint
CREATE TYPE "public"."measure_direction" AS ENUM('higher', 'lower', 'range');--> statement-breakpoint
CREATE TYPE "public"."measure_unit" AS ENUM('%', 'count', 'currency', 'duration', 'score');--> statement-breakpoint
CREATE TYPE "public"."measurement_change" AS ENUM('created', 'updated', 'deleted');--> statement-breakpoint
CREATE TYPE "public"."measurement_source" AS ENUM('manual', 'import', 'api', 'survey');--> statement-breakpoint
CREATE TYPE "public"."perspective_kind" AS ENUM('financial', 'customer', 'internal', 'learning');--> statement-breakpoint
CREATE TYPE "public"."survey_kind" AS ENUM('nps', 'csat', 'ces');--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"scorecard_id" uuid NOT NULL,
	"objective_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_id" uuid,
	"status" "initiative_status" DEFAULT 'planned' NOT NULL,
	"start_date" date,
	"due_date" date,
	"progress" smallint DEFAULT 0 NOT NULL,
	"position" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiatives_workspace_id_key" UNIQUE("workspace_id","id"),
	CONSTRAINT "initiatives_progress" CHECK ("initiatives"."progress" between 0 and 100),
	CONSTRAINT "initiatives_dates" CHECK ("initiatives"."start_date" is null or "initiatives"."due_date" is null or "initiatives"."start_date" <= "initiatives"."due_date")
);
--> statement-breakpoint
CREATE TABLE "objective_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"scorecard_id" uuid NOT NULL,
	"cause_id" uuid NOT NULL,
	"effect_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "objective_links_pair_key" UNIQUE("cause_id","effect_id"),
	CONSTRAINT "objective_links_not_self" CHECK ("objective_links"."cause_id" <> "objective_links"."effect_id")
);
--> statement-breakpoint
CREATE TABLE "objectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"scorecard_id" uuid NOT NULL,
	"perspective_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_id" uuid,
	"weight" double precision DEFAULT 1 NOT NULL,
	"stage_id" uuid,
	"position" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "objectives_workspace_id_key" UNIQUE("workspace_id","id"),
	CONSTRAINT "objectives_weight" CHECK ("objectives"."weight" >= 0)
);
--> statement-breakpoint
CREATE TABLE "perspectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"scorecard_id" uuid NOT NULL,
	"kind" "perspective_kind" NOT NULL,
	"label" text NOT NULL,
	"weight" double precision DEFAULT 1 NOT NULL,
	"position" smallint NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "perspectives_workspace_id_key" UNIQUE("workspace_id","id"),
	CONSTRAINT "perspectives_scorecard_kind_key" UNIQUE("scorecard_id","kind"),
	CONSTRAINT "perspectives_weight" CHECK ("perspectives"."weight" >= 0)
);
--> statement-breakpoint
CREATE TABLE "scorecards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"green_threshold" double precision DEFAULT 0.9 NOT NULL,
	"amber_threshold" double precision DEFAULT 0.7 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scorecards_workspace_id_key" UNIQUE("workspace_id","id"),
	CONSTRAINT "scorecards_thresholds" CHECK (0 <= "scorecards"."amber_threshold" and "scorecards"."amber_threshold" <= "scorecards"."green_threshold" and "scorecards"."green_threshold" <= 1)
);
--> statement-breakpoint
CREATE TABLE "measure_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"from_period" date NOT NULL,
	"target" double precision,
	"target_lo" double precision,
	"target_hi" double precision,
	CONSTRAINT "measure_targets_period_key" UNIQUE("measure_id","from_period"),
	CONSTRAINT "measure_targets_shape" CHECK (("measure_targets"."target" is not null and "measure_targets"."target_lo" is null and "measure_targets"."target_hi" is null) or ("measure_targets"."target" is null and "measure_targets"."target_lo" is not null and "measure_targets"."target_hi" is not null and "measure_targets"."target_lo" <= "measure_targets"."target_hi"))
);
--> statement-breakpoint
CREATE TABLE "measurement_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"period" date NOT NULL,
	"change" "measurement_change" NOT NULL,
	"value" double precision,
	"note" text,
	"previous_value" double precision,
	"previous_note" text,
	"source" "measurement_source" NOT NULL,
	"actor_id" uuid,
	"actor_name" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"measure_id" uuid NOT NULL,
	"period" date NOT NULL,
	"value" double precision NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"source" "measurement_source" DEFAULT 'manual' NOT NULL,
	"survey" jsonb,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measurements_workspace_id_key" UNIQUE("workspace_id","id"),
	CONSTRAINT "measurements_period_key" UNIQUE("measure_id","period")
);
--> statement-breakpoint
CREATE TABLE "measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"scorecard_id" uuid NOT NULL,
	"objective_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"unit" "measure_unit" NOT NULL,
	"unit_label" text DEFAULT '' NOT NULL,
	"direction" "measure_direction" NOT NULL,
	"tolerance" double precision,
	"frequency" "frequency" NOT NULL,
	"baseline" double precision,
	"amber_threshold" double precision DEFAULT 0.7 NOT NULL,
	"weight" double precision DEFAULT 1 NOT NULL,
	"decimals" smallint DEFAULT 1 NOT NULL,
	"owner_id" uuid,
	"data_source" text DEFAULT '' NOT NULL,
	"indicator" "indicator_kind" DEFAULT 'lagging' NOT NULL,
	"stage_id" uuid,
	"formula" text DEFAULT '' NOT NULL,
	"library_key" text,
	"survey_kind" "survey_kind",
	"position" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measures_workspace_id_key" UNIQUE("workspace_id","id"),
	CONSTRAINT "measures_weight" CHECK ("measures"."weight" >= 0),
	CONSTRAINT "measures_amber" CHECK ("measures"."amber_threshold" between 0 and 1),
	CONSTRAINT "measures_decimals" CHECK ("measures"."decimals" between 0 and 6),
	CONSTRAINT "measures_direction_fields" CHECK (("measures"."direction" = 'range' and "measures"."tolerance" > 0) or ("measures"."direction" <> 'range' and "measures"."baseline" is not null and "measures"."tolerance" is null))
);
--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_scorecard_fk" FOREIGN KEY ("workspace_id","scorecard_id") REFERENCES "public"."scorecards"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_objective_fk" FOREIGN KEY ("workspace_id","objective_id") REFERENCES "public"."objectives"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_links" ADD CONSTRAINT "objective_links_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_links" ADD CONSTRAINT "objective_links_scorecard_fk" FOREIGN KEY ("workspace_id","scorecard_id") REFERENCES "public"."scorecards"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_links" ADD CONSTRAINT "objective_links_cause_fk" FOREIGN KEY ("workspace_id","cause_id") REFERENCES "public"."objectives"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_links" ADD CONSTRAINT "objective_links_effect_fk" FOREIGN KEY ("workspace_id","effect_id") REFERENCES "public"."objectives"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_scorecard_fk" FOREIGN KEY ("workspace_id","scorecard_id") REFERENCES "public"."scorecards"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_perspective_fk" FOREIGN KEY ("workspace_id","perspective_id") REFERENCES "public"."perspectives"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_stage_fk" FOREIGN KEY ("workspace_id","stage_id") REFERENCES "public"."stages"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perspectives" ADD CONSTRAINT "perspectives_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perspectives" ADD CONSTRAINT "perspectives_scorecard_fk" FOREIGN KEY ("workspace_id","scorecard_id") REFERENCES "public"."scorecards"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scorecards" ADD CONSTRAINT "scorecards_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_targets" ADD CONSTRAINT "measure_targets_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_targets" ADD CONSTRAINT "measure_targets_measure_fk" FOREIGN KEY ("workspace_id","measure_id") REFERENCES "public"."measures"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_history" ADD CONSTRAINT "measurement_history_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_history" ADD CONSTRAINT "measurement_history_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurement_history" ADD CONSTRAINT "measurement_history_measure_fk" FOREIGN KEY ("workspace_id","measure_id") REFERENCES "public"."measures"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_measure_fk" FOREIGN KEY ("workspace_id","measure_id") REFERENCES "public"."measures"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_scorecard_fk" FOREIGN KEY ("workspace_id","scorecard_id") REFERENCES "public"."scorecards"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_objective_fk" FOREIGN KEY ("workspace_id","objective_id") REFERENCES "public"."objectives"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measures" ADD CONSTRAINT "measures_stage_fk" FOREIGN KEY ("workspace_id","stage_id") REFERENCES "public"."stages"("workspace_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "initiatives_objective_idx" ON "initiatives" USING btree ("workspace_id","objective_id","position");--> statement-breakpoint
CREATE INDEX "initiatives_scorecard_idx" ON "initiatives" USING btree ("workspace_id","scorecard_id");--> statement-breakpoint
CREATE INDEX "objective_links_scorecard_idx" ON "objective_links" USING btree ("workspace_id","scorecard_id");--> statement-breakpoint
CREATE INDEX "objective_links_effect_idx" ON "objective_links" USING btree ("workspace_id","effect_id");--> statement-breakpoint
CREATE INDEX "objectives_scorecard_idx" ON "objectives" USING btree ("workspace_id","scorecard_id","perspective_id","position");--> statement-breakpoint
CREATE INDEX "objectives_stage_idx" ON "objectives" USING btree ("workspace_id","stage_id");--> statement-breakpoint
CREATE INDEX "perspectives_scorecard_idx" ON "perspectives" USING btree ("workspace_id","scorecard_id");--> statement-breakpoint
CREATE INDEX "scorecards_workspace_idx" ON "scorecards" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "measure_targets_measure_idx" ON "measure_targets" USING btree ("workspace_id","measure_id","from_period");--> statement-breakpoint
CREATE INDEX "measurement_history_measure_idx" ON "measurement_history" USING btree ("workspace_id","measure_id","created_at");--> statement-breakpoint
CREATE INDEX "measurements_measure_idx" ON "measurements" USING btree ("workspace_id","measure_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "measures_scorecard_name_key" ON "measures" USING btree ("scorecard_id",lower("name"));--> statement-breakpoint
CREATE INDEX "measures_scorecard_idx" ON "measures" USING btree ("workspace_id","scorecard_id","objective_id","position");--> statement-breakpoint
CREATE INDEX "measures_stage_idx" ON "measures" USING btree ("workspace_id","stage_id");