CREATE TABLE "issues"."issue_changelog" (
	"tenant_id" uuid NOT NULL,
	"issue_id" uuid NOT NULL,
	"history_id" text NOT NULL,
	"item_index" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"field" text NOT NULL,
	"field_id" text,
	"from_value" text,
	"from_string" text,
	"to_value" text,
	"to_string" text,
	CONSTRAINT "issue_changelog_issue_id_history_id_item_index_pk" PRIMARY KEY("issue_id","history_id","item_index")
);
--> statement-breakpoint
CREATE TABLE "issues"."jira_connections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"base_url" text NOT NULL,
	"flavor" text NOT NULL,
	"email" text,
	"api_token_sealed" text NOT NULL,
	"webhook_secret_sealed" text,
	"story_points_field" text,
	"effective_story_points_field" text,
	"effective_story_points_field_name" text,
	"sprint_field" text,
	"rank_field" text,
	"statuses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"site_time_zone" text DEFAULT 'UTC' NOT NULL,
	"sync_interval_minutes" integer DEFAULT 15 NOT NULL,
	"sync_cursor" timestamp with time zone,
	"last_synced_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "issues"."sync_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"connection_id" uuid NOT NULL,
	"full" boolean NOT NULL,
	"status" text NOT NULL,
	"phase" text DEFAULT 'queued' NOT NULL,
	"checkpoint" jsonb DEFAULT '{"boardsDone":[]}'::jsonb NOT NULL,
	"since" timestamp with time zone,
	"pages" integer DEFAULT 0 NOT NULL,
	"issues_synced" integer DEFAULT 0 NOT NULL,
	"issues_total" integer,
	"sprints_synced" integer DEFAULT 0 NOT NULL,
	"boards_synced" integer DEFAULT 0 NOT NULL,
	"issues_deleted" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"cancel_requested" boolean DEFAULT false NOT NULL,
	"owner" text,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"heartbeat_at" timestamp with time zone
);
--> statement-breakpoint
DROP INDEX "sprints"."sprints_tenant_jira_uq";--> statement-breakpoint
DROP INDEX "issues"."issues_tenant_key_uq";--> statement-breakpoint
ALTER TABLE "sprints"."boards" ADD COLUMN "connection_id" uuid;--> statement-breakpoint
ALTER TABLE "sprints"."boards" ADD COLUMN "columns" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "sprints"."boards" ADD COLUMN "estimation_field" text;--> statement-breakpoint
ALTER TABLE "sprints"."sprints" ADD COLUMN "connection_id" uuid;--> statement-breakpoint
ALTER TABLE "sprints"."sprints" ADD COLUMN "origin_jira_board_id" integer;--> statement-breakpoint
ALTER TABLE "sprints"."sprints" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sprints"."sprints" ADD COLUMN "last_event_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "issues"."issue_status_changes" ADD COLUMN "to_status_id" text;--> statement-breakpoint
ALTER TABLE "issues"."issues" ADD COLUMN "connection_id" uuid;--> statement-breakpoint
ALTER TABLE "issues"."issues" ADD COLUMN "status_id" text;--> statement-breakpoint
ALTER TABLE "issues"."issues" ADD COLUMN "assignee_account_id" text;--> statement-breakpoint
ALTER TABLE "issues"."issues" ADD COLUMN "assignee_name" text;--> statement-breakpoint
ALTER TABLE "issues"."issues" ADD COLUMN "is_subtask" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "issues"."issues" ADD COLUMN "resolution" text;--> statement-breakpoint
ALTER TABLE "issues"."issues" ADD COLUMN "links" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "issues"."issues" ADD COLUMN "estimate_warning" text;--> statement-breakpoint
ALTER TABLE "issues"."issues" ADD COLUMN "raw_fields" jsonb;--> statement-breakpoint
ALTER TABLE "issues"."issues" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "issues"."issues" ADD COLUMN "last_seen_run_id" uuid;--> statement-breakpoint
ALTER TABLE "issues"."issue_changelog" ADD CONSTRAINT "issue_changelog_issue_id_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "issues"."issues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issues"."sync_runs" ADD CONSTRAINT "sync_runs_connection_id_jira_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "issues"."jira_connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "jira_connections_tenant_idx" ON "issues"."jira_connections" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "sync_runs_connection_idx" ON "issues"."sync_runs" USING btree ("connection_id","queued_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sync_runs_one_active_uq" ON "issues"."sync_runs" USING btree ("connection_id") WHERE status in ('QUEUED', 'RUNNING');--> statement-breakpoint
ALTER TABLE "issues"."issues" ADD CONSTRAINT "issues_connection_id_jira_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "issues"."jira_connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "boards_connection_jira_uq" ON "sprints"."boards" USING btree ("connection_id","jira_board_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sprints_connection_jira_uq" ON "sprints"."sprints" USING btree ("connection_id","jira_sprint_id");--> statement-breakpoint
CREATE UNIQUE INDEX "issues_connection_key_uq" ON "issues"."issues" USING btree ("connection_id","key") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "issues_tenant_key_idx" ON "issues"."issues" USING btree ("tenant_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "issues_connection_jira_uq" ON "issues"."issues" USING btree ("connection_id","jira_id");