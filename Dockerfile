# One image for every service of docker-compose.yml: the router, the six subgraphs and the
# one-shot migration; each service picks its entry point with `command`.
# TypeScript runs from source through tsx (as with `npm start`), so there is no compile step.
FROM node:20-bookworm-slim

WORKDIR /app

# The manifests first, so `npm ci` is cached until a dependency changes. Every npm workspace
# must be listed here (npm ci checks them against package-lock.json).
COPY package.json package-lock.json .npmrc ./
COPY packages/core/package.json packages/core/
COPY packages/testing/package.json packages/testing/
COPY drizzle/package.json drizzle/
COPY subgraphs/users/package.json subgraphs/users/
COPY subgraphs/sprints/package.json subgraphs/sprints/
COPY subgraphs/issues/package.json subgraphs/issues/
COPY subgraphs/capacity/package.json subgraphs/capacity/
COPY subgraphs/queues/package.json subgraphs/queues/
COPY subgraphs/reports/package.json subgraphs/reports/
COPY router/package.json router/
COPY tools/demo/package.json tools/demo/
COPY tools/demo-data/package.json tools/demo-data/
COPY tools/jira-sim/package.json tools/jira-sim/
COPY bench/package.json bench/
COPY app/package.json app/
# Fixes to dependencies that npm ci applies (patch-package, the root's postinstall).
COPY patches/ patches/
# Development dependencies included: tsx runs the TypeScript, vite builds GraphiQL and the web app.
RUN npm ci --no-audit --no-fund

COPY . .
# The GraphiQL page the router serves on GET /graphql (a local bundle, no CDN).
RUN node router/graphiql/build.mjs
# The web app the router serves at / (a local bundle, no CDN).
RUN node app/build.mjs

ENV NODE_ENV=production \
    APOLLO_TELEMETRY_DISABLED=1 \
    HOST=0.0.0.0
USER node
EXPOSE 4000 4001 4002 4003 4004 4005 4006
# The demo's entry (what `npm start` runs): the router with the demo tenant, unless SEED_DEMO=false.
# The router alone, without the demo's code: router/src/main.ts.
CMD ["node", "--import", "tsx", "tools/demo/src/main.ts"]
