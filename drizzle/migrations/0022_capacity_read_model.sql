CREATE TABLE "capacity"."sprint_inputs" (
	"sprint_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"team_id" uuid,
	"state" text NOT NULL,
	"start_date" timestamp with time zone,
	"end_date" timestamp with time zone,
	"complete_date" timestamp with time zone,
	"committed" jsonb,
	"completed" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "capacity"."sprint_queue_inputs" (
	"sprint_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"planned" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "capacity"."team_inputs" (
	"team_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "capacity"."team_member_inputs" (
	"tenant_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"display_name" text NOT NULL,
	"discipline" text NOT NULL,
	"allocation_percent" integer NOT NULL,
	CONSTRAINT "team_member_inputs_team_id_user_id_pk" PRIMARY KEY("team_id","user_id")
);
--> statement-breakpoint
CREATE INDEX "sprint_inputs_board_start_idx" ON "capacity"."sprint_inputs" USING btree ("board_id","start_date");--> statement-breakpoint
-- The read model starts empty: a read that finds a sprint or team missing has it filled by a job
-- (subgraphs/capacity/src/inputs.ts), and each producer's next change keeps it current.
SELECT public.sprint_reports_isolate(t) FROM unnest(ARRAY['capacity.sprint_inputs', 'capacity.team_member_inputs', 'capacity.team_inputs', 'capacity.sprint_queue_inputs']::regclass[]) AS t;
