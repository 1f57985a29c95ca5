/** Words for the API's enums that several pages show the same way. */
import type { Role } from './gql/graphql.ts';

/** The tenant roles, highest first (as pickers list them). */
export const ROLES: Role[] = ['ADMIN', 'MANAGER', 'MEMBER', 'VIEWER'];
export const roleWords: Record<Role, string> = { ADMIN: 'Admin', MANAGER: 'Manager', MEMBER: 'Member', VIEWER: 'Viewer' };
