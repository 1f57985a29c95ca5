// Imported before @apollo/gateway: it otherwise reports usage and probes cloud metadata
// addresses. The product makes no calls its user did not ask for.
process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
