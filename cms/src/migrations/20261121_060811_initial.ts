import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_audiences" AS ENUM('citizens', 'businesses', 'officials');
  CREATE TYPE "public"."enum_articles_kind" AS ENUM('news', 'feature', 'report', 'video', 'radio', 'infographic', 'qa');
  CREATE TYPE "public"."enum_articles_publishedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_articles_review_state" AS ENUM('writing', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_audiences" AS ENUM('citizens', 'businesses', 'officials');
  CREATE TYPE "public"."enum__articles_v_version_kind" AS ENUM('news', 'feature', 'report', 'video', 'radio', 'infographic', 'qa');
  CREATE TYPE "public"."enum__articles_v_version_publishedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__articles_v_version_review_state" AS ENUM('writing', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_bulletins_review_state" AS ENUM('writing', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_bulletins_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__bulletins_v_version_review_state" AS ENUM('writing', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__bulletins_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_practices_kind" AS ENUM('new-model', 'good-practice', 'initiative', 'exemplar');
  CREATE TYPE "public"."enum_practices_review_state" AS ENUM('writing', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_practices_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__practices_v_version_kind" AS ENUM('new-model', 'good-practice', 'initiative', 'exemplar');
  CREATE TYPE "public"."enum__practices_v_version_review_state" AS ENUM('writing', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__practices_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_documents_type" AS ENUM('plan', 'decision', 'resolution', 'decree', 'circular', 'directive', 'official-letter', 'guidance', 'report', 'notice', 'law');
  CREATE TYPE "public"."enum_documents_review_state" AS ENUM('writing', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__documents_v_version_type" AS ENUM('plan', 'decision', 'resolution', 'decree', 'circular', 'directive', 'official-letter', 'guidance', 'report', 'notice', 'law');
  CREATE TYPE "public"."enum__documents_v_version_review_state" AS ENUM('writing', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_index_results_index" AS ENUM('par-index', 'sipas', 'papi', 'ddci', 'ict-index', 'other');
  CREATE TYPE "public"."enum_index_results_review_state" AS ENUM('writing', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_index_results_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__index_results_v_version_index" AS ENUM('par-index', 'sipas', 'papi', 'ddci', 'ict-index', 'other');
  CREATE TYPE "public"."enum__index_results_v_version_review_state" AS ENUM('writing', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__index_results_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_procedure_stats_review_state" AS ENUM('writing', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum_procedure_stats_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedure_stats_v_version_review_state" AS ENUM('writing', 'submitted', 'returned', 'published');
  CREATE TYPE "public"."enum__procedure_stats_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_units_type" AS ENUM('ministry', 'city', 'province', 'department', 'ward', 'commune', 'special-zone');
  CREATE TYPE "public"."enum__units_v_version_type" AS ENUM('ministry', 'city', 'province', 'department', 'ward', 'commune', 'special-zone');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor-in-chief', 'editor', 'contributor');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'publish', 'unpublish', 'delete', 'login');
  CREATE TYPE "public"."enum_site_builds_status" AS ENUM('queued', 'running', 'succeeded', 'failed', 'merged');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'buildSite', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'buildSite', 'schedulePublish');
  CREATE TABLE "articles_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_articles_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"body_html" varchar,
  	"hero_image_id" integer,
  	"video_file_id" integer,
  	"video_url" varchar,
  	"audio_id" integer,
  	"radio_script" varchar,
  	"kind" "enum_articles_kind" DEFAULT 'news',
  	"for_grassroots" boolean DEFAULT false,
  	"author_name" varchar,
  	"source_name" varchar,
  	"source_url" varchar,
  	"published_at" timestamp(3) with time zone,
  	"publishedat_tz" "enum_articles_publishedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"review_state" "enum_articles_review_state" DEFAULT 'writing',
  	"review_comment" varchar,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer,
  	"reform_areas_id" integer,
  	"units_id" integer
  );
  
  CREATE TABLE "_articles_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__articles_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_body_html" varchar,
  	"version_hero_image_id" integer,
  	"version_video_file_id" integer,
  	"version_video_url" varchar,
  	"version_audio_id" integer,
  	"version_radio_script" varchar,
  	"version_kind" "enum__articles_v_version_kind" DEFAULT 'news',
  	"version_for_grassroots" boolean DEFAULT false,
  	"version_author_name" varchar,
  	"version_source_name" varchar,
  	"version_source_url" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_publishedat_tz" "enum__articles_v_version_publishedat_tz" DEFAULT 'Asia/Ho_Chi_Minh',
  	"version_review_state" "enum__articles_v_version_review_state" DEFAULT 'writing',
  	"version_review_comment" varchar,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer,
  	"reform_areas_id" integer,
  	"units_id" integer
  );
  
  CREATE TABLE "bulletins_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"reform_area_id" integer
  );
  
  CREATE TABLE "bulletins" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"year" numeric,
  	"issue_date" timestamp(3) with time zone,
  	"title" varchar,
  	"introduction" jsonb,
  	"introduction_html" varchar,
  	"cover_id" integer,
  	"pdf_id" integer,
  	"review_state" "enum_bulletins_review_state" DEFAULT 'writing',
  	"review_comment" varchar,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_bulletins_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "bulletins_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer
  );
  
  CREATE TABLE "_bulletins_v_version_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"reform_area_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_bulletins_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" numeric,
  	"version_year" numeric,
  	"version_issue_date" timestamp(3) with time zone,
  	"version_title" varchar,
  	"version_introduction" jsonb,
  	"version_introduction_html" varchar,
  	"version_cover_id" integer,
  	"version_pdf_id" integer,
  	"version_review_state" "enum__bulletins_v_version_review_state" DEFAULT 'writing',
  	"version_review_comment" varchar,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__bulletins_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_bulletins_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer
  );
  
  CREATE TABLE "practices_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"outcome" varchar
  );
  
  CREATE TABLE "practices_awards" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"award" varchar
  );
  
  CREATE TABLE "practices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"problem" varchar,
  	"solution" varchar,
  	"replicability" varchar,
  	"contact_name" varchar,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"kind" "enum_practices_kind",
  	"unit_id" integer,
  	"year_started" numeric,
  	"review_state" "enum_practices_review_state" DEFAULT 'writing',
  	"review_comment" varchar,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_practices_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "practices_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"articles_id" integer,
  	"documents_id" integer,
  	"reform_areas_id" integer
  );
  
  CREATE TABLE "_practices_v_version_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"outcome" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_practices_v_version_awards" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"award" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_practices_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_problem" varchar,
  	"version_solution" varchar,
  	"version_replicability" varchar,
  	"version_contact_name" varchar,
  	"version_contact_phone" varchar,
  	"version_contact_email" varchar,
  	"version_kind" "enum__practices_v_version_kind",
  	"version_unit_id" integer,
  	"version_year_started" numeric,
  	"version_review_state" "enum__practices_v_version_review_state" DEFAULT 'writing',
  	"version_review_comment" varchar,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__practices_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_practices_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"articles_id" integer,
  	"documents_id" integer,
  	"reform_areas_id" integer
  );
  
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"title" varchar,
  	"slug" varchar,
  	"type" "enum_documents_type",
  	"issuer" varchar,
  	"signer" varchar,
  	"issued_at" timestamp(3) with time zone,
  	"effective_at" timestamp(3) with time zone,
  	"summary" varchar,
  	"file_id" integer,
  	"unit_id" integer,
  	"review_state" "enum_documents_review_state" DEFAULT 'writing',
  	"review_comment" varchar,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_documents_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer,
  	"reform_areas_id" integer
  );
  
  CREATE TABLE "_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" varchar,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_type" "enum__documents_v_version_type",
  	"version_issuer" varchar,
  	"version_signer" varchar,
  	"version_issued_at" timestamp(3) with time zone,
  	"version_effective_at" timestamp(3) with time zone,
  	"version_summary" varchar,
  	"version_file_id" integer,
  	"version_unit_id" integer,
  	"version_review_state" "enum__documents_v_version_review_state" DEFAULT 'writing',
  	"version_review_comment" varchar,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__documents_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_documents_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"documents_id" integer,
  	"reform_areas_id" integer
  );
  
  CREATE TABLE "index_results_components" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"score" numeric,
  	"max_score" numeric
  );
  
  CREATE TABLE "index_results" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"index" "enum_index_results_index",
  	"other_index_name" varchar,
  	"year" numeric,
  	"unit_id" integer,
  	"score" numeric,
  	"max_score" numeric,
  	"rank" numeric,
  	"source_document_id" integer,
  	"label" varchar,
  	"review_state" "enum_index_results_review_state" DEFAULT 'writing',
  	"review_comment" varchar,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_index_results_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_index_results_v_version_components" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"score" numeric,
  	"max_score" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_index_results_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_index" "enum__index_results_v_version_index",
  	"version_other_index_name" varchar,
  	"version_year" numeric,
  	"version_unit_id" integer,
  	"version_score" numeric,
  	"version_max_score" numeric,
  	"version_rank" numeric,
  	"version_source_document_id" integer,
  	"version_label" varchar,
  	"version_review_state" "enum__index_results_v_version_review_state" DEFAULT 'writing',
  	"version_review_comment" varchar,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__index_results_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "procedure_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"unit_id" integer,
  	"month" varchar,
  	"received" numeric,
  	"on_time" numeric,
  	"late" numeric,
  	"pending" numeric,
  	"online_share" numeric,
  	"review_state" "enum_procedure_stats_review_state" DEFAULT 'writing',
  	"review_comment" varchar,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_procedure_stats_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_procedure_stats_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_unit_id" integer,
  	"version_month" varchar,
  	"version_received" numeric,
  	"version_on_time" numeric,
  	"version_late" numeric,
  	"version_pending" numeric,
  	"version_online_share" numeric,
  	"version_review_state" "enum__procedure_stats_v_version_review_state" DEFAULT 'writing',
  	"version_review_comment" varchar,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__procedure_stats_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "reform_areas" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"description" varchar,
  	"order" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_reform_areas_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar NOT NULL,
  	"version_slug" varchar,
  	"version_description" varchar,
  	"version_order" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"type" "enum_units_type" NOT NULL,
  	"code" varchar,
  	"dissolved_at" timestamp(3) with time zone,
  	"merged_into_id" integer,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_units_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar NOT NULL,
  	"version_slug" varchar,
  	"version_type" "enum__units_v_version_type" NOT NULL,
  	"version_code" varchar,
  	"version_dissolved_at" timestamp(3) with time zone,
  	"version_merged_into_id" integer,
  	"version_parent_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "document_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "audio" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "videos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'editor',
  	"unit_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"document_id" varchar,
  	"document_title" varchar,
  	"user_id" integer,
  	"user_email" varchar,
  	"changed_fields" varchar,
  	"summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_builds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_site_builds_status" DEFAULT 'queued' NOT NULL,
  	"triggers" varchar,
  	"changes" numeric DEFAULT 1,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"duration_seconds" numeric,
  	"release" varchar,
  	"merged_into_id" integer,
  	"retry_of_id" integer,
  	"log" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"bulletins_id" integer,
  	"practices_id" integer,
  	"documents_id" integer,
  	"index_results_id" integer,
  	"procedure_stats_id" integer,
  	"reform_areas_id" integer,
  	"units_id" integer,
  	"media_id" integer,
  	"document_files_id" integer,
  	"audio_id" integer,
  	"videos_id" integer,
  	"users_id" integer,
  	"audit_log_id" integer,
  	"site_builds_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"bulletins_per_month" numeric DEFAULT 4 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "articles_audiences" ADD CONSTRAINT "articles_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_video_file_id_videos_id_fk" FOREIGN KEY ("video_file_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_audio_id_audio_id_fk" FOREIGN KEY ("audio_id") REFERENCES "public"."audio"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_reform_areas_fk" FOREIGN KEY ("reform_areas_id") REFERENCES "public"."reform_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_audiences" ADD CONSTRAINT "_articles_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_video_file_id_videos_id_fk" FOREIGN KEY ("version_video_file_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_audio_id_audio_id_fk" FOREIGN KEY ("version_audio_id") REFERENCES "public"."audio"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_reform_areas_fk" FOREIGN KEY ("reform_areas_id") REFERENCES "public"."reform_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletins_sections" ADD CONSTRAINT "bulletins_sections_reform_area_id_reform_areas_id_fk" FOREIGN KEY ("reform_area_id") REFERENCES "public"."reform_areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulletins_sections" ADD CONSTRAINT "bulletins_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_pdf_id_document_files_id_fk" FOREIGN KEY ("pdf_id") REFERENCES "public"."document_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bulletins_rels" ADD CONSTRAINT "bulletins_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bulletins_rels" ADD CONSTRAINT "bulletins_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletins_v_version_sections" ADD CONSTRAINT "_bulletins_v_version_sections_reform_area_id_reform_areas_id_fk" FOREIGN KEY ("reform_area_id") REFERENCES "public"."reform_areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletins_v_version_sections" ADD CONSTRAINT "_bulletins_v_version_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_bulletins_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletins_v" ADD CONSTRAINT "_bulletins_v_parent_id_bulletins_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bulletins"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletins_v" ADD CONSTRAINT "_bulletins_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletins_v" ADD CONSTRAINT "_bulletins_v_version_pdf_id_document_files_id_fk" FOREIGN KEY ("version_pdf_id") REFERENCES "public"."document_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletins_v" ADD CONSTRAINT "_bulletins_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_bulletins_v_rels" ADD CONSTRAINT "_bulletins_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_bulletins_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_bulletins_v_rels" ADD CONSTRAINT "_bulletins_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_results" ADD CONSTRAINT "practices_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_awards" ADD CONSTRAINT "practices_awards_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices" ADD CONSTRAINT "practices_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices" ADD CONSTRAINT "practices_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practices_rels" ADD CONSTRAINT "practices_rels_reform_areas_fk" FOREIGN KEY ("reform_areas_id") REFERENCES "public"."reform_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_results" ADD CONSTRAINT "_practices_v_version_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_awards" ADD CONSTRAINT "_practices_v_version_awards_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_parent_id_practices_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_rels" ADD CONSTRAINT "_practices_v_rels_reform_areas_fk" FOREIGN KEY ("reform_areas_id") REFERENCES "public"."reform_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_file_id_document_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."document_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_reform_areas_fk" FOREIGN KEY ("reform_areas_id") REFERENCES "public"."reform_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_parent_id_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_file_id_document_files_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."document_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v_rels" ADD CONSTRAINT "_documents_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_rels" ADD CONSTRAINT "_documents_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_rels" ADD CONSTRAINT "_documents_v_rels_reform_areas_fk" FOREIGN KEY ("reform_areas_id") REFERENCES "public"."reform_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "index_results_components" ADD CONSTRAINT "index_results_components_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."index_results"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "index_results" ADD CONSTRAINT "index_results_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "index_results" ADD CONSTRAINT "index_results_source_document_id_documents_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "index_results" ADD CONSTRAINT "index_results_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_index_results_v_version_components" ADD CONSTRAINT "_index_results_v_version_components_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_index_results_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_index_results_v" ADD CONSTRAINT "_index_results_v_parent_id_index_results_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."index_results"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_index_results_v" ADD CONSTRAINT "_index_results_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_index_results_v" ADD CONSTRAINT "_index_results_v_version_source_document_id_documents_id_fk" FOREIGN KEY ("version_source_document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_index_results_v" ADD CONSTRAINT "_index_results_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedure_stats" ADD CONSTRAINT "procedure_stats_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedure_stats" ADD CONSTRAINT "procedure_stats_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedure_stats_v" ADD CONSTRAINT "_procedure_stats_v_parent_id_procedure_stats_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedure_stats"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedure_stats_v" ADD CONSTRAINT "_procedure_stats_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedure_stats_v" ADD CONSTRAINT "_procedure_stats_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reform_areas_v" ADD CONSTRAINT "_reform_areas_v_parent_id_reform_areas_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reform_areas"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_merged_into_id_units_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_units_v" ADD CONSTRAINT "_units_v_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_units_v" ADD CONSTRAINT "_units_v_version_merged_into_id_units_id_fk" FOREIGN KEY ("version_merged_into_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_units_v" ADD CONSTRAINT "_units_v_version_parent_id_units_id_fk" FOREIGN KEY ("version_parent_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_builds" ADD CONSTRAINT "site_builds_merged_into_id_site_builds_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."site_builds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_builds" ADD CONSTRAINT "site_builds_retry_of_id_site_builds_id_fk" FOREIGN KEY ("retry_of_id") REFERENCES "public"."site_builds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bulletins_fk" FOREIGN KEY ("bulletins_id") REFERENCES "public"."bulletins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_index_results_fk" FOREIGN KEY ("index_results_id") REFERENCES "public"."index_results"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procedure_stats_fk" FOREIGN KEY ("procedure_stats_id") REFERENCES "public"."procedure_stats"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reform_areas_fk" FOREIGN KEY ("reform_areas_id") REFERENCES "public"."reform_areas"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_files_fk" FOREIGN KEY ("document_files_id") REFERENCES "public"."document_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audio_fk" FOREIGN KEY ("audio_id") REFERENCES "public"."audio"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_builds_fk" FOREIGN KEY ("site_builds_id") REFERENCES "public"."site_builds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_audiences_order_idx" ON "articles_audiences" USING btree ("order");
  CREATE INDEX "articles_audiences_parent_idx" ON "articles_audiences" USING btree ("parent_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_hero_image_idx" ON "articles" USING btree ("hero_image_id");
  CREATE INDEX "articles_video_file_idx" ON "articles" USING btree ("video_file_id");
  CREATE INDEX "articles_audio_idx" ON "articles" USING btree ("audio_id");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_review_state_idx" ON "articles" USING btree ("review_state");
  CREATE INDEX "articles_created_by_idx" ON "articles" USING btree ("created_by_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_documents_id_idx" ON "articles_rels" USING btree ("documents_id");
  CREATE INDEX "articles_rels_reform_areas_id_idx" ON "articles_rels" USING btree ("reform_areas_id");
  CREATE INDEX "articles_rels_units_id_idx" ON "articles_rels" USING btree ("units_id");
  CREATE INDEX "_articles_v_version_audiences_order_idx" ON "_articles_v_version_audiences" USING btree ("order");
  CREATE INDEX "_articles_v_version_audiences_parent_idx" ON "_articles_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_hero_image_idx" ON "_articles_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_articles_v_version_version_video_file_idx" ON "_articles_v" USING btree ("version_video_file_id");
  CREATE INDEX "_articles_v_version_version_audio_idx" ON "_articles_v" USING btree ("version_audio_id");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_review_state_idx" ON "_articles_v" USING btree ("version_review_state");
  CREATE INDEX "_articles_v_version_version_created_by_idx" ON "_articles_v" USING btree ("version_created_by_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_documents_id_idx" ON "_articles_v_rels" USING btree ("documents_id");
  CREATE INDEX "_articles_v_rels_reform_areas_id_idx" ON "_articles_v_rels" USING btree ("reform_areas_id");
  CREATE INDEX "_articles_v_rels_units_id_idx" ON "_articles_v_rels" USING btree ("units_id");
  CREATE INDEX "bulletins_sections_order_idx" ON "bulletins_sections" USING btree ("_order");
  CREATE INDEX "bulletins_sections_parent_id_idx" ON "bulletins_sections" USING btree ("_parent_id");
  CREATE INDEX "bulletins_sections_reform_area_idx" ON "bulletins_sections" USING btree ("reform_area_id");
  CREATE INDEX "bulletins_year_idx" ON "bulletins" USING btree ("year");
  CREATE INDEX "bulletins_cover_idx" ON "bulletins" USING btree ("cover_id");
  CREATE INDEX "bulletins_pdf_idx" ON "bulletins" USING btree ("pdf_id");
  CREATE INDEX "bulletins_review_state_idx" ON "bulletins" USING btree ("review_state");
  CREATE INDEX "bulletins_created_by_idx" ON "bulletins" USING btree ("created_by_id");
  CREATE INDEX "bulletins_updated_at_idx" ON "bulletins" USING btree ("updated_at");
  CREATE INDEX "bulletins_created_at_idx" ON "bulletins" USING btree ("created_at");
  CREATE INDEX "bulletins__status_idx" ON "bulletins" USING btree ("_status");
  CREATE UNIQUE INDEX "year_number_idx" ON "bulletins" USING btree ("year","number");
  CREATE INDEX "bulletins_rels_order_idx" ON "bulletins_rels" USING btree ("order");
  CREATE INDEX "bulletins_rels_parent_idx" ON "bulletins_rels" USING btree ("parent_id");
  CREATE INDEX "bulletins_rels_path_idx" ON "bulletins_rels" USING btree ("path");
  CREATE INDEX "bulletins_rels_articles_id_idx" ON "bulletins_rels" USING btree ("articles_id");
  CREATE INDEX "_bulletins_v_version_sections_order_idx" ON "_bulletins_v_version_sections" USING btree ("_order");
  CREATE INDEX "_bulletins_v_version_sections_parent_id_idx" ON "_bulletins_v_version_sections" USING btree ("_parent_id");
  CREATE INDEX "_bulletins_v_version_sections_reform_area_idx" ON "_bulletins_v_version_sections" USING btree ("reform_area_id");
  CREATE INDEX "_bulletins_v_parent_idx" ON "_bulletins_v" USING btree ("parent_id");
  CREATE INDEX "_bulletins_v_version_version_year_idx" ON "_bulletins_v" USING btree ("version_year");
  CREATE INDEX "_bulletins_v_version_version_cover_idx" ON "_bulletins_v" USING btree ("version_cover_id");
  CREATE INDEX "_bulletins_v_version_version_pdf_idx" ON "_bulletins_v" USING btree ("version_pdf_id");
  CREATE INDEX "_bulletins_v_version_version_review_state_idx" ON "_bulletins_v" USING btree ("version_review_state");
  CREATE INDEX "_bulletins_v_version_version_created_by_idx" ON "_bulletins_v" USING btree ("version_created_by_id");
  CREATE INDEX "_bulletins_v_version_version_updated_at_idx" ON "_bulletins_v" USING btree ("version_updated_at");
  CREATE INDEX "_bulletins_v_version_version_created_at_idx" ON "_bulletins_v" USING btree ("version_created_at");
  CREATE INDEX "_bulletins_v_version_version__status_idx" ON "_bulletins_v" USING btree ("version__status");
  CREATE INDEX "_bulletins_v_created_at_idx" ON "_bulletins_v" USING btree ("created_at");
  CREATE INDEX "_bulletins_v_updated_at_idx" ON "_bulletins_v" USING btree ("updated_at");
  CREATE INDEX "_bulletins_v_latest_idx" ON "_bulletins_v" USING btree ("latest");
  CREATE INDEX "version_year_version_number_idx" ON "_bulletins_v" USING btree ("version_year","version_number");
  CREATE INDEX "_bulletins_v_rels_order_idx" ON "_bulletins_v_rels" USING btree ("order");
  CREATE INDEX "_bulletins_v_rels_parent_idx" ON "_bulletins_v_rels" USING btree ("parent_id");
  CREATE INDEX "_bulletins_v_rels_path_idx" ON "_bulletins_v_rels" USING btree ("path");
  CREATE INDEX "_bulletins_v_rels_articles_id_idx" ON "_bulletins_v_rels" USING btree ("articles_id");
  CREATE INDEX "practices_results_order_idx" ON "practices_results" USING btree ("_order");
  CREATE INDEX "practices_results_parent_id_idx" ON "practices_results" USING btree ("_parent_id");
  CREATE INDEX "practices_awards_order_idx" ON "practices_awards" USING btree ("_order");
  CREATE INDEX "practices_awards_parent_id_idx" ON "practices_awards" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "practices_slug_idx" ON "practices" USING btree ("slug");
  CREATE INDEX "practices_unit_idx" ON "practices" USING btree ("unit_id");
  CREATE INDEX "practices_review_state_idx" ON "practices" USING btree ("review_state");
  CREATE INDEX "practices_created_by_idx" ON "practices" USING btree ("created_by_id");
  CREATE INDEX "practices_updated_at_idx" ON "practices" USING btree ("updated_at");
  CREATE INDEX "practices_created_at_idx" ON "practices" USING btree ("created_at");
  CREATE INDEX "practices__status_idx" ON "practices" USING btree ("_status");
  CREATE INDEX "practices_rels_order_idx" ON "practices_rels" USING btree ("order");
  CREATE INDEX "practices_rels_parent_idx" ON "practices_rels" USING btree ("parent_id");
  CREATE INDEX "practices_rels_path_idx" ON "practices_rels" USING btree ("path");
  CREATE INDEX "practices_rels_media_id_idx" ON "practices_rels" USING btree ("media_id");
  CREATE INDEX "practices_rels_articles_id_idx" ON "practices_rels" USING btree ("articles_id");
  CREATE INDEX "practices_rels_documents_id_idx" ON "practices_rels" USING btree ("documents_id");
  CREATE INDEX "practices_rels_reform_areas_id_idx" ON "practices_rels" USING btree ("reform_areas_id");
  CREATE INDEX "_practices_v_version_results_order_idx" ON "_practices_v_version_results" USING btree ("_order");
  CREATE INDEX "_practices_v_version_results_parent_id_idx" ON "_practices_v_version_results" USING btree ("_parent_id");
  CREATE INDEX "_practices_v_version_awards_order_idx" ON "_practices_v_version_awards" USING btree ("_order");
  CREATE INDEX "_practices_v_version_awards_parent_id_idx" ON "_practices_v_version_awards" USING btree ("_parent_id");
  CREATE INDEX "_practices_v_parent_idx" ON "_practices_v" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_version_slug_idx" ON "_practices_v" USING btree ("version_slug");
  CREATE INDEX "_practices_v_version_version_unit_idx" ON "_practices_v" USING btree ("version_unit_id");
  CREATE INDEX "_practices_v_version_version_review_state_idx" ON "_practices_v" USING btree ("version_review_state");
  CREATE INDEX "_practices_v_version_version_created_by_idx" ON "_practices_v" USING btree ("version_created_by_id");
  CREATE INDEX "_practices_v_version_version_updated_at_idx" ON "_practices_v" USING btree ("version_updated_at");
  CREATE INDEX "_practices_v_version_version_created_at_idx" ON "_practices_v" USING btree ("version_created_at");
  CREATE INDEX "_practices_v_version_version__status_idx" ON "_practices_v" USING btree ("version__status");
  CREATE INDEX "_practices_v_created_at_idx" ON "_practices_v" USING btree ("created_at");
  CREATE INDEX "_practices_v_updated_at_idx" ON "_practices_v" USING btree ("updated_at");
  CREATE INDEX "_practices_v_latest_idx" ON "_practices_v" USING btree ("latest");
  CREATE INDEX "_practices_v_rels_order_idx" ON "_practices_v_rels" USING btree ("order");
  CREATE INDEX "_practices_v_rels_parent_idx" ON "_practices_v_rels" USING btree ("parent_id");
  CREATE INDEX "_practices_v_rels_path_idx" ON "_practices_v_rels" USING btree ("path");
  CREATE INDEX "_practices_v_rels_media_id_idx" ON "_practices_v_rels" USING btree ("media_id");
  CREATE INDEX "_practices_v_rels_articles_id_idx" ON "_practices_v_rels" USING btree ("articles_id");
  CREATE INDEX "_practices_v_rels_documents_id_idx" ON "_practices_v_rels" USING btree ("documents_id");
  CREATE INDEX "_practices_v_rels_reform_areas_id_idx" ON "_practices_v_rels" USING btree ("reform_areas_id");
  CREATE INDEX "documents_number_idx" ON "documents" USING btree ("number");
  CREATE UNIQUE INDEX "documents_slug_idx" ON "documents" USING btree ("slug");
  CREATE INDEX "documents_file_idx" ON "documents" USING btree ("file_id");
  CREATE INDEX "documents_unit_idx" ON "documents" USING btree ("unit_id");
  CREATE INDEX "documents_review_state_idx" ON "documents" USING btree ("review_state");
  CREATE INDEX "documents_created_by_idx" ON "documents" USING btree ("created_by_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE INDEX "documents__status_idx" ON "documents" USING btree ("_status");
  CREATE INDEX "documents_rels_order_idx" ON "documents_rels" USING btree ("order");
  CREATE INDEX "documents_rels_parent_idx" ON "documents_rels" USING btree ("parent_id");
  CREATE INDEX "documents_rels_path_idx" ON "documents_rels" USING btree ("path");
  CREATE INDEX "documents_rels_documents_id_idx" ON "documents_rels" USING btree ("documents_id");
  CREATE INDEX "documents_rels_reform_areas_id_idx" ON "documents_rels" USING btree ("reform_areas_id");
  CREATE INDEX "_documents_v_parent_idx" ON "_documents_v" USING btree ("parent_id");
  CREATE INDEX "_documents_v_version_version_number_idx" ON "_documents_v" USING btree ("version_number");
  CREATE INDEX "_documents_v_version_version_slug_idx" ON "_documents_v" USING btree ("version_slug");
  CREATE INDEX "_documents_v_version_version_file_idx" ON "_documents_v" USING btree ("version_file_id");
  CREATE INDEX "_documents_v_version_version_unit_idx" ON "_documents_v" USING btree ("version_unit_id");
  CREATE INDEX "_documents_v_version_version_review_state_idx" ON "_documents_v" USING btree ("version_review_state");
  CREATE INDEX "_documents_v_version_version_created_by_idx" ON "_documents_v" USING btree ("version_created_by_id");
  CREATE INDEX "_documents_v_version_version_updated_at_idx" ON "_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_documents_v_version_version_created_at_idx" ON "_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_documents_v_version_version__status_idx" ON "_documents_v" USING btree ("version__status");
  CREATE INDEX "_documents_v_created_at_idx" ON "_documents_v" USING btree ("created_at");
  CREATE INDEX "_documents_v_updated_at_idx" ON "_documents_v" USING btree ("updated_at");
  CREATE INDEX "_documents_v_latest_idx" ON "_documents_v" USING btree ("latest");
  CREATE INDEX "_documents_v_rels_order_idx" ON "_documents_v_rels" USING btree ("order");
  CREATE INDEX "_documents_v_rels_parent_idx" ON "_documents_v_rels" USING btree ("parent_id");
  CREATE INDEX "_documents_v_rels_path_idx" ON "_documents_v_rels" USING btree ("path");
  CREATE INDEX "_documents_v_rels_documents_id_idx" ON "_documents_v_rels" USING btree ("documents_id");
  CREATE INDEX "_documents_v_rels_reform_areas_id_idx" ON "_documents_v_rels" USING btree ("reform_areas_id");
  CREATE INDEX "index_results_components_order_idx" ON "index_results_components" USING btree ("_order");
  CREATE INDEX "index_results_components_parent_id_idx" ON "index_results_components" USING btree ("_parent_id");
  CREATE INDEX "index_results_unit_idx" ON "index_results" USING btree ("unit_id");
  CREATE INDEX "index_results_source_document_idx" ON "index_results" USING btree ("source_document_id");
  CREATE INDEX "index_results_review_state_idx" ON "index_results" USING btree ("review_state");
  CREATE INDEX "index_results_created_by_idx" ON "index_results" USING btree ("created_by_id");
  CREATE INDEX "index_results_updated_at_idx" ON "index_results" USING btree ("updated_at");
  CREATE INDEX "index_results_created_at_idx" ON "index_results" USING btree ("created_at");
  CREATE INDEX "index_results__status_idx" ON "index_results" USING btree ("_status");
  CREATE INDEX "_index_results_v_version_components_order_idx" ON "_index_results_v_version_components" USING btree ("_order");
  CREATE INDEX "_index_results_v_version_components_parent_id_idx" ON "_index_results_v_version_components" USING btree ("_parent_id");
  CREATE INDEX "_index_results_v_parent_idx" ON "_index_results_v" USING btree ("parent_id");
  CREATE INDEX "_index_results_v_version_version_unit_idx" ON "_index_results_v" USING btree ("version_unit_id");
  CREATE INDEX "_index_results_v_version_version_source_document_idx" ON "_index_results_v" USING btree ("version_source_document_id");
  CREATE INDEX "_index_results_v_version_version_review_state_idx" ON "_index_results_v" USING btree ("version_review_state");
  CREATE INDEX "_index_results_v_version_version_created_by_idx" ON "_index_results_v" USING btree ("version_created_by_id");
  CREATE INDEX "_index_results_v_version_version_updated_at_idx" ON "_index_results_v" USING btree ("version_updated_at");
  CREATE INDEX "_index_results_v_version_version_created_at_idx" ON "_index_results_v" USING btree ("version_created_at");
  CREATE INDEX "_index_results_v_version_version__status_idx" ON "_index_results_v" USING btree ("version__status");
  CREATE INDEX "_index_results_v_created_at_idx" ON "_index_results_v" USING btree ("created_at");
  CREATE INDEX "_index_results_v_updated_at_idx" ON "_index_results_v" USING btree ("updated_at");
  CREATE INDEX "_index_results_v_latest_idx" ON "_index_results_v" USING btree ("latest");
  CREATE INDEX "procedure_stats_unit_idx" ON "procedure_stats" USING btree ("unit_id");
  CREATE INDEX "procedure_stats_month_idx" ON "procedure_stats" USING btree ("month");
  CREATE INDEX "procedure_stats_review_state_idx" ON "procedure_stats" USING btree ("review_state");
  CREATE INDEX "procedure_stats_created_by_idx" ON "procedure_stats" USING btree ("created_by_id");
  CREATE INDEX "procedure_stats_updated_at_idx" ON "procedure_stats" USING btree ("updated_at");
  CREATE INDEX "procedure_stats_created_at_idx" ON "procedure_stats" USING btree ("created_at");
  CREATE INDEX "procedure_stats__status_idx" ON "procedure_stats" USING btree ("_status");
  CREATE UNIQUE INDEX "unit_month_idx" ON "procedure_stats" USING btree ("unit_id","month");
  CREATE INDEX "_procedure_stats_v_parent_idx" ON "_procedure_stats_v" USING btree ("parent_id");
  CREATE INDEX "_procedure_stats_v_version_version_unit_idx" ON "_procedure_stats_v" USING btree ("version_unit_id");
  CREATE INDEX "_procedure_stats_v_version_version_month_idx" ON "_procedure_stats_v" USING btree ("version_month");
  CREATE INDEX "_procedure_stats_v_version_version_review_state_idx" ON "_procedure_stats_v" USING btree ("version_review_state");
  CREATE INDEX "_procedure_stats_v_version_version_created_by_idx" ON "_procedure_stats_v" USING btree ("version_created_by_id");
  CREATE INDEX "_procedure_stats_v_version_version_updated_at_idx" ON "_procedure_stats_v" USING btree ("version_updated_at");
  CREATE INDEX "_procedure_stats_v_version_version_created_at_idx" ON "_procedure_stats_v" USING btree ("version_created_at");
  CREATE INDEX "_procedure_stats_v_version_version__status_idx" ON "_procedure_stats_v" USING btree ("version__status");
  CREATE INDEX "_procedure_stats_v_created_at_idx" ON "_procedure_stats_v" USING btree ("created_at");
  CREATE INDEX "_procedure_stats_v_updated_at_idx" ON "_procedure_stats_v" USING btree ("updated_at");
  CREATE INDEX "_procedure_stats_v_latest_idx" ON "_procedure_stats_v" USING btree ("latest");
  CREATE INDEX "version_unit_version_month_idx" ON "_procedure_stats_v" USING btree ("version_unit_id","version_month");
  CREATE UNIQUE INDEX "reform_areas_name_idx" ON "reform_areas" USING btree ("name");
  CREATE UNIQUE INDEX "reform_areas_slug_idx" ON "reform_areas" USING btree ("slug");
  CREATE INDEX "reform_areas_updated_at_idx" ON "reform_areas" USING btree ("updated_at");
  CREATE INDEX "reform_areas_created_at_idx" ON "reform_areas" USING btree ("created_at");
  CREATE INDEX "_reform_areas_v_parent_idx" ON "_reform_areas_v" USING btree ("parent_id");
  CREATE INDEX "_reform_areas_v_version_version_name_idx" ON "_reform_areas_v" USING btree ("version_name");
  CREATE INDEX "_reform_areas_v_version_version_slug_idx" ON "_reform_areas_v" USING btree ("version_slug");
  CREATE INDEX "_reform_areas_v_version_version_updated_at_idx" ON "_reform_areas_v" USING btree ("version_updated_at");
  CREATE INDEX "_reform_areas_v_version_version_created_at_idx" ON "_reform_areas_v" USING btree ("version_created_at");
  CREATE INDEX "_reform_areas_v_created_at_idx" ON "_reform_areas_v" USING btree ("created_at");
  CREATE INDEX "_reform_areas_v_updated_at_idx" ON "_reform_areas_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "units_slug_idx" ON "units" USING btree ("slug");
  CREATE UNIQUE INDEX "units_code_idx" ON "units" USING btree ("code");
  CREATE INDEX "units_merged_into_idx" ON "units" USING btree ("merged_into_id");
  CREATE INDEX "units_parent_idx" ON "units" USING btree ("parent_id");
  CREATE INDEX "units_updated_at_idx" ON "units" USING btree ("updated_at");
  CREATE INDEX "units_created_at_idx" ON "units" USING btree ("created_at");
  CREATE INDEX "_units_v_parent_idx" ON "_units_v" USING btree ("parent_id");
  CREATE INDEX "_units_v_version_version_slug_idx" ON "_units_v" USING btree ("version_slug");
  CREATE INDEX "_units_v_version_version_code_idx" ON "_units_v" USING btree ("version_code");
  CREATE INDEX "_units_v_version_version_merged_into_idx" ON "_units_v" USING btree ("version_merged_into_id");
  CREATE INDEX "_units_v_version_version_parent_idx" ON "_units_v" USING btree ("version_parent_id");
  CREATE INDEX "_units_v_version_version_updated_at_idx" ON "_units_v" USING btree ("version_updated_at");
  CREATE INDEX "_units_v_version_version_created_at_idx" ON "_units_v" USING btree ("version_created_at");
  CREATE INDEX "_units_v_created_at_idx" ON "_units_v" USING btree ("created_at");
  CREATE INDEX "_units_v_updated_at_idx" ON "_units_v" USING btree ("updated_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "document_files_updated_at_idx" ON "document_files" USING btree ("updated_at");
  CREATE INDEX "document_files_created_at_idx" ON "document_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "document_files_filename_idx" ON "document_files" USING btree ("filename");
  CREATE INDEX "audio_updated_at_idx" ON "audio" USING btree ("updated_at");
  CREATE INDEX "audio_created_at_idx" ON "audio" USING btree ("created_at");
  CREATE UNIQUE INDEX "audio_filename_idx" ON "audio" USING btree ("filename");
  CREATE INDEX "videos_updated_at_idx" ON "videos" USING btree ("updated_at");
  CREATE INDEX "videos_created_at_idx" ON "videos" USING btree ("created_at");
  CREATE UNIQUE INDEX "videos_filename_idx" ON "videos" USING btree ("filename");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_unit_idx" ON "users" USING btree ("unit_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_collection_slug_idx" ON "audit_log" USING btree ("collection_slug");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "site_builds_status_idx" ON "site_builds" USING btree ("status");
  CREATE INDEX "site_builds_merged_into_idx" ON "site_builds" USING btree ("merged_into_id");
  CREATE INDEX "site_builds_retry_of_idx" ON "site_builds" USING btree ("retry_of_id");
  CREATE INDEX "site_builds_updated_at_idx" ON "site_builds" USING btree ("updated_at");
  CREATE INDEX "site_builds_created_at_idx" ON "site_builds" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_bulletins_id_idx" ON "payload_locked_documents_rels" USING btree ("bulletins_id");
  CREATE INDEX "payload_locked_documents_rels_practices_id_idx" ON "payload_locked_documents_rels" USING btree ("practices_id");
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_index_results_id_idx" ON "payload_locked_documents_rels" USING btree ("index_results_id");
  CREATE INDEX "payload_locked_documents_rels_procedure_stats_id_idx" ON "payload_locked_documents_rels" USING btree ("procedure_stats_id");
  CREATE INDEX "payload_locked_documents_rels_reform_areas_id_idx" ON "payload_locked_documents_rels" USING btree ("reform_areas_id");
  CREATE INDEX "payload_locked_documents_rels_units_id_idx" ON "payload_locked_documents_rels" USING btree ("units_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_document_files_id_idx" ON "payload_locked_documents_rels" USING btree ("document_files_id");
  CREATE INDEX "payload_locked_documents_rels_audio_id_idx" ON "payload_locked_documents_rels" USING btree ("audio_id");
  CREATE INDEX "payload_locked_documents_rels_videos_id_idx" ON "payload_locked_documents_rels" USING btree ("videos_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_site_builds_id_idx" ON "payload_locked_documents_rels" USING btree ("site_builds_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles_audiences" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_audiences" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "bulletins_sections" CASCADE;
  DROP TABLE "bulletins" CASCADE;
  DROP TABLE "bulletins_rels" CASCADE;
  DROP TABLE "_bulletins_v_version_sections" CASCADE;
  DROP TABLE "_bulletins_v" CASCADE;
  DROP TABLE "_bulletins_v_rels" CASCADE;
  DROP TABLE "practices_results" CASCADE;
  DROP TABLE "practices_awards" CASCADE;
  DROP TABLE "practices" CASCADE;
  DROP TABLE "practices_rels" CASCADE;
  DROP TABLE "_practices_v_version_results" CASCADE;
  DROP TABLE "_practices_v_version_awards" CASCADE;
  DROP TABLE "_practices_v" CASCADE;
  DROP TABLE "_practices_v_rels" CASCADE;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "documents_rels" CASCADE;
  DROP TABLE "_documents_v" CASCADE;
  DROP TABLE "_documents_v_rels" CASCADE;
  DROP TABLE "index_results_components" CASCADE;
  DROP TABLE "index_results" CASCADE;
  DROP TABLE "_index_results_v_version_components" CASCADE;
  DROP TABLE "_index_results_v" CASCADE;
  DROP TABLE "procedure_stats" CASCADE;
  DROP TABLE "_procedure_stats_v" CASCADE;
  DROP TABLE "reform_areas" CASCADE;
  DROP TABLE "_reform_areas_v" CASCADE;
  DROP TABLE "units" CASCADE;
  DROP TABLE "_units_v" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "document_files" CASCADE;
  DROP TABLE "audio" CASCADE;
  DROP TABLE "videos" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "site_builds" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "settings" CASCADE;
  DROP TYPE "public"."enum_articles_audiences";
  DROP TYPE "public"."enum_articles_kind";
  DROP TYPE "public"."enum_articles_publishedat_tz";
  DROP TYPE "public"."enum_articles_review_state";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_audiences";
  DROP TYPE "public"."enum__articles_v_version_kind";
  DROP TYPE "public"."enum__articles_v_version_publishedat_tz";
  DROP TYPE "public"."enum__articles_v_version_review_state";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_bulletins_review_state";
  DROP TYPE "public"."enum_bulletins_status";
  DROP TYPE "public"."enum__bulletins_v_version_review_state";
  DROP TYPE "public"."enum__bulletins_v_version_status";
  DROP TYPE "public"."enum_practices_kind";
  DROP TYPE "public"."enum_practices_review_state";
  DROP TYPE "public"."enum_practices_status";
  DROP TYPE "public"."enum__practices_v_version_kind";
  DROP TYPE "public"."enum__practices_v_version_review_state";
  DROP TYPE "public"."enum__practices_v_version_status";
  DROP TYPE "public"."enum_documents_type";
  DROP TYPE "public"."enum_documents_review_state";
  DROP TYPE "public"."enum_documents_status";
  DROP TYPE "public"."enum__documents_v_version_type";
  DROP TYPE "public"."enum__documents_v_version_review_state";
  DROP TYPE "public"."enum__documents_v_version_status";
  DROP TYPE "public"."enum_index_results_index";
  DROP TYPE "public"."enum_index_results_review_state";
  DROP TYPE "public"."enum_index_results_status";
  DROP TYPE "public"."enum__index_results_v_version_index";
  DROP TYPE "public"."enum__index_results_v_version_review_state";
  DROP TYPE "public"."enum__index_results_v_version_status";
  DROP TYPE "public"."enum_procedure_stats_review_state";
  DROP TYPE "public"."enum_procedure_stats_status";
  DROP TYPE "public"."enum__procedure_stats_v_version_review_state";
  DROP TYPE "public"."enum__procedure_stats_v_version_status";
  DROP TYPE "public"."enum_units_type";
  DROP TYPE "public"."enum__units_v_version_type";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_site_builds_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
