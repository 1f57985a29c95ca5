CREATE TABLE "sprints"."analysis_inputs" (
	"sprint_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"facts" jsonb NOT NULL,
	"team_disciplines" jsonb,
	"holidays" jsonb,
	"gathered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sprints"."analysis_inputs" ADD CONSTRAINT "analysis_inputs_sprint_id_sprints_id_fk" FOREIGN KEY ("sprint_id") REFERENCES "sprints"."sprints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Starts empty: a closed sprint's settings preview finds no inputs, queues the sprint's analysis
-- refresh (which stores them with the analysis) and answers PREVIEW_NOT_READY meanwhile.
SELECT public.sprint_reports_isolate('sprints.analysis_inputs'::regclass);
