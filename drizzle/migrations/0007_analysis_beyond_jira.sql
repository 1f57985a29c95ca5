ALTER TABLE "sprints"."boards" ADD COLUMN "estimation_statistic" text;--> statement-breakpoint
ALTER TABLE "sprints"."boards" ADD COLUMN "subtask_policy" text DEFAULT 'EXCLUDE' NOT NULL;--> statement-breakpoint
ALTER TABLE "sprints"."boards" ADD COLUMN "cancelled_resolutions" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "sprints"."boards" ADD COLUMN "discipline_rules" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "sprints"."boards" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "sprints"."sprint_analyses" ADD COLUMN "say_do_ratio" double precision;--> statement-breakpoint
ALTER TABLE "sprints"."sprint_analyses" ADD COLUMN "statistic" text DEFAULT 'STORY_POINTS' NOT NULL;--> statement-breakpoint
ALTER TABLE "sprints"."sprint_analyses" ADD COLUMN "issues" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "sprints"."sprint_analyses" ADD COLUMN "scope_events" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "sprints"."sprint_analyses" ADD COLUMN "carry_over" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "sprints"."sprint_analyses" ADD COLUMN "cycle_time" jsonb;--> statement-breakpoint
ALTER TABLE "sprints"."sprint_analyses" ADD COLUMN "lead_time" jsonb;--> statement-breakpoint
ALTER TABLE "sprints"."sprint_analyses" ADD COLUMN "rules_version" integer DEFAULT 0 NOT NULL;