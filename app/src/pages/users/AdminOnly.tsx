import type { ReactNode } from 'react';
import { RoleGate } from '../../RoleGate.tsx';

// Kept for the pages that import them from here (UsersPage): the words live in words.ts.
export { ROLES, roleWords } from '../../words.ts';

/** An administrator's page: the app's one role gate at ADMIN. */
export function AdminOnly({ title, children }: { title: string; children: ReactNode }) {
  return <RoleGate min="ADMIN" title={title}>{children}</RoleGate>;
}
