import { createHash } from 'node:crypto';
import type { ReportModel } from './report-model.ts';
import type { ReportRequest } from './request.ts';

/**
 * The cache key of a document: the request and every figure it shows, less when it was made. The
 * model is built field by field in a fixed order from answers in selection order, so its JSON is
 * the same for the same data. `v` changes with the renderers, so a document made by an older one
 * (the PDF layout, the HTML tables) is not the answer for a new request.
 */
export function fingerprintOf(request: ReportRequest, model: ReportModel): string {
  const { generatedAt: _generatedAt, ...figures } = model;
  return createHash('sha256')
    .update(JSON.stringify({ v: 2, request, figures }))
    .digest('base64url');
}
