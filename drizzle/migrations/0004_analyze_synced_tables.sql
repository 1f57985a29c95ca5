-- After a sync writes many issues the planner's statistics describe far smaller tables (see
-- analyzeSyncedTables in subgraphs/issues/src/sync/store.ts). Only a table's owner may ANALYZE it,
-- and the application runs as an ordinary role: this function analyzes the synced tables with the
-- owner's rights (SECURITY DEFINER), and nothing else. Of the issues and the raw changelog only the
-- columns queries filter and join on: statistics of the wide ones cost more than all the rest.
CREATE OR REPLACE FUNCTION issues.analyze_synced_tables() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
  ANALYZE issues.issues (id, tenant_id, connection_id, jira_id, key, deleted_at, assignee_id, last_seen_run_id),
    issues.issue_sprints, issues.issue_status_changes, issues.issue_estimate_changes, issues.issue_changelog (tenant_id, issue_id);
END $fn$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION issues.analyze_synced_tables() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION issues.analyze_synced_tables() TO sprint_reports_app, sprint_reports_system;
