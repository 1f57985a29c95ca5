import { createHash } from 'node:crypto';
import type { ReportModel } from './model.ts';
import type { ReportRequest } from './request.ts';

/**
 * The cache key of a document: the request and every figure it shows, less when it was made. The
 * model is built field by field in a fixed order from answers in selection order, so its JSON is
 * the same for the same data.
 */
export function fingerprintOf(request: ReportRequest, model: ReportModel): string {
  const { generatedAt: _generatedAt, ...figures } = model;
  return createHash('sha256').update(JSON.stringify({ v: 1, request, figures })).digest('base64url');
}
