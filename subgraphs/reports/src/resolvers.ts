import { DateScalar, DateTimeScalar, notFound, orNotFound, parseId } from '@sprint-reports/core';
import * as data from './data.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { requestReport } from './generate.ts';
import { downloadUrl, verifyDownload } from './links.ts';
import { reportRequest } from './request.ts';

const MAX_LIST = 200;
const limitOf = (limit: number | null | undefined) => Math.min(Math.max(limit ?? 50, 1), MAX_LIST);

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Date: DateScalar,
  Query: {
    report: async (_, { id }, { loaders }) => orNotFound(await loaders.report.load(parseId(id)), 'Report', id),
    // Internal (the router's download route): without a token, the router vouches for a signed-in user of the tenant.
    reportFile: async (_, { id, token }, { db, tenantId, loaders }) => {
      const report = await loaders.report.load(parseId(id));
      if (token != null && !(await verifyDownload(await loaders.linkKey.load(tenantId), tenantId, id, token))) throw notFound('Report', id);
      if (!report?.documentId) return null;
      const document = await data.documentById(db, tenantId, report.documentId);
      return document ? { fileName: document.fileName, contentType: document.contentType, base64: document.content.toString('base64') } : null;
    },
  },
  Mutation: {
    generateReport: async (_, { input }, { db, tenantId, runtime, identity }) =>
      requestReport({ db, runtime }, tenantId, reportRequest(input, new Date()), { userId: identity.kind === 'user' ? identity.userId : null }),
  },
  Report: {
    __resolveReference: (ref, { loaders }) => loaders.report.load(ref.id),
    sprint: (r) => (r.sprintId ? { id: r.sprintId } : null),
    board: (r) => (r.boardId ? { id: r.boardId } : null),
    team: (r) => (r.teamId ? { id: r.teamId } : null),
    from: (r) => r.params.from ?? null,
    to: (r) => r.params.to ?? null,
    last: (r) => r.params.last ?? null,
    fileName: async (r, _, { loaders }) => (r.documentId ? ((await loaders.document.load(r.documentId))?.fileName ?? null) : null),
    contentType: async (r, _, { loaders }) => (r.documentId ? ((await loaders.document.load(r.documentId))?.contentType ?? null) : null),
    requestedBy: (r) => (r.requestedBy ? { id: r.requestedBy } : null),
    downloadUrl: async (r, _, { loaders, tenantId, runtime }) => (r.status === 'READY' ? downloadUrl(await loaders.linkKey.load(tenantId), runtime.config.publicUrl, tenantId, r.id) : null),
  },
  Sprint: {
    __resolveReference: (ref) => ({ id: ref.id }),
    reports: (sprint, _, { loaders }) => loaders.reportsBySprint.load(sprint.id),
  },
  Team: {
    __resolveReference: (ref) => ({ id: ref.id }),
    reports: (team, { limit }, { loaders }) => loaders.reportsByTeam(limitOf(limit)).load(team.id),
  },
};
