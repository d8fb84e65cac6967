import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "import_source_system" varchar;
  ALTER TABLE "articles" ADD COLUMN "import_source_site" varchar;
  ALTER TABLE "articles" ADD COLUMN "import_source_item_id" varchar;
  ALTER TABLE "articles" ADD COLUMN "import_source_url" varchar;
  ALTER TABLE "articles" ADD COLUMN "import_source_hash" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_import_source_system" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_import_source_site" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_import_source_item_id" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_import_source_url" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_import_source_hash" varchar;
  ALTER TABLE "documents" ADD COLUMN "import_source_system" varchar;
  ALTER TABLE "documents" ADD COLUMN "import_source_site" varchar;
  ALTER TABLE "documents" ADD COLUMN "import_source_item_id" varchar;
  ALTER TABLE "documents" ADD COLUMN "import_source_url" varchar;
  ALTER TABLE "documents" ADD COLUMN "import_source_hash" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_import_source_system" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_import_source_site" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_import_source_item_id" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_import_source_url" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_import_source_hash" varchar;
  ALTER TABLE "media" ADD COLUMN "import_source_system" varchar;
  ALTER TABLE "media" ADD COLUMN "import_source_site" varchar;
  ALTER TABLE "media" ADD COLUMN "import_source_item_id" varchar;
  ALTER TABLE "media" ADD COLUMN "import_source_url" varchar;
  ALTER TABLE "media" ADD COLUMN "import_source_hash" varchar;
  ALTER TABLE "document_files" ADD COLUMN "import_source_system" varchar;
  ALTER TABLE "document_files" ADD COLUMN "import_source_site" varchar;
  ALTER TABLE "document_files" ADD COLUMN "import_source_item_id" varchar;
  ALTER TABLE "document_files" ADD COLUMN "import_source_url" varchar;
  ALTER TABLE "document_files" ADD COLUMN "import_source_hash" varchar;
  CREATE UNIQUE INDEX "importSource_system_importSource_site_importSource_itemI_idx" ON "articles" USING btree ("import_source_system","import_source_site","import_source_item_id");
  CREATE INDEX "compound_index_idx" ON "_articles_v" USING btree ("version_import_source_system","version_import_source_site","version_import_source_item_id");
  CREATE UNIQUE INDEX "importSource_system_importSource_site_importSource_ite_1_idx" ON "documents" USING btree ("import_source_system","import_source_site","import_source_item_id");
  CREATE INDEX "compound_index_1_idx" ON "_documents_v" USING btree ("version_import_source_system","version_import_source_site","version_import_source_item_id");
  CREATE UNIQUE INDEX "importSource_system_importSource_site_importSource_ite_2_idx" ON "media" USING btree ("import_source_system","import_source_site","import_source_item_id");
  CREATE UNIQUE INDEX "importSource_system_importSource_site_importSource_ite_3_idx" ON "document_files" USING btree ("import_source_system","import_source_site","import_source_item_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "importSource_system_importSource_site_importSource_itemI_idx";
  DROP INDEX "compound_index_idx";
  DROP INDEX "importSource_system_importSource_site_importSource_ite_1_idx";
  DROP INDEX "compound_index_1_idx";
  DROP INDEX "importSource_system_importSource_site_importSource_ite_2_idx";
  DROP INDEX "importSource_system_importSource_site_importSource_ite_3_idx";
  ALTER TABLE "articles" DROP COLUMN "import_source_system";
  ALTER TABLE "articles" DROP COLUMN "import_source_site";
  ALTER TABLE "articles" DROP COLUMN "import_source_item_id";
  ALTER TABLE "articles" DROP COLUMN "import_source_url";
  ALTER TABLE "articles" DROP COLUMN "import_source_hash";
  ALTER TABLE "_articles_v" DROP COLUMN "version_import_source_system";
  ALTER TABLE "_articles_v" DROP COLUMN "version_import_source_site";
  ALTER TABLE "_articles_v" DROP COLUMN "version_import_source_item_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_import_source_url";
  ALTER TABLE "_articles_v" DROP COLUMN "version_import_source_hash";
  ALTER TABLE "documents" DROP COLUMN "import_source_system";
  ALTER TABLE "documents" DROP COLUMN "import_source_site";
  ALTER TABLE "documents" DROP COLUMN "import_source_item_id";
  ALTER TABLE "documents" DROP COLUMN "import_source_url";
  ALTER TABLE "documents" DROP COLUMN "import_source_hash";
  ALTER TABLE "_documents_v" DROP COLUMN "version_import_source_system";
  ALTER TABLE "_documents_v" DROP COLUMN "version_import_source_site";
  ALTER TABLE "_documents_v" DROP COLUMN "version_import_source_item_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_import_source_url";
  ALTER TABLE "_documents_v" DROP COLUMN "version_import_source_hash";
  ALTER TABLE "media" DROP COLUMN "import_source_system";
  ALTER TABLE "media" DROP COLUMN "import_source_site";
  ALTER TABLE "media" DROP COLUMN "import_source_item_id";
  ALTER TABLE "media" DROP COLUMN "import_source_url";
  ALTER TABLE "media" DROP COLUMN "import_source_hash";
  ALTER TABLE "document_files" DROP COLUMN "import_source_system";
  ALTER TABLE "document_files" DROP COLUMN "import_source_site";
  ALTER TABLE "document_files" DROP COLUMN "import_source_item_id";
  ALTER TABLE "document_files" DROP COLUMN "import_source_url";
  ALTER TABLE "document_files" DROP COLUMN "import_source_hash";`)
}
