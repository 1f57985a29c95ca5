import { graphql } from '../../gql/index.ts';

/** The admin pages' documents: people, single sign-on and the audit log. */

export const UsersQuery = graphql(`
  query AdminUsers {
    users { id email displayName role jiraAccountId disabled teams { id name } }
  }
`);

export const CreateUserMutation = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!, $idempotencyKey: String) {
    createUser(input: $input, idempotencyKey: $idempotencyKey) { id email displayName role jiraAccountId disabled teams { id name } }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation AdminUpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) { id email displayName role jiraAccountId disabled teams { id name } }
  }
`);

export const OidcProvidersQuery = graphql(`
  query AdminOidcProviders {
    oidcProviders {
      id issuer audience jwksUrl emailClaim roleClaim roleMapping { claimValue role } defaultRole autoProvision clientId displayName emailDomains
    }
  }
`);

export const SetOidcProviderMutation = graphql(`
  mutation AdminSetOidcProvider($input: OidcProviderInput!) {
    setOidcProvider(input: $input) {
      id issuer audience jwksUrl emailClaim roleClaim roleMapping { claimValue role } defaultRole autoProvision clientId displayName emailDomains
    }
  }
`);

export const RemoveOidcProviderMutation = graphql(`
  mutation AdminRemoveOidcProvider($issuer: String!) { removeOidcProvider(issuer: $issuer) }
`);

export const TestOidcProviderQuery = graphql(`
  query AdminTestOidcProvider($input: OidcProviderInput!) {
    testOidcProvider(input: $input) { ok checks { kind passed message code } keys { kid alg kty accepted } }
  }
`);

export const AuditLogQuery = graphql(`
  query AdminAuditLog($limit: Int, $beforeId: ID, $actorId: ID, $kind: String) {
    auditLog(limit: $limit, beforeId: $beforeId, actorId: $actorId, kind: $kind) {
      id at actor { id displayName email } actorEmail action targetType targetId details
    }
  }
`);

export const AuditFiltersQuery = graphql(`
  query AdminAuditFilters {
    auditLogKinds
    users { id displayName email }
    teams { id name }
    boards { id name sprints { id name } }
  }
`);
