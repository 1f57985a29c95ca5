-- The audit log is append-only for the application: entries are written, never changed or removed
-- (sprint_reports_isolate granted every privilege, as for any tenant table).
REVOKE UPDATE, DELETE ON users.audit_log FROM sprint_reports_app, sprint_reports_system;
