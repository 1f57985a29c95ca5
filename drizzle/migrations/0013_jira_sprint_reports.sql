CREATE TABLE "sprints"."jira_sprint_reports" (
	"sprint_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"reason" text,
	"fingerprint" text NOT NULL,
	"sums" jsonb,
	"issues" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sprints"."jira_sprint_reports" ADD CONSTRAINT "jira_sprint_reports_sprint_id_sprints_id_fk" FOREIGN KEY ("sprint_id") REFERENCES "sprints"."sprints"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
SELECT public.sprint_reports_isolate('sprints.jira_sprint_reports'::regclass);
