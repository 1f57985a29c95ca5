CREATE SCHEMA "users";
--> statement-breakpoint
CREATE SCHEMA "sprints";
--> statement-breakpoint
CREATE SCHEMA "issues";
--> statement-breakpoint
CREATE SCHEMA "capacity";
--> statement-breakpoint
CREATE SCHEMA "queues";
--> statement-breakpoint
CREATE SCHEMA "reports";
--> statement-breakpoint
CREATE TABLE "users"."team_members" (
	"tenant_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"discipline" text NOT NULL,
	"role" text NOT NULL,
	"allocation_percent" integer DEFAULT 100 NOT NULL,
	CONSTRAINT "team_members_team_id_user_id_pk" PRIMARY KEY("team_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "users"."teams" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users"."tenants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenants_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "users"."users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"jira_account_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sprints"."boards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"jira_board_id" integer,
	"name" text NOT NULL,
	"project_key" text,
	"team_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sprints"."sprint_analyses" (
	"sprint_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"committed_points" double precision NOT NULL,
	"completed_points" double precision NOT NULL,
	"added_points" double precision NOT NULL,
	"removed_points" double precision NOT NULL,
	"not_completed_points" double precision NOT NULL,
	"completion_rate" double precision,
	"issue_count" integer NOT NULL,
	"discipline_breakdown" jsonb NOT NULL,
	"burndown" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sprints"."sprints" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"board_id" uuid NOT NULL,
	"jira_sprint_id" integer,
	"name" text NOT NULL,
	"state" text NOT NULL,
	"goal" text,
	"start_date" timestamp with time zone,
	"end_date" timestamp with time zone,
	"complete_date" timestamp with time zone,
	"sequence" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "issues"."issue_estimate_changes" (
	"tenant_id" uuid NOT NULL,
	"issue_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"from_points" double precision,
	"to_points" double precision,
	CONSTRAINT "issue_estimate_changes_issue_id_at_pk" PRIMARY KEY("issue_id","at")
);
--> statement-breakpoint
CREATE TABLE "issues"."issue_sprints" (
	"tenant_id" uuid NOT NULL,
	"issue_id" uuid NOT NULL,
	"sprint_id" uuid NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "issue_sprints_issue_id_sprint_id_added_at_pk" PRIMARY KEY("issue_id","sprint_id","added_at")
);
--> statement-breakpoint
CREATE TABLE "issues"."issue_status_changes" (
	"tenant_id" uuid NOT NULL,
	"issue_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"to_category" text NOT NULL,
	CONSTRAINT "issue_status_changes_issue_id_at_to_status_pk" PRIMARY KEY("issue_id","at","to_status")
);
--> statement-breakpoint
CREATE TABLE "issues"."issues" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"jira_id" text,
	"key" text NOT NULL,
	"project_key" text NOT NULL,
	"summary" text NOT NULL,
	"issue_type" text NOT NULL,
	"status" text NOT NULL,
	"status_category" text NOT NULL,
	"priority" text,
	"rank" text,
	"story_points" double precision,
	"assignee_id" uuid,
	"components" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"labels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"discipline" text,
	"parent_key" text,
	"epic_key" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "capacity"."capacity_settings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"sprint_id" uuid,
	"discipline" text NOT NULL,
	"allocation_percent" integer DEFAULT 100 NOT NULL,
	"days_off" double precision DEFAULT 0 NOT NULL,
	"focus_factor" double precision DEFAULT 0.8 NOT NULL,
	"points_per_day" double precision DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "queues"."queue_conflicts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"queue_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"message" text NOT NULL,
	"issue_ids" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "queues"."queue_items" (
	"tenant_id" uuid NOT NULL,
	"queue_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"issue_id" uuid NOT NULL,
	"discipline" text,
	"points" double precision,
	"reason" text NOT NULL,
	CONSTRAINT "queue_items_queue_id_position_pk" PRIMARY KEY("queue_id","position")
);
--> statement-breakpoint
CREATE TABLE "queues"."queues" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"sprint_id" uuid NOT NULL,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports"."reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"format" text NOT NULL,
	"status" text DEFAULT 'QUEUED' NOT NULL,
	"sprint_id" uuid,
	"board_id" uuid,
	"team_id" uuid,
	"size_bytes" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users"."team_members" ADD CONSTRAINT "team_members_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "users"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users"."team_members" ADD CONSTRAINT "team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sprints"."sprint_analyses" ADD CONSTRAINT "sprint_analyses_sprint_id_sprints_id_fk" FOREIGN KEY ("sprint_id") REFERENCES "sprints"."sprints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sprints"."sprints" ADD CONSTRAINT "sprints_board_id_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "sprints"."boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issues"."issue_estimate_changes" ADD CONSTRAINT "issue_estimate_changes_issue_id_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "issues"."issues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issues"."issue_sprints" ADD CONSTRAINT "issue_sprints_issue_id_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "issues"."issues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issues"."issue_status_changes" ADD CONSTRAINT "issue_status_changes_issue_id_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "issues"."issues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queues"."queue_conflicts" ADD CONSTRAINT "queue_conflicts_queue_id_queues_id_fk" FOREIGN KEY ("queue_id") REFERENCES "queues"."queues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queues"."queue_items" ADD CONSTRAINT "queue_items_queue_id_queues_id_fk" FOREIGN KEY ("queue_id") REFERENCES "queues"."queues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "team_members_user_idx" ON "users"."team_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "teams_tenant_idx" ON "users"."teams" USING btree ("tenant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_tenant_email_uq" ON "users"."users" USING btree ("tenant_id","email");--> statement-breakpoint
CREATE INDEX "boards_tenant_idx" ON "sprints"."boards" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "sprints_board_seq_idx" ON "sprints"."sprints" USING btree ("board_id","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "sprints_tenant_jira_uq" ON "sprints"."sprints" USING btree ("tenant_id","jira_sprint_id");--> statement-breakpoint
CREATE INDEX "issue_sprints_sprint_idx" ON "issues"."issue_sprints" USING btree ("sprint_id");--> statement-breakpoint
CREATE UNIQUE INDEX "issues_tenant_key_uq" ON "issues"."issues" USING btree ("tenant_id","key");--> statement-breakpoint
CREATE INDEX "issues_assignee_idx" ON "issues"."issues" USING btree ("assignee_id");--> statement-breakpoint
CREATE INDEX "capacity_settings_team_idx" ON "capacity"."capacity_settings" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "capacity_settings_sprint_idx" ON "capacity"."capacity_settings" USING btree ("sprint_id");--> statement-breakpoint
CREATE INDEX "queue_conflicts_queue_idx" ON "queues"."queue_conflicts" USING btree ("queue_id");--> statement-breakpoint
CREATE INDEX "queues_sprint_idx" ON "queues"."queues" USING btree ("sprint_id");--> statement-breakpoint
CREATE INDEX "reports_sprint_idx" ON "reports"."reports" USING btree ("sprint_id");