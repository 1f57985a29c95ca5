import type { ReactNode } from 'react';
import { atLeast, useMe } from '../../me.ts';
import type { Role } from '../../gql/graphql.ts';

export const ROLES: Role[] = ['ADMIN', 'MANAGER', 'MEMBER', 'VIEWER'];
export const roleWords: Record<Role, string> = { ADMIN: 'Admin', MANAGER: 'Manager', MEMBER: 'Member', VIEWER: 'Viewer' };

/**
 * An administrator's page: others are told they cannot use it (the API would refuse every part of
 * it), and nothing of it is asked for until the role is known.
 */
export function AdminOnly({ title, children }: { title: string; children: ReactNode }) {
  const me = useMe();
  if (!me) return null;
  if (!atLeast(me.role, 'ADMIN')) {
    return (
      <section>
        <h1>{title}</h1>
        <p className="card">Only administrators can see and change this: ask an administrator of your organisation.</p>
      </section>
    );
  }
  return <>{children}</>;
}
