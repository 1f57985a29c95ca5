-- Runs once, when the postgres container creates its database (docker-compose.yml mounts it into
-- /docker-entrypoint-initdb.d). The schemas' owner is `postgres`, which runs the migrations; the
-- application connects as `sprint_reports`, an ordinary login role that may only take the two roles
-- row-level security knows (drizzle/migrations/0002_tenancy.sql creates them when missing).
CREATE ROLE sprint_reports_app NOLOGIN;
CREATE ROLE sprint_reports_system NOLOGIN;
CREATE ROLE sprint_reports LOGIN PASSWORD 'sprint_reports' NOINHERIT IN ROLE sprint_reports_app, sprint_reports_system;
