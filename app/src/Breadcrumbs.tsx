import { Link } from 'react-router';

export interface Crumb {
  label: string;
  /** Where the crumb leads; the last crumb (this page) has none. */
  to?: string;
}

/**
 * Where a page sits, the same way on every admin and board page: "Administration › JIRA
 * connections › Jira Cloud", "Boards › Atlas › Capacity". The last crumb is the page itself.
 */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumbs" className="breadcrumbs small">
      <ol>
        {trail.map((c, i) => (
          <li key={`${i}-${c.label}`}>
            {c.to && i < trail.length - 1 ? (
              <Link to={c.to}>{c.label}</Link>
            ) : (
              <span aria-current={i === trail.length - 1 ? 'page' : undefined}>{c.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The trail of a board's page: Boards › <board> › <page>. */
export const boardTrail = (board: { id: string; name: string } | null | undefined, page: string): Crumb[] => [
  { label: 'Boards', to: '/' },
  { label: board?.name ?? 'Board', to: board ? `/boards/${board.id}` : undefined },
  { label: page },
];

/** The trail of an admin page: Administration › … (managers, who may not open it, start below). */
export const adminTrail = (admin: boolean, ...rest: Crumb[]): Crumb[] => (admin ? [{ label: 'Administration', to: '/admin' }, ...rest] : rest);
