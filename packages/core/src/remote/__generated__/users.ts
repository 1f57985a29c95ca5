/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Internal: one audit entry, as packages/core/src/audit.ts records it. */
export type AuditEntryInput = {
  action: string;
  actorEmail?: string | null | undefined;
  actorUserId?: string | number | null | undefined;
  /** JSON object. */
  details?: string | null | undefined;
  targetId?: string | null | undefined;
  targetType: string;
  /** Only for callers without a tenant (system-wide work); otherwise the caller's tenant. */
  tenantId?: string | number | null | undefined;
};

export type RecordAuditMutationVariables = Exact<{
  entries: Array<AuditEntryInput> | AuditEntryInput;
}>;


export type RecordAuditMutation = { recordAudit: number };


export const RecordAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntryInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}]}]}}]} as unknown as DocumentNode<RecordAuditMutation, RecordAuditMutationVariables>;