import { LiveStatus as LiveStatus_610c2da6e1a834dede9379e986709b12 } from '../../../siteBuilds/LiveStatus'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { PublishButtonForPublishers as PublishButtonForPublishers_0d2bc72e3a85dceb47ea0b40a9538136 } from '../../../components/PublisherButtons'
import { UnpublishButtonForPublishers as UnpublishButtonForPublishers_0d2bc72e3a85dceb47ea0b40a9538136 } from '../../../components/PublisherButtons'
import { VersionsWithAuthors as VersionsWithAuthors_887e0e5de6edea9ae515b076b5984974 } from '../../../components/versions/VersionsWithAuthors'
import { SendBulletinField as SendBulletinField_1e8a2138d877f4ae402d683594bbbdf2 } from '../../../mail/bulletins/SendBulletinField'
import { BulletinDeliveryReport as BulletinDeliveryReport_0eab51654a8ed46142130faf97744a72 } from '../../../mail/bulletins/DeliveryReport'
import { CurrentPasswordField as CurrentPasswordField_8e3d82f7ae3f515c02e344beba980b10 } from '../../../collections/Users/CurrentPasswordField'
import { SavedRelationField as SavedRelationField_566dcda16db9b69986103c67ce5a5666 } from '../../../components/savedRelation/SavedRelationField'
import { ImportMembers as ImportMembers_7ecfc670447b966935b33062ff9e3451 } from '../../../mail/lists/ImportMembers'
import { ExportSubscriberLink as ExportSubscriberLink_04ed85a9d3cd423bd365e6f58d297934 } from '../../../mail/subscribers/ExportSubscriberLink'
import { SendingDeliveryReport as SendingDeliveryReport_0eab51654a8ed46142130faf97744a72 } from '../../../mail/bulletins/DeliveryReport'
import { CollectionNameCell as CollectionNameCell_ba77a65aab9c0a727783b787b8652334 } from '../../../auditLog/CollectionName'
import { CollectionNameField as CollectionNameField_ba77a65aab9c0a727783b787b8652334 } from '../../../auditLog/CollectionName'
import { DurationCell as DurationCell_7f15b7f607ee4da617a84060d677357d } from '../../../siteBuilds/Duration'
import { DurationField as DurationField_7f15b7f607ee4da617a84060d677357d } from '../../../siteBuilds/Duration'
import { WithheldDocuments as WithheldDocuments_e7cf4073022445588a732d3793431223 } from '../../../siteBuilds/WithheldDocuments'
import { ReviewQueue as ReviewQueue_0a3ae08271ef03452a037534f819af9a } from '../../../components/ReviewQueue'
import { FeedbackDue as FeedbackDue_09e3e93da59d1bc0cda7aa72d35b32e6 } from '../../../feedback/FeedbackDue'
import { BulletinCadence as BulletinCadence_68a6d0baeb1e682b7399b46da6b6f69a } from '../../../components/BulletinCadence'
import { LibraryWordsInVietnamese as LibraryWordsInVietnamese_555e3c7b75d11d25b10e2745e7ff99bc } from '../../../components/libraryWords/LibraryWordsInVietnamese'
import { CollectionCounts as CollectionCounts_3f23c5883de95bbac18e5e14da592621 } from '../../../components/dashboard/CollectionCounts'

/** @type import('payload').ImportMap */
export const importMap = {
  "/siteBuilds/LiveStatus#LiveStatus": LiveStatus_610c2da6e1a834dede9379e986709b12,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/PublisherButtons#PublishButtonForPublishers": PublishButtonForPublishers_0d2bc72e3a85dceb47ea0b40a9538136,
  "/components/PublisherButtons#UnpublishButtonForPublishers": UnpublishButtonForPublishers_0d2bc72e3a85dceb47ea0b40a9538136,
  "/components/versions/VersionsWithAuthors#VersionsWithAuthors": VersionsWithAuthors_887e0e5de6edea9ae515b076b5984974,
  "/mail/bulletins/SendBulletinField#SendBulletinField": SendBulletinField_1e8a2138d877f4ae402d683594bbbdf2,
  "/mail/bulletins/DeliveryReport#BulletinDeliveryReport": BulletinDeliveryReport_0eab51654a8ed46142130faf97744a72,
  "/collections/Users/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_8e3d82f7ae3f515c02e344beba980b10,
  "/components/savedRelation/SavedRelationField#SavedRelationField": SavedRelationField_566dcda16db9b69986103c67ce5a5666,
  "/mail/lists/ImportMembers#ImportMembers": ImportMembers_7ecfc670447b966935b33062ff9e3451,
  "/mail/subscribers/ExportSubscriberLink#ExportSubscriberLink": ExportSubscriberLink_04ed85a9d3cd423bd365e6f58d297934,
  "/mail/bulletins/DeliveryReport#SendingDeliveryReport": SendingDeliveryReport_0eab51654a8ed46142130faf97744a72,
  "/auditLog/CollectionName#CollectionNameCell": CollectionNameCell_ba77a65aab9c0a727783b787b8652334,
  "/auditLog/CollectionName#CollectionNameField": CollectionNameField_ba77a65aab9c0a727783b787b8652334,
  "/siteBuilds/Duration#DurationCell": DurationCell_7f15b7f607ee4da617a84060d677357d,
  "/siteBuilds/Duration#DurationField": DurationField_7f15b7f607ee4da617a84060d677357d,
  "/siteBuilds/WithheldDocuments#WithheldDocuments": WithheldDocuments_e7cf4073022445588a732d3793431223,
  "/components/ReviewQueue#ReviewQueue": ReviewQueue_0a3ae08271ef03452a037534f819af9a,
  "/feedback/FeedbackDue#FeedbackDue": FeedbackDue_09e3e93da59d1bc0cda7aa72d35b32e6,
  "/components/BulletinCadence#BulletinCadence": BulletinCadence_68a6d0baeb1e682b7399b46da6b6f69a,
  "/components/libraryWords/LibraryWordsInVietnamese#LibraryWordsInVietnamese": LibraryWordsInVietnamese_555e3c7b75d11d25b10e2745e7ff99bc,
  "/components/dashboard/CollectionCounts#CollectionCounts": CollectionCounts_3f23c5883de95bbac18e5e14da592621
}
