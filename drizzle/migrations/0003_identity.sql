CREATE TABLE "users"."audit_log" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"actor_user_id" uuid,
	"actor_email" text,
	"action" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users"."oidc_providers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"issuer" text NOT NULL,
	"audience" text NOT NULL,
	"jwks_url" text NOT NULL,
	"email_claim" text DEFAULT 'email' NOT NULL,
	"role_claim" text,
	"role_mapping" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"default_role" text DEFAULT 'VIEWER' NOT NULL,
	"auto_provision" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "oidc_providers_issuer_unique" UNIQUE("issuer"),
	CONSTRAINT "oidc_providers_default_role_check" CHECK ("users"."oidc_providers"."default_role" in ('ADMIN', 'MANAGER', 'MEMBER', 'VIEWER'))
);
--> statement-breakpoint
CREATE TABLE "users"."refresh_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"family_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"replaced_by" uuid,
	CONSTRAINT "refresh_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "users"."signing_keys" (
	"kid" text PRIMARY KEY NOT NULL,
	"public_jwk" jsonb NOT NULL,
	"private_jwk_sealed" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "users"."users" ADD COLUMN "role" text DEFAULT 'VIEWER' NOT NULL;--> statement-breakpoint
ALTER TABLE "users"."users" ADD COLUMN "password_hash" text;--> statement-breakpoint
ALTER TABLE "users"."users" ADD COLUMN "disabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users"."refresh_tokens" ADD CONSTRAINT "refresh_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_tenant_at_idx" ON "users"."audit_log" USING btree ("tenant_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "oidc_providers_tenant_idx" ON "users"."oidc_providers" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "refresh_tokens_family_idx" ON "users"."refresh_tokens" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "refresh_tokens_user_idx" ON "users"."refresh_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "signing_keys_one_active_uq" ON "users"."signing_keys" USING btree (("retired_at" is null)) WHERE "users"."signing_keys"."retired_at" is null;--> statement-breakpoint
CREATE INDEX "users_email_idx" ON "users"."users" USING btree ("email");--> statement-breakpoint
ALTER TABLE "users"."users" ADD CONSTRAINT "users_role_check" CHECK ("users"."users"."role" in ('ADMIN', 'MANAGER', 'MEMBER', 'VIEWER'));--> statement-breakpoint
SELECT public.sprint_reports_isolate(t) FROM unnest(ARRAY['users.refresh_tokens', 'users.oidc_providers', 'users.audit_log']::regclass[]) AS t;
--> statement-breakpoint
-- Signing keys belong to no tenant: only the system role (sign-in, key rotation) may touch them.
GRANT SELECT, INSERT, UPDATE, DELETE ON users.signing_keys TO sprint_reports_system;
--> statement-breakpoint
ALTER TABLE users.signing_keys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE users.signing_keys FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY system_access ON users.signing_keys TO sprint_reports_system USING (true) WITH CHECK (true);
