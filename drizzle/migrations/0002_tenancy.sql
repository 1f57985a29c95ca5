-- Tenant isolation by row-level security (see packages/core/src/tenancy.ts and docs/security.md).
-- Two roles the application switches to per transaction; the connecting user needs membership in both.
-- Roles belong to the whole cluster, so they are created only when missing (databases share them).
DO $$ BEGIN
  CREATE ROLE sprint_reports_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
DO $$ BEGIN
  CREATE ROLE sprint_reports_system NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
GRANT sprint_reports_app, sprint_reports_system TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA users, sprints, issues, capacity, queues, reports TO sprint_reports_app, sprint_reports_system;
--> statement-breakpoint
-- Puts one table under tenant isolation: grants to both roles, RLS forced even for the owner,
-- `sprint_reports_app` limited to the tenant in app.tenant_id, `sprint_reports_system` unlimited.
-- Every migration that creates a tenant-owned table calls it (a test checks that none is missed).
CREATE OR REPLACE FUNCTION public.sprint_reports_isolate(tbl regclass, tenant_column text DEFAULT 'tenant_id') RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO sprint_reports_app, sprint_reports_system', tbl);
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %s', tbl);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s TO sprint_reports_app USING (%I = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (%I = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)',
    tbl, tenant_column, tenant_column);
  EXECUTE format('DROP POLICY IF EXISTS system_access ON %s', tbl);
  EXECUTE format('CREATE POLICY system_access ON %s TO sprint_reports_system USING (true) WITH CHECK (true)', tbl);
END $fn$;
--> statement-breakpoint
SELECT public.sprint_reports_isolate('users.tenants', 'id');
--> statement-breakpoint
SELECT public.sprint_reports_isolate(t) FROM unnest(ARRAY[
  'users.users', 'users.teams', 'users.team_members',
  'sprints.boards', 'sprints.sprints', 'sprints.sprint_analyses',
  'issues.issues', 'issues.issue_sprints', 'issues.issue_status_changes', 'issues.issue_estimate_changes', 'issues.issue_changelog',
  'issues.jira_connections', 'issues.sync_runs',
  'capacity.capacity_settings',
  'queues.queues', 'queues.queue_items', 'queues.queue_conflicts',
  'reports.reports'
]::regclass[]) AS t;
