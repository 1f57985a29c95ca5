ALTER TABLE "sprints"."sprint_analyses" ADD COLUMN "completed_outside_points" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "sprints"."sprint_analyses" ADD COLUMN "scope_change_rate" double precision;--> statement-breakpoint
ALTER TABLE "sprints"."sprint_analyses" ADD COLUMN "estimate_changes" jsonb DEFAULT '[]'::jsonb NOT NULL;