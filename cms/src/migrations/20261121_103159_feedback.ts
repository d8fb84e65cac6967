import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_feedback_status" AS ENUM('received', 'in-progress', 'answered', 'declined');
  CREATE TYPE "public"."enum_feedback_duedate_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_feedback_kind" AS ENUM('proposal', 'complaint', 'question');
  CREATE TYPE "public"."enum_feedback_answeredat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tracking_code" varchar,
  	"status" "enum_feedback_status" DEFAULT 'received' NOT NULL,
  	"assigned_unit_id" integer,
  	"due_date" timestamp(3) with time zone,
  	"duedate_tz" "enum_feedback_duedate_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"kind" "enum_feedback_kind" DEFAULT 'proposal' NOT NULL,
  	"unit_id" integer NOT NULL,
  	"reform_area_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar,
  	"phone" varchar,
  	"subject" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"consent_to_publish" boolean DEFAULT false,
  	"internal_notes" varchar,
  	"public_title" varchar NOT NULL,
  	"public_question" varchar NOT NULL,
  	"answer" jsonb,
  	"answer_html" varchar,
  	"answering_unit_id" integer,
  	"answered_at" timestamp(3) with time zone,
  	"answeredat_tz" "enum_feedback_answeredat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"publish_answer" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "feedback_id" integer;
  ALTER TABLE "settings" ADD COLUMN "feedback_handling_days" numeric DEFAULT 15 NOT NULL;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_assigned_unit_id_units_id_fk" FOREIGN KEY ("assigned_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_reform_area_id_reform_areas_id_fk" FOREIGN KEY ("reform_area_id") REFERENCES "public"."reform_areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_answering_unit_id_units_id_fk" FOREIGN KEY ("answering_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "feedback_tracking_code_idx" ON "feedback" USING btree ("tracking_code");
  CREATE INDEX "feedback_status_idx" ON "feedback" USING btree ("status");
  CREATE INDEX "feedback_assigned_unit_idx" ON "feedback" USING btree ("assigned_unit_id");
  CREATE INDEX "feedback_unit_idx" ON "feedback" USING btree ("unit_id");
  CREATE INDEX "feedback_reform_area_idx" ON "feedback" USING btree ("reform_area_id");
  CREATE INDEX "feedback_answering_unit_idx" ON "feedback" USING btree ("answering_unit_id");
  CREATE INDEX "feedback_publish_answer_idx" ON "feedback" USING btree ("publish_answer");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");`)

  // Behind the endpoint's checks (shared FEEDBACK_LIMITS): what the database itself refuses.
  await db.execute(sql`
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_sent_text_lengths" CHECK (
    char_length("name") <= 100 AND char_length("subject") <= 200 AND char_length("message") <= 5000
    AND char_length(coalesce("email", '')) <= 254 AND char_length(coalesce("phone", '')) <= 20);
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_published_with_consent" CHECK (
    NOT coalesce("publish_answer", false) OR ("status" = 'answered' AND coalesce("consent_to_publish", false)));`)
  // The feedback endpoints' rate-limit counters (rate-limiter-flexible's table: cms/src/feedback/rateLimits.ts).
  await db.execute(sql`
  CREATE TABLE "feedback_rate_limits" (
    "key" varchar(255) PRIMARY KEY,
    "points" integer NOT NULL DEFAULT 0,
    "expire" bigint
  );`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "feedback_rate_limits";`)
  await db.execute(sql`
 
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_feedback_fk";
  ALTER TABLE "feedback" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "feedback" CASCADE;
  
  DROP INDEX "payload_locked_documents_rels_feedback_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "feedback_id";
  ALTER TABLE "settings" DROP COLUMN "feedback_handling_days";
  DROP TYPE "public"."enum_feedback_status";
  DROP TYPE "public"."enum_feedback_duedate_tz";
  DROP TYPE "public"."enum_feedback_kind";
  DROP TYPE "public"."enum_feedback_answeredat_tz";`)
}
