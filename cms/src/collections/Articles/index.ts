import { ARTICLE_KINDS, AUDIENCES, isKnownVideoUrl, VIDEO_EMBED_HOSTS } from '@reform/shared'
import { staffOnly } from '../../access/fieldAccess'
import { IMPORT_SOURCE_INDEX, importSourceField } from '../../fields/importSource'
import { slugField } from '../../fields/slug'
import { renderRichTextHtml } from '../../hooks/renderRichTextHtml'
import { label } from '../../i18n/label'
import { options } from '../../i18n/options'
import { editorialCollection } from '../editorialCollection'
import { setPublishedAt } from './hooks/setPublishedAt'

export const Articles = editorialCollection({
  slug: 'articles',
  unitField: 'units',
  labels: { singular: label('Tin bài', 'Article'), plural: label('Tin bài', 'Articles') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'reformAreas', 'publishedAt', 'reviewState', '_status'],
    group: label('Nội dung', 'Content'),
  },
  defaultSort: '-publishedAt',
  indexes: [IMPORT_SOURCE_INDEX],
  hooks: { beforeChange: [setPublishedAt, renderRichTextHtml('body', 'bodyHtml')] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 250, label: label('Tiêu đề', 'Title') },
    slugField('title'),
    { name: 'summary', type: 'textarea', maxLength: 600, label: label('Tóm tắt (sapo)', 'Summary') },
    // The site shows bodyHtml: the editor's Lexical JSON is for staff, as a feedback answer's is.
    { name: 'body', type: 'richText', required: true, label: label('Nội dung', 'Body'), access: { read: staffOnly } },
    { name: 'bodyHtml', type: 'textarea', label: label('Nội dung HTML (tự tạo)', 'Body HTML (generated)'), admin: { hidden: true } },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: label('Ảnh đại diện', 'Hero image') },
    {
      type: 'collapsible',
      label: label('Video, âm thanh, phát thanh', 'Video, audio, radio'),
      admin: { initCollapsed: true },
      fields: [
        { name: 'videoFile', type: 'upload', relationTo: 'videos', label: label('Tệp video', 'Video file') },
        {
          name: 'videoUrl',
          type: 'text',
          label: label('Hoặc đường dẫn video (YouTube, Vimeo)', 'Or a video URL (YouTube, Vimeo)'),
          validate: (value: string | null | undefined) =>
            !value || isKnownVideoUrl(value) ? true : `Chỉ nhận đường dẫn https:// của ${VIDEO_EMBED_HOSTS.filter((host) => !host.startsWith('www.')).join(', ')}.`,
        },
        { name: 'audio', type: 'upload', relationTo: 'audio', label: label('Tệp âm thanh', 'Audio file') },
        {
          name: 'radioScript',
          type: 'textarea',
          label: label('Kịch bản phát thanh (văn bản thuần)', 'Radio script (plain text)'),
          admin: {
            description: label(
              'Để đài truyền thanh xã, phường đọc trên loa: câu ngắn, viết số và chữ viết tắt thành chữ.',
              'For commune loudspeakers: short sentences, numbers and abbreviations spelt out.',
            ),
          },
        },
      ],
    },
    { name: 'relatedDocuments', type: 'relationship', relationTo: 'documents', hasMany: true, label: label('Văn bản liên quan', 'Related documents') },
    {
      name: 'kind',
      type: 'select',
      defaultValue: 'news',
      options: options(ARTICLE_KINDS),
      label: label('Thể loại', 'Kind'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'reformAreas',
      type: 'relationship',
      relationTo: 'reform-areas',
      hasMany: true,
      required: true,
      minRows: 1,
      label: label('Lĩnh vực cải cách', 'Reform areas'),
      admin: { position: 'sidebar' },
    },
    { name: 'units', type: 'relationship', relationTo: 'units', hasMany: true, label: label('Đơn vị', 'Units'), admin: { position: 'sidebar' } },
    {
      name: 'audiences',
      type: 'select',
      hasMany: true,
      options: options(AUDIENCES),
      label: label('Đối tượng', 'Audiences'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'forGrassroots',
      type: 'checkbox',
      defaultValue: false,
      label: label('Cho cơ sở đăng lại', 'For grassroots republishing'),
      admin: {
        position: 'sidebar',
        description: label(
          'Tin của tỉnh được đưa vào nguồn tin của các xã, phường để trang thông tin cơ sở đăng lại.',
          "The province's item goes into every commune and ward feed for their pages to republish.",
        ),
      },
    },
    { name: 'authorName', type: 'text', label: label('Tác giả (bút danh)', 'Byline') },
    {
      type: 'row',
      fields: [
        { name: 'sourceName', type: 'text', label: label('Nguồn tin', 'Source name') },
        {
          name: 'sourceUrl',
          type: 'text',
          label: label('Đường dẫn nguồn', 'Source URL'),
          validate: (value: string | null | undefined) =>
            !value || (URL.canParse(value) && /^https?:/.test(value)) ? true : 'Đường dẫn nguồn phải là địa chỉ http:// hoặc https:// đầy đủ.',
        },
      ],
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      // Editors enter and read the time in Vietnam whatever their computer's time zone.
      timezone: true,
      label: label('Thời gian đăng', 'Published at'),
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
        description: label('Để trống: lấy thời điểm xuất bản.', 'Empty: set when published.'),
      },
    },
    importSourceField(),
  ],
})
