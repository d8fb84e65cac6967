import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "feedback" ADD COLUMN "form_key" varchar;
  CREATE UNIQUE INDEX "feedback_form_key_idx" ON "feedback" USING btree ("form_key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "feedback_form_key_idx";
  ALTER TABLE "feedback" DROP COLUMN "form_key";`)
}
