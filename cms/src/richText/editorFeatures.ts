import { LinkFeature, type FeatureProviderServer } from '@payloadcms/richtext-lexical'

/** The body editor's features: Payload's defaults, with internal links only to documents that have public pages. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Payload types the features' props and client props this way
export const editorFeatures = ({ defaultFeatures }: { defaultFeatures: FeatureProviderServer<any, any, any>[] }) => [
  ...defaultFeatures.filter((feature) => feature.key !== 'link'),
  LinkFeature({ enabledCollections: ['articles', 'reform-areas'] }),
]
