import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_builds" ADD COLUMN "has_errors" boolean;
  ALTER TABLE "site_builds" ADD COLUMN "withheld" jsonb;
  CREATE INDEX "site_builds_has_errors_idx" ON "site_builds" USING btree ("has_errors");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "site_builds_has_errors_idx";
  ALTER TABLE "site_builds" DROP COLUMN "has_errors";
  ALTER TABLE "site_builds" DROP COLUMN "withheld";`)
}
