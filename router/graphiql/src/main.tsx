// Monaco workers bundled by Vite (never the esm.sh variant: no CDN at run time).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import { createRoot } from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { createGraphiQLFetcher } from '@graphiql/toolkit';

// Same origin as the page: the router serves both /graphql and this UI.
const url = `${location.origin}/graphql`;
const fetcher = createGraphiQLFetcher({
  url,
  subscriptionUrl: url.replace(/^http/, 'ws'), // http→ws, https→wss
});

// Passing `plugins` replaces GraphiQL's default [HISTORY_PLUGIN], so keep it explicitly.
const plugins = [HISTORY_PLUGIN, explorerPlugin()];

// Short lines: the query editor is narrow while a sidebar plugin is open.
const defaultQuery = `# Sprint Reports · GraphiQL
#
# Explorer (sidebar): click fields
# to build a query. Docs: browse
# the schema. Run: Ctrl/Cmd+Enter.

{
  __typename
}
`;

createRoot(document.getElementById('root')!).render(
  <GraphiQL
    fetcher={fetcher}
    plugins={plugins}
    defaultQuery={defaultQuery}
    isHeadersEditorEnabled
  />,
);
