import type { DashboardConfig, SanitizedConfig } from 'payload'

/**
 * The dashboard's tiles with counts (CollectionCounts), under Payload's own widget slug so that
 * every layout, saved ones too, shows them instead of Payload's count-less tiles.
 */
export const dashboard: DashboardConfig = {
  widgets: [{ slug: 'collections', Component: '/components/dashboard/CollectionCounts#CollectionCounts', label: { vi: 'Nội dung', en: 'Collections' }, minWidth: 'full' }],
}

/**
 * Payload adds its own `collections` widget after the configured ones when it sanitizes the
 * config; ours, first, is the one it renders, and its own would show twice in the "add a widget"
 * drawer (as "Collections"). This keeps the first widget of each slug.
 */
export function withoutShadowedWidgets(config: SanitizedConfig): SanitizedConfig {
  const widgets = config.admin.dashboard?.widgets
  if (!widgets) return config
  const seen = new Set<string>()
  config.admin.dashboard!.widgets = widgets.filter(({ slug }) => !seen.has(slug) && Boolean(seen.add(slug)))
  return config
}
