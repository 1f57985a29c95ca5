CREATE TABLE "reports"."deliveries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"schedule_id" uuid,
	"recipient" text NOT NULL,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"smtp_response" text,
	"message_id" text,
	"requested_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_attempt_at" timestamp with time zone,
	"next_attempt_at" timestamp with time zone,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reports"."documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"fingerprint" text NOT NULL,
	"title" text NOT NULL,
	"content" "bytea" NOT NULL,
	"content_type" text NOT NULL,
	"file_name" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"headline" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports"."link_keys" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"secret" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports"."schedule_sprints" (
	"tenant_id" uuid NOT NULL,
	"schedule_id" uuid NOT NULL,
	"sprint_id" uuid NOT NULL,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "schedule_sprints_schedule_id_sprint_id_pk" PRIMARY KEY("schedule_id","sprint_id")
);
--> statement-breakpoint
CREATE TABLE "reports"."schedules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"format" text NOT NULL,
	"recipients" jsonb NOT NULL,
	"cron" text,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"at_sprint_close" boolean DEFAULT false NOT NULL,
	"range_days" integer DEFAULT 90 NOT NULL,
	"next_run_at" timestamp with time zone,
	"closed_after" timestamp with time zone,
	"last_run_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports"."unsubscribes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"email" text NOT NULL,
	"schedule_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reports"."reports" ADD COLUMN "params" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "reports"."reports" ADD COLUMN "progress" double precision DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "reports"."reports" ADD COLUMN "document_id" uuid;--> statement-breakpoint
ALTER TABLE "reports"."reports" ADD COLUMN "cached" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "reports"."reports" ADD COLUMN "error" text;--> statement-breakpoint
ALTER TABLE "reports"."reports" ADD COLUMN "requested_by" uuid;--> statement-breakpoint
ALTER TABLE "reports"."reports" ADD COLUMN "schedule_id" uuid;--> statement-breakpoint
ALTER TABLE "reports"."reports" ADD COLUMN "run_id" uuid;--> statement-breakpoint
ALTER TABLE "reports"."reports" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reports"."reports" ADD COLUMN "finished_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "reports"."deliveries" ADD CONSTRAINT "deliveries_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "reports"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports"."schedule_sprints" ADD CONSTRAINT "schedule_sprints_schedule_id_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "reports"."schedules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deliveries_report_idx" ON "reports"."deliveries" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "deliveries_schedule_idx" ON "reports"."deliveries" USING btree ("schedule_id");--> statement-breakpoint
CREATE INDEX "deliveries_waiting_idx" ON "reports"."deliveries" USING btree ("next_attempt_at") WHERE "reports"."deliveries"."status" in ('PENDING', 'RETRYING');--> statement-breakpoint
CREATE UNIQUE INDEX "documents_fingerprint_uq" ON "reports"."documents" USING btree ("tenant_id","fingerprint");--> statement-breakpoint
CREATE INDEX "schedules_team_idx" ON "reports"."schedules" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "schedules_next_run_idx" ON "reports"."schedules" USING btree ("next_run_at");--> statement-breakpoint
CREATE UNIQUE INDEX "unsubscribes_uq" ON "reports"."unsubscribes" USING btree ("tenant_id",lower("email"),coalesce("schedule_id", '00000000-0000-0000-0000-000000000000'::uuid));--> statement-breakpoint
ALTER TABLE "reports"."reports" ADD CONSTRAINT "reports_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "reports"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reports_team_idx" ON "reports"."reports" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "reports_board_idx" ON "reports"."reports" USING btree ("board_id");--> statement-breakpoint
SELECT public.sprint_reports_isolate(t) FROM unnest(ARRAY[
  'reports.documents', 'reports.schedules', 'reports.deliveries', 'reports.unsubscribes', 'reports.link_keys', 'reports.schedule_sprints'
]::regclass[]) AS t;
