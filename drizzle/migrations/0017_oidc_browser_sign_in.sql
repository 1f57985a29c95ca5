CREATE TABLE "users"."oidc_email_domains" (
	"domain" text PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users"."oidc_providers" ADD COLUMN "client_id" text;--> statement-breakpoint
ALTER TABLE "users"."oidc_providers" ADD COLUMN "display_name" text;--> statement-breakpoint
ALTER TABLE "users"."oidc_email_domains" ADD CONSTRAINT "oidc_email_domains_provider_id_oidc_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "users"."oidc_providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "oidc_email_domains_provider_idx" ON "users"."oidc_email_domains" USING btree ("provider_id");--> statement-breakpoint
-- Each tenant sees and writes only its own domains; the sign-in page's look-up reads them system-wide.
SELECT public.sprint_reports_isolate('users.oidc_email_domains');
