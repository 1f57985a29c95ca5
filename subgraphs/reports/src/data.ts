import { and, desc, eq, getTableColumns, gt, inArray, sql } from 'drizzle-orm';
import type { Database } from '@sprint-reports/core';
import { reportsTables } from '@sprint-reports/drizzle';
import type { DocumentRow, ReportRow } from './models.ts';

const { reports, documents } = reportsTables;

export const reportsByIds = (db: Database, tenantId: string, ids: readonly string[]) =>
  db.select().from(reports).where(and(eq(reports.tenantId, tenantId), inArray(reports.id, [...ids])));

export const reportsBySprintIds = (db: Database, tenantId: string, sprintIds: readonly string[]) =>
  db.select().from(reports).where(and(eq(reports.tenantId, tenantId), inArray(reports.sprintId, [...sprintIds]))).orderBy(desc(reports.createdAt), desc(reports.id));

/** The newest `limit` reports of each team. */
export async function reportsByTeamIds(db: Database, tenantId: string, teamIds: readonly string[], limit: number): Promise<ReportRow[]> {
  const ranked = db
    .select({ ...getTableColumns(reports), rank: sql<number>`row_number() over (partition by ${reports.teamId} order by ${reports.createdAt} desc, ${reports.id} desc)`.as('rank') })
    .from(reports)
    .where(and(eq(reports.tenantId, tenantId), inArray(reports.teamId, [...teamIds])))
    .as('ranked');
  const rows = await db.select().from(ranked).where(sql`${ranked.rank} <= ${limit}`).orderBy(desc(ranked.createdAt), desc(ranked.id));
  return rows.map(({ rank: _rank, ...row }) => row);
}

export async function insertReport(db: Database, row: typeof reports.$inferInsert): Promise<ReportRow> {
  const [stored] = await db.insert(reports).values(row).returning();
  return stored;
}

export async function updateReport(db: Database, tenantId: string, id: string, set: Partial<ReportRow>): Promise<ReportRow | null> {
  const [row] = await db.update(reports).set(set).where(and(eq(reports.tenantId, tenantId), eq(reports.id, id))).returning();
  return row ?? null;
}

/** Everything about documents but their content, which only a download reads. */
const { content: _content, ...documentMeta } = getTableColumns(documents);
export type DocumentMeta = Omit<DocumentRow, 'content'>;

export const documentMetaByIds = (db: Database, tenantId: string, ids: readonly string[]): Promise<DocumentMeta[]> =>
  db.select(documentMeta).from(documents).where(and(eq(documents.tenantId, tenantId), inArray(documents.id, [...ids])));

export async function documentById(db: Database, tenantId: string, id: string): Promise<DocumentRow | null> {
  const [row] = await db.select().from(documents).where(and(eq(documents.tenantId, tenantId), eq(documents.id, id)));
  return row ?? null;
}

/** The document made from this fingerprint since `since`, if any. */
export async function documentByFingerprint(db: Database, tenantId: string, fingerprint: string, since: Date): Promise<{ id: string } | null> {
  const [row] = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.tenantId, tenantId), eq(documents.fingerprint, fingerprint), gt(documents.createdAt, since)));
  return row ?? null;
}

/**
 * Stores a rendered document. The same fingerprint is the same document: rendered again (its
 * cache entry expired), the stored row takes the new file and date, and keeps its id.
 */
export async function saveDocument(db: Database, row: typeof documents.$inferInsert): Promise<DocumentMeta> {
  const [stored] = await db
    .insert(documents)
    .values(row)
    .onConflictDoUpdate({
      target: [documents.tenantId, documents.fingerprint],
      set: { title: row.title, content: row.content, contentType: row.contentType, fileName: row.fileName, sizeBytes: row.sizeBytes, headline: row.headline, createdAt: sql`now()` },
    })
    .returning(documentMeta);
  return stored;
}
