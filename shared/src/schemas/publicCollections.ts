import { publicArticleSchema } from './article'
import { publicBulletinSchema } from './bulletin'
import { publicDocumentSchema } from './document'
import { publicFeedbackAnswerSchema } from './feedbackAnswer'
import { publicIndexResultSchema, publicProcedureStatSchema } from './figures'
import { publicAudioSchema, publicFileSchema } from './file'
import { publicMediaSchema } from './media'
import { publicPracticeSchema } from './practice'
import { publicReformAreaSchema } from './reformArea'
import { publicUnitSchema } from './unit'

/** The CMS collections the public site is built from: Payload slug and the schema of their JSON. */
export const PUBLIC_COLLECTIONS = {
  articles: { slug: 'articles', schema: publicArticleSchema },
  bulletins: { slug: 'bulletins', schema: publicBulletinSchema },
  practices: { slug: 'practices', schema: publicPracticeSchema },
  documents: { slug: 'documents', schema: publicDocumentSchema },
  indexResults: { slug: 'index-results', schema: publicIndexResultSchema },
  procedureStats: { slug: 'procedure-stats', schema: publicProcedureStatSchema },
  reformAreas: { slug: 'reform-areas', schema: publicReformAreaSchema },
  units: { slug: 'units', schema: publicUnitSchema },
  feedbackAnswers: { slug: 'feedback', schema: publicFeedbackAnswerSchema },
  media: { slug: 'media', schema: publicMediaSchema },
  documentFiles: { slug: 'document-files', schema: publicFileSchema },
  audio: { slug: 'audio', schema: publicAudioSchema },
  videos: { slug: 'videos', schema: publicFileSchema },
} as const
