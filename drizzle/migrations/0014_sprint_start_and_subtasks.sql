ALTER TABLE "sprints"."sprints" ADD COLUMN "planned_start_date" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "issues_subtask_parent_idx" ON "issues"."issues" USING btree ("connection_id","parent_key") WHERE is_subtask;
--> statement-breakpoint
-- The data moves below read and write tenant tables across tenants: as their owner, with row
-- security not forced for the while (the owner need not be a superuser).
ALTER TABLE "sprints"."sprints" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "issues"."issues" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "issues"."issue_sprints" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- Until now start_date held JIRA's startDate, the planned start; Server/DC's activatedDate replaces it at the next sync.
UPDATE "sprints"."sprints" SET "planned_start_date" = "start_date";--> statement-breakpoint
-- Sub-tasks are in their parent's sprints, from their creation on (subgraphs/issues/src/sync/subtasks.ts):
-- those synced before follow their parent now. Their analyses are recomputed as their sprints are next touched.
DELETE FROM "issues"."issue_sprints" m USING "issues"."issues" s, "issues"."issues" p
WHERE m."issue_id" = s."id" AND s."is_subtask" AND p."tenant_id" = s."tenant_id" AND p."connection_id" = s."connection_id"
  AND p."key" = s."parent_key" AND p."deleted_at" IS NULL;--> statement-breakpoint
INSERT INTO "issues"."issue_sprints" ("tenant_id", "issue_id", "sprint_id", "added_at", "removed_at")
SELECT DISTINCT ON (s."id", pm."sprint_id", greatest(pm."added_at", s."created_at"))
  s."tenant_id", s."id", pm."sprint_id", greatest(pm."added_at", s."created_at"), pm."removed_at"
FROM "issues"."issues" s
JOIN "issues"."issues" p ON p."tenant_id" = s."tenant_id" AND p."connection_id" = s."connection_id" AND p."key" = s."parent_key" AND p."deleted_at" IS NULL
JOIN "issues"."issue_sprints" pm ON pm."issue_id" = p."id"
WHERE s."is_subtask" AND (pm."removed_at" IS NULL OR pm."removed_at" > s."created_at")
-- Of the parent's spans that start together for the sub-task, the one still open (else the latest to end) is kept.
ORDER BY s."id", pm."sprint_id", greatest(pm."added_at", s."created_at"), pm."removed_at" DESC NULLS FIRST;--> statement-breakpoint
ALTER TABLE "sprints"."sprints" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "issues"."issues" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "issues"."issue_sprints" FORCE ROW LEVEL SECURITY;
