import type { TestJiraConnectionQuery } from '../../gql/graphql.ts';
import { flavorWords } from './model.ts';

type Found = TestJiraConnectionQuery['testJiraConnection'];

const SOURCE_WORDS = { OVERRIDE: 'the field you named', BOARD: 'the field most boards estimate in', NAME: 'found by its name' } as const;

/** What a connection test found: who the credentials belong to, the boards they see, the story points field. */
export function TestResult({ found }: { found: Found }) {
  return (
    <div className="card test-result" role="region" aria-label="What JIRA answered">
      <h3>JIRA answered</h3>
      <p>
        Signed in to JIRA {flavorWords(found.flavor)} at <strong>{found.baseUrl}</strong> as <strong>{found.userName}</strong>
        {found.userAccount && <> ({found.userAccount})</>}, time zone {found.siteTimeZone}.
      </p>
      <p>
        Story points field:{' '}
        {found.storyPointsField ? (
          <>
            <strong>{found.storyPointsField.name}</strong> ({found.storyPointsField.id}), {SOURCE_WORDS[found.storyPointsField.source]}.
          </>
        ) : (
          <>none found.</>
        )}
      </p>
      <h4>{found.boards.length === 1 ? '1 board' : `${found.boards.length} boards`} a sync would bring in</h4>
      {found.boards.length > 0 && (
        <ul className="found-boards">
          {found.boards.map((b) => (
            <li key={b.jiraBoardId}>
              {b.name} <span className="muted small">{[b.type, b.projectKey && `project ${b.projectKey}`].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
      {found.warnings.map((w) => (
        <p key={w} className="warning">
          {w}
        </p>
      ))}
    </div>
  );
}
