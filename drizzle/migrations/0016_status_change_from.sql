ALTER TABLE "issues"."issue_status_changes" ADD COLUMN "from_status_id" text;--> statement-breakpoint
ALTER TABLE "issues"."issue_status_changes" ADD COLUMN "from_category" text;