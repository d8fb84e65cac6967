import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/*
 * The admin's list search ignores accents (listSearch/): a folded copy of each document's searched
 * text in `search_text`, filled here for what exists. And who saved each version (`updated_by`),
 * filled from the audit log, which recorded every save with its user a moment after the version.
 * Both as they were defined when this was written (the fold and the searched columns copied here).
 */

/** shared/src/text/fold.ts foldVietnamese, with the list search's spacing (listSearch/searchText.ts). */
const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim()

/** Each table with a search field, the columns it folds (in a version table, each prefixed `version_`). */
const SEARCHED: Array<{ table: string; columns: string[]; versions: boolean }> = [
  { table: 'articles', columns: ['title', 'summary'], versions: true },
  { table: 'bulletins', columns: ['title'], versions: true },
  { table: 'practices', columns: ['title', 'summary'], versions: true },
  { table: 'documents', columns: ['number', 'title', 'issuer'], versions: true },
  { table: 'units', columns: ['name', 'code'], versions: true },
  { table: 'feedback', columns: ['tracking_code', 'name', 'subject', 'public_title'], versions: false },
]

const AUTHORED = [
  ['articles', 'articles'],
  ['bulletins', 'bulletins'],
  ['practices', 'practices'],
  ['documents', 'documents'],
  ['index_results', 'index-results'],
  ['procedure_stats', 'procedure-stats'],
] as const

const BATCH = 1000

async function fillSearchText(db: MigrateUpArgs['db'], table: string, columns: string[], target: string) {
  for (let after = 0; ; ) {
    const { rows } = (await db.execute(
      sql.raw(`SELECT "id", ${columns.map((column) => `"${column}"`).join(', ')} FROM "${table}" WHERE "id" > ${after} ORDER BY "id" LIMIT ${BATCH}`),
    )) as unknown as { rows: Array<Record<string, unknown>> }
    if (rows.length === 0) return
    const values = rows.map((row) => ({
      id: row.id,
      s: fold([...new Set(columns.map((column) => row[column]).filter((value) => typeof value === 'string' || typeof value === 'number').map(String))].join(' ')),
    }))
    await db.execute(
      sql`UPDATE ${sql.identifier(table)} AS t SET ${sql.identifier(target)} = v.s FROM jsonb_to_recordset(${JSON.stringify(values)}::jsonb) AS v(id int, s text) WHERE t.id = v.id`,
    )
    after = Number(rows[rows.length - 1].id)
  }
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "bulletins" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "bulletins" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_bulletins_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "_bulletins_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "practices" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "practices" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_practices_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "_practices_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "documents" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "documents" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "index_results" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_index_results_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "procedure_stats" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_procedure_stats_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "units" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_units_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "feedback" ADD COLUMN "search_text" varchar;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletins_v" ADD CONSTRAINT "_bulletins_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices" ADD CONSTRAINT "practices_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "index_results" ADD CONSTRAINT "index_results_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_index_results_v" ADD CONSTRAINT "_index_results_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedure_stats" ADD CONSTRAINT "procedure_stats_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedure_stats_v" ADD CONSTRAINT "_procedure_stats_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_updated_by_idx" ON "articles" USING btree ("updated_by_id");
  CREATE INDEX "_articles_v_version_version_updated_by_idx" ON "_articles_v" USING btree ("version_updated_by_id");
  CREATE INDEX "bulletins_updated_by_idx" ON "bulletins" USING btree ("updated_by_id");
  CREATE INDEX "_bulletins_v_version_version_updated_by_idx" ON "_bulletins_v" USING btree ("version_updated_by_id");
  CREATE INDEX "practices_updated_by_idx" ON "practices" USING btree ("updated_by_id");
  CREATE INDEX "_practices_v_version_version_updated_by_idx" ON "_practices_v" USING btree ("version_updated_by_id");
  CREATE INDEX "documents_updated_by_idx" ON "documents" USING btree ("updated_by_id");
  CREATE INDEX "_documents_v_version_version_updated_by_idx" ON "_documents_v" USING btree ("version_updated_by_id");
  CREATE INDEX "index_results_updated_by_idx" ON "index_results" USING btree ("updated_by_id");
  CREATE INDEX "_index_results_v_version_version_updated_by_idx" ON "_index_results_v" USING btree ("version_updated_by_id");
  CREATE INDEX "procedure_stats_updated_by_idx" ON "procedure_stats" USING btree ("updated_by_id");
  CREATE INDEX "_procedure_stats_v_version_version_updated_by_idx" ON "_procedure_stats_v" USING btree ("version_updated_by_id");`)

  for (const { table, columns, versions } of SEARCHED) {
    await fillSearchText(db, table, columns, 'search_text')
    if (versions) await fillSearchText(db, `_${table}_v`, columns.map((column) => `version_${column}`), 'version_search_text')
  }

  // A version's author: the audit entry of a save of that document nearest to it (written right after it).
  for (const [table, slug] of AUTHORED) {
    await db.execute(
      sql.raw(`UPDATE "_${table}_v" AS v SET "version_updated_by_id" = (
        SELECT a."user_id" FROM "audit_log" a
        WHERE a."collection_slug" = '${slug}' AND a."document_id" = v."parent_id"::text AND a."user_id" IS NOT NULL
          AND a."action" IN ('create', 'update', 'publish', 'unpublish')
          AND a."created_at" BETWEEN v."updated_at" - interval '2 seconds' AND v."updated_at" + interval '30 seconds'
        ORDER BY abs(extract(epoch FROM a."created_at" - v."updated_at")) LIMIT 1)
      WHERE v."version_updated_by_id" IS NULL`),
    )
    await db.execute(
      sql.raw(`UPDATE "${table}" AS t SET "updated_by_id" = (
        SELECT v."version_updated_by_id" FROM "_${table}_v" v WHERE v."parent_id" = t."id" ORDER BY v."updated_at" DESC, v."id" DESC LIMIT 1)
      WHERE t."updated_by_id" IS NULL`),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP CONSTRAINT "articles_updated_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "bulletins" DROP CONSTRAINT "bulletins_updated_by_id_users_id_fk";
  
  ALTER TABLE "_bulletins_v" DROP CONSTRAINT "_bulletins_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "practices" DROP CONSTRAINT "practices_updated_by_id_users_id_fk";
  
  ALTER TABLE "_practices_v" DROP CONSTRAINT "_practices_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_updated_by_id_users_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "index_results" DROP CONSTRAINT "index_results_updated_by_id_users_id_fk";
  
  ALTER TABLE "_index_results_v" DROP CONSTRAINT "_index_results_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "procedure_stats" DROP CONSTRAINT "procedure_stats_updated_by_id_users_id_fk";
  
  ALTER TABLE "_procedure_stats_v" DROP CONSTRAINT "_procedure_stats_v_version_updated_by_id_users_id_fk";
  
  DROP INDEX "articles_updated_by_idx";
  DROP INDEX "_articles_v_version_version_updated_by_idx";
  DROP INDEX "bulletins_updated_by_idx";
  DROP INDEX "_bulletins_v_version_version_updated_by_idx";
  DROP INDEX "practices_updated_by_idx";
  DROP INDEX "_practices_v_version_version_updated_by_idx";
  DROP INDEX "documents_updated_by_idx";
  DROP INDEX "_documents_v_version_version_updated_by_idx";
  DROP INDEX "index_results_updated_by_idx";
  DROP INDEX "_index_results_v_version_version_updated_by_idx";
  DROP INDEX "procedure_stats_updated_by_idx";
  DROP INDEX "_procedure_stats_v_version_version_updated_by_idx";
  ALTER TABLE "articles" DROP COLUMN "updated_by_id";
  ALTER TABLE "articles" DROP COLUMN "search_text";
  ALTER TABLE "_articles_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_search_text";
  ALTER TABLE "bulletins" DROP COLUMN "updated_by_id";
  ALTER TABLE "bulletins" DROP COLUMN "search_text";
  ALTER TABLE "_bulletins_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "_bulletins_v" DROP COLUMN "version_search_text";
  ALTER TABLE "practices" DROP COLUMN "updated_by_id";
  ALTER TABLE "practices" DROP COLUMN "search_text";
  ALTER TABLE "_practices_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "_practices_v" DROP COLUMN "version_search_text";
  ALTER TABLE "documents" DROP COLUMN "updated_by_id";
  ALTER TABLE "documents" DROP COLUMN "search_text";
  ALTER TABLE "_documents_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_search_text";
  ALTER TABLE "index_results" DROP COLUMN "updated_by_id";
  ALTER TABLE "_index_results_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "procedure_stats" DROP COLUMN "updated_by_id";
  ALTER TABLE "_procedure_stats_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "units" DROP COLUMN "search_text";
  ALTER TABLE "_units_v" DROP COLUMN "version_search_text";
  ALTER TABLE "feedback" DROP COLUMN "search_text";`)
}
