// Prettier (`npm run format`, `npm run format:check`), set to the style the code is already written in.
/** @type {import('prettier').Config} */
export default {
  printWidth: 160,
  singleQuote: true,
  trailingComma: 'all',
  semi: true,
  arrowParens: 'always',
  bracketSpacing: true,
  endOfLine: 'lf',
  // GraphQL inside template literals stays as written: the web app's documents are the keys of the
  // generated app/src/gql map, and the internal operations are compared as strings.
  embeddedLanguageFormatting: 'off',
};
