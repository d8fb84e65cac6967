import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// A build record's "with errors" is never empty: builds queued or failed before this had none.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_builds" ALTER COLUMN "has_errors" SET DEFAULT false;
   UPDATE "site_builds" SET "has_errors" = false WHERE "has_errors" IS NULL;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_builds" ALTER COLUMN "has_errors" DROP DEFAULT;`)
}
