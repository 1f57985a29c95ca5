CREATE TABLE "capacity"."team_capacity" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"sprint_id" uuid,
	"focus_factor" double precision,
	"default_points_per_day" double precision,
	"history_sprints" integer,
	"hours_per_day" double precision,
	"holidays" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "capacity"."member_days_off" (
	"tenant_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"sprint_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"days_off" double precision NOT NULL,
	CONSTRAINT "member_days_off_team_id_sprint_id_user_id_pk" PRIMARY KEY("team_id","sprint_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "queues"."queue_pins" (
	"tenant_id" uuid NOT NULL,
	"sprint_id" uuid NOT NULL,
	"issue_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"pinned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "queue_pins_sprint_id_issue_id_pk" PRIMARY KEY("sprint_id","issue_id")
);
--> statement-breakpoint
-- The data moves below read and write tenant tables across tenants: as their owner, with row
-- security not forced for the while (the owner need not be a superuser).
ALTER TABLE "capacity"."capacity_settings" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "queues"."queues" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "sprints"."sprints" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "sprints"."boards" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "users"."tenants" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "users"."team_members" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- Per-member settings become team settings: the defaults take the members' average focus and points
-- per day; a sprint's days off stay the member's. Disciplines and allocations are the memberships'.
INSERT INTO "capacity"."team_capacity" ("id", "tenant_id", "team_id", "focus_factor", "default_points_per_day")
SELECT gen_random_uuid(), "tenant_id", "team_id", avg("focus_factor"), avg("points_per_day")
FROM "capacity"."capacity_settings" WHERE "sprint_id" IS NULL GROUP BY "tenant_id", "team_id";--> statement-breakpoint
INSERT INTO "capacity"."member_days_off" ("tenant_id", "team_id", "sprint_id", "user_id", "days_off")
SELECT "tenant_id", "team_id", "sprint_id", "user_id", max("days_off")
FROM "capacity"."capacity_settings" WHERE "sprint_id" IS NOT NULL AND "days_off" > 0 GROUP BY "tenant_id", "team_id", "sprint_id", "user_id";--> statement-breakpoint
ALTER TABLE "capacity"."capacity_settings" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "capacity"."capacity_settings" CASCADE;--> statement-breakpoint
DROP INDEX "queues"."queues_sprint_idx";--> statement-breakpoint
ALTER TABLE "users"."tenants" ADD COLUMN "disciplines" jsonb DEFAULT '["Frontend","Backend","QA","Design","DevOps"]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "queues"."queues" ADD COLUMN "team_id" uuid;--> statement-breakpoint
ALTER TABLE "queues"."queues" ADD COLUMN "trigger" text DEFAULT 'REQUESTED' NOT NULL;--> statement-breakpoint
ALTER TABLE "queues"."queues" ADD COLUMN "generated_by" uuid;--> statement-breakpoint
ALTER TABLE "queues"."queues" ADD COLUMN "options" jsonb DEFAULT '{"includeCarryOver":true}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "queues"."queues" ADD COLUMN "utilisation" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "queues"."queues" ADD COLUMN "left_out" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "queues"."queues" ADD COLUMN "accepted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "queues"."queues" ADD COLUMN "accepted_by" uuid;--> statement-breakpoint
ALTER TABLE "queues"."queues" ADD COLUMN "outdated_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "team_capacity_team_default_uq" ON "capacity"."team_capacity" USING btree ("team_id") WHERE sprint_id is null;--> statement-breakpoint
CREATE UNIQUE INDEX "team_capacity_team_sprint_uq" ON "capacity"."team_capacity" USING btree ("team_id","sprint_id") WHERE sprint_id is not null;--> statement-breakpoint
CREATE INDEX "team_capacity_sprint_idx" ON "capacity"."team_capacity" USING btree ("sprint_id");--> statement-breakpoint
CREATE INDEX "member_days_off_sprint_idx" ON "capacity"."member_days_off" USING btree ("sprint_id");--> statement-breakpoint
-- One queue per sprint: keep each sprint's latest.
DELETE FROM "queues"."queues" q USING "queues"."queues" newer
WHERE newer."sprint_id" = q."sprint_id" AND (newer."generated_at", newer."id") > (q."generated_at", q."id");--> statement-breakpoint
-- Existing queues plan for their board's team (queue changes are the team managers').
UPDATE "queues"."queues" q SET "team_id" = b."team_id"
FROM "sprints"."sprints" s JOIN "sprints"."boards" b ON b."id" = s."board_id"
WHERE s."id" = q."sprint_id";--> statement-breakpoint
-- A tenant's list holds every discipline its team members already work in.
UPDATE "users"."tenants" t SET "disciplines" = t."disciplines" || used.names
FROM (
  SELECT m."tenant_id", jsonb_agg(DISTINCT m."discipline") AS names
  FROM "users"."team_members" m JOIN "users"."tenants" t2 ON t2."id" = m."tenant_id"
  WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements_text(t2."disciplines") d WHERE lower(d) = lower(m."discipline"))
  GROUP BY m."tenant_id"
) used
WHERE used."tenant_id" = t."id";--> statement-breakpoint
ALTER TABLE "queues"."queues" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "sprints"."sprints" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "sprints"."boards" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "users"."tenants" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "users"."team_members" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE UNIQUE INDEX "queues_sprint_uq" ON "queues"."queues" USING btree ("sprint_id");--> statement-breakpoint
CREATE INDEX "queues_team_idx" ON "queues"."queues" USING btree ("team_id");--> statement-breakpoint
SELECT public.sprint_reports_isolate(t) FROM unnest(ARRAY['capacity.team_capacity', 'capacity.member_days_off', 'queues.queue_pins']::regclass[]) AS t;