/**
 * The Local API `context` of scripts that load content which already existed (the sample seed,
 * the benchmark corpus, an import from an old portal): nobody is alerted, and no digest lists it
 * as new. Each item is recorded as first published on its own date.
 */
export const LOADING_EXISTING_CONTENT = { mailAlerts: false } as const

export const loadingExistingContent = (context: Record<string, unknown>) => context.mailAlerts === false
