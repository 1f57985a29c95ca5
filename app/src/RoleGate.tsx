import type { ReactNode } from 'react';
import type { Role } from './gql/graphql.ts';
import { atLeast, useMe } from './me.ts';
import { Loading } from './components.tsx';

const whoMay: Partial<Record<Role, string>> = {
  ADMIN: 'Only administrators',
  MANAGER: 'Only managers and administrators',
  MEMBER: 'Only members, managers and administrators',
};
const askWhom: Partial<Record<Role, string>> = { ADMIN: 'an administrator', MANAGER: 'a manager or an administrator', MEMBER: 'a manager or an administrator' };

/**
 * The one access gate of the app's pages: below `min`, the page says in words (under its heading)
 * that it is not for this role (the API would refuse every part of it); nothing of the page is shown
 * or asked for until the role is known.
 */
export function RoleGate({ min, title, children }: { min: Role; title: string; children: ReactNode }) {
  const me = useMe();
  if (!me) return <Loading what={title} />;
  if (!atLeast(me.role, min)) {
    return (
      <section className="refused">
        <h1>{title}</h1>
        <p className="card">
          {whoMay[min] ?? 'Nobody'} can see and change this: ask {askWhom[min] ?? 'an administrator'} of your organisation.
        </p>
      </section>
    );
  }
  return <>{children}</>;
}
