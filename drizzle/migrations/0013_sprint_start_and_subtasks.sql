ALTER TABLE "sprints"."sprints" ADD COLUMN "planned_start_date" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "issues_subtask_parent_idx" ON "issues"."issues" USING btree ("connection_id","parent_key") WHERE is_subtask;
--> statement-breakpoint
-- Until now start_date held JIRA's startDate, the planned start; Server/DC's activatedDate replaces it at the next sync.
UPDATE "sprints"."sprints" SET "planned_start_date" = "start_date";
