import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_list_members_status" AS ENUM('active', 'unsubscribed', 'suspended');
  CREATE TYPE "public"."enum_subscribers_status" AS ENUM('pending', 'confirmed', 'suspended');
  CREATE TYPE "public"."enum_subscribers_frequency" AS ENUM('immediate', 'daily', 'weekly');
  CREATE TYPE "public"."enum_mail_sendings_kind" AS ENUM('bulletin', 'alert', 'digest');
  CREATE TYPE "public"."enum_mail_sendings_status" AS ENUM('queued', 'sending', 'waiting', 'done');
  CREATE TYPE "public"."enum_mail_deliveries_status" AS ENUM('queued', 'sending', 'sent', 'failed', 'bounced', 'uncertain', 'skipped');
  CREATE TYPE "public"."enum_published_items_item_collection" AS ENUM('articles', 'practices', 'documents', 'bulletins');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendMailing' BEFORE 'buildSite';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendAlert' BEFORE 'buildSite';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendDigest' BEFORE 'buildSite';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'mailNotice' BEFORE 'buildSite';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'purgeUnconfirmed' BEFORE 'buildSite';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendMailing' BEFORE 'buildSite';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendAlert' BEFORE 'buildSite';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendDigest' BEFORE 'buildSite';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'mailNotice' BEFORE 'buildSite';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'purgeUnconfirmed' BEFORE 'buildSite';
  CREATE TABLE "mailing_lists" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "list_members" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"list_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"position" varchar,
  	"organisation" varchar,
  	"email" varchar NOT NULL,
  	"status" "enum_list_members_status" DEFAULT 'active' NOT NULL,
  	"hard_bounces" numeric DEFAULT 0,
  	"link_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subscribers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"status" "enum_subscribers_status" DEFAULT 'pending' NOT NULL,
  	"bulletins" boolean DEFAULT false,
  	"documents" boolean DEFAULT false,
  	"frequency" "enum_subscribers_frequency" DEFAULT 'immediate' NOT NULL,
  	"requested_at" timestamp(3) with time zone,
  	"confirmation_sent_at" timestamp(3) with time zone,
  	"confirmed_at" timestamp(3) with time zone,
  	"hard_bounces" numeric DEFAULT 0,
  	"link_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "subscribers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"reform_areas_id" integer,
  	"units_id" integer
  );
  
  CREATE TABLE "mail_sendings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"kind" "enum_mail_sendings_kind" NOT NULL,
  	"status" "enum_mail_sendings_status" DEFAULT 'queued' NOT NULL,
  	"key" varchar,
  	"bulletin_id" integer,
  	"to_subscribers" boolean DEFAULT false,
  	"resend" boolean DEFAULT false,
  	"sent_by_id" integer,
  	"recipients" numeric DEFAULT 0,
  	"sent" numeric DEFAULT 0,
  	"failed" numeric DEFAULT 0,
  	"bounced" numeric DEFAULT 0,
  	"uncertain" numeric DEFAULT 0,
  	"unsubscribed" numeric DEFAULT 0,
  	"last_error" varchar,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"message" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "mail_sendings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"mailing_lists_id" integer
  );
  
  CREATE TABLE "mail_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"sending_id" integer NOT NULL,
  	"address" varchar,
  	"subscriber_id" integer,
  	"member_id" integer,
  	"status" "enum_mail_deliveries_status" DEFAULT 'queued' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"next_attempt_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"content" jsonb,
  	"unsubscribed" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "published_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"item_collection" "enum_published_items_item_collection" NOT NULL,
  	"item_id" numeric NOT NULL,
  	"first_published_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mailing_lists_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "list_members_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscribers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mail_sendings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mail_deliveries_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "published_items_id" integer;
  ALTER TABLE "list_members" ADD CONSTRAINT "list_members_list_id_mailing_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."mailing_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscribers_rels" ADD CONSTRAINT "subscribers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscribers_rels" ADD CONSTRAINT "subscribers_rels_reform_areas_fk" FOREIGN KEY ("reform_areas_id") REFERENCES "public"."reform_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subscribers_rels" ADD CONSTRAINT "subscribers_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_sendings" ADD CONSTRAINT "mail_sendings_bulletin_id_bulletins_id_fk" FOREIGN KEY ("bulletin_id") REFERENCES "public"."bulletins"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_sendings" ADD CONSTRAINT "mail_sendings_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_sendings_rels" ADD CONSTRAINT "mail_sendings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."mail_sendings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_sendings_rels" ADD CONSTRAINT "mail_sendings_rels_mailing_lists_fk" FOREIGN KEY ("mailing_lists_id") REFERENCES "public"."mailing_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_deliveries" ADD CONSTRAINT "mail_deliveries_sending_id_mail_sendings_id_fk" FOREIGN KEY ("sending_id") REFERENCES "public"."mail_sendings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mail_deliveries" ADD CONSTRAINT "mail_deliveries_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "mail_deliveries" ADD CONSTRAINT "mail_deliveries_member_id_list_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."list_members"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "mailing_lists_name_idx" ON "mailing_lists" USING btree ("name");
  CREATE INDEX "mailing_lists_updated_at_idx" ON "mailing_lists" USING btree ("updated_at");
  CREATE INDEX "mailing_lists_created_at_idx" ON "mailing_lists" USING btree ("created_at");
  CREATE INDEX "list_members_list_idx" ON "list_members" USING btree ("list_id");
  CREATE INDEX "list_members_updated_at_idx" ON "list_members" USING btree ("updated_at");
  CREATE INDEX "list_members_created_at_idx" ON "list_members" USING btree ("created_at");
  CREATE UNIQUE INDEX "list_email_idx" ON "list_members" USING btree ("list_id","email");
  CREATE UNIQUE INDEX "subscribers_email_idx" ON "subscribers" USING btree ("email");
  CREATE INDEX "subscribers_status_idx" ON "subscribers" USING btree ("status");
  CREATE INDEX "subscribers_confirmed_at_idx" ON "subscribers" USING btree ("confirmed_at");
  CREATE INDEX "subscribers_updated_at_idx" ON "subscribers" USING btree ("updated_at");
  CREATE INDEX "subscribers_created_at_idx" ON "subscribers" USING btree ("created_at");
  CREATE INDEX "subscribers_rels_order_idx" ON "subscribers_rels" USING btree ("order");
  CREATE INDEX "subscribers_rels_parent_idx" ON "subscribers_rels" USING btree ("parent_id");
  CREATE INDEX "subscribers_rels_path_idx" ON "subscribers_rels" USING btree ("path");
  CREATE INDEX "subscribers_rels_reform_areas_id_idx" ON "subscribers_rels" USING btree ("reform_areas_id");
  CREATE INDEX "subscribers_rels_units_id_idx" ON "subscribers_rels" USING btree ("units_id");
  CREATE INDEX "mail_sendings_kind_idx" ON "mail_sendings" USING btree ("kind");
  CREATE INDEX "mail_sendings_status_idx" ON "mail_sendings" USING btree ("status");
  CREATE UNIQUE INDEX "mail_sendings_key_idx" ON "mail_sendings" USING btree ("key");
  CREATE INDEX "mail_sendings_bulletin_idx" ON "mail_sendings" USING btree ("bulletin_id");
  CREATE INDEX "mail_sendings_sent_by_idx" ON "mail_sendings" USING btree ("sent_by_id");
  CREATE INDEX "mail_sendings_updated_at_idx" ON "mail_sendings" USING btree ("updated_at");
  CREATE INDEX "mail_sendings_created_at_idx" ON "mail_sendings" USING btree ("created_at");
  CREATE INDEX "mail_sendings_rels_order_idx" ON "mail_sendings_rels" USING btree ("order");
  CREATE INDEX "mail_sendings_rels_parent_idx" ON "mail_sendings_rels" USING btree ("parent_id");
  CREATE INDEX "mail_sendings_rels_path_idx" ON "mail_sendings_rels" USING btree ("path");
  CREATE INDEX "mail_sendings_rels_mailing_lists_id_idx" ON "mail_sendings_rels" USING btree ("mailing_lists_id");
  CREATE INDEX "mail_deliveries_sending_idx" ON "mail_deliveries" USING btree ("sending_id");
  CREATE INDEX "mail_deliveries_subscriber_idx" ON "mail_deliveries" USING btree ("subscriber_id");
  CREATE INDEX "mail_deliveries_member_idx" ON "mail_deliveries" USING btree ("member_id");
  CREATE INDEX "mail_deliveries_status_idx" ON "mail_deliveries" USING btree ("status");
  CREATE INDEX "mail_deliveries_updated_at_idx" ON "mail_deliveries" USING btree ("updated_at");
  CREATE INDEX "mail_deliveries_created_at_idx" ON "mail_deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "sending_address_idx" ON "mail_deliveries" USING btree ("sending_id","address");
  -- Mailboxes are matched without case: addresses are stored lower-case (the collections' hooks do it).
  ALTER TABLE "subscribers" ADD CONSTRAINT "subscribers_email_lower_case" CHECK ("email" = lower("email"));
  ALTER TABLE "list_members" ADD CONSTRAINT "list_members_email_lower_case" CHECK ("email" = lower("email"));
  ALTER TABLE "mail_deliveries" ADD CONSTRAINT "mail_deliveries_attempts_not_negative" CHECK ("attempts" >= 0);
  CREATE INDEX "published_items_first_published_at_idx" ON "published_items" USING btree ("first_published_at");
  CREATE INDEX "published_items_updated_at_idx" ON "published_items" USING btree ("updated_at");
  CREATE INDEX "published_items_created_at_idx" ON "published_items" USING btree ("created_at");
  CREATE UNIQUE INDEX "itemCollection_itemId_idx" ON "published_items" USING btree ("item_collection","item_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mailing_lists_fk" FOREIGN KEY ("mailing_lists_id") REFERENCES "public"."mailing_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_list_members_fk" FOREIGN KEY ("list_members_id") REFERENCES "public"."list_members"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscribers_fk" FOREIGN KEY ("subscribers_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mail_sendings_fk" FOREIGN KEY ("mail_sendings_id") REFERENCES "public"."mail_sendings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mail_deliveries_fk" FOREIGN KEY ("mail_deliveries_id") REFERENCES "public"."mail_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_published_items_fk" FOREIGN KEY ("published_items_id") REFERENCES "public"."published_items"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_mailing_lists_id_idx" ON "payload_locked_documents_rels" USING btree ("mailing_lists_id");
  CREATE INDEX "payload_locked_documents_rels_list_members_id_idx" ON "payload_locked_documents_rels" USING btree ("list_members_id");
  CREATE INDEX "payload_locked_documents_rels_subscribers_id_idx" ON "payload_locked_documents_rels" USING btree ("subscribers_id");
  CREATE INDEX "payload_locked_documents_rels_mail_sendings_id_idx" ON "payload_locked_documents_rels" USING btree ("mail_sendings_id");
  CREATE INDEX "payload_locked_documents_rels_mail_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("mail_deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_published_items_id_idx" ON "payload_locked_documents_rels" USING btree ("published_items_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "mailing_lists" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "list_members" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscribers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscribers_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mail_sendings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mail_sendings_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mail_deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "published_items" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "mailing_lists" CASCADE;
  DROP TABLE "list_members" CASCADE;
  DROP TABLE "subscribers" CASCADE;
  DROP TABLE "subscribers_rels" CASCADE;
  DROP TABLE "mail_sendings" CASCADE;
  DROP TABLE "mail_sendings_rels" CASCADE;
  DROP TABLE "mail_deliveries" CASCADE;
  DROP TABLE "published_items" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mailing_lists_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_list_members_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscribers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mail_sendings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mail_deliveries_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_published_items_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'buildSite', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'buildSite', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_mailing_lists_id_idx";
  DROP INDEX "payload_locked_documents_rels_list_members_id_idx";
  DROP INDEX "payload_locked_documents_rels_subscribers_id_idx";
  DROP INDEX "payload_locked_documents_rels_mail_sendings_id_idx";
  DROP INDEX "payload_locked_documents_rels_mail_deliveries_id_idx";
  DROP INDEX "payload_locked_documents_rels_published_items_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mailing_lists_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "list_members_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscribers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mail_sendings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mail_deliveries_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "published_items_id";
  DROP TYPE "public"."enum_list_members_status";
  DROP TYPE "public"."enum_subscribers_status";
  DROP TYPE "public"."enum_subscribers_frequency";
  DROP TYPE "public"."enum_mail_sendings_kind";
  DROP TYPE "public"."enum_mail_sendings_status";
  DROP TYPE "public"."enum_mail_deliveries_status";
  DROP TYPE "public"."enum_published_items_item_collection";`)
}
