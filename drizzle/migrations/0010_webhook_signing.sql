-- Every connection requires signed webhooks unless an admin turns signing off. Connections made
-- before secrets were generated (no webhook_secret_sealed) refuse webhooks until an admin rotates
-- a secret into being (rotateJiraWebhookSecret shows it once) or turns signing off: the secure
-- default, since a secret written here could never be shown to anyone.
ALTER TABLE "issues"."jira_connections" ADD COLUMN "webhook_signing" text DEFAULT 'REQUIRED' NOT NULL;
