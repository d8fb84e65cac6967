import { nextVietnamTime, type SubscriptionFrequency } from '@reform/shared'

export type DigestFrequency = Exclude<SubscriptionFrequency, 'immediate'>

export const DIGEST_FREQUENCIES: DigestFrequency[] = ['daily', 'weekly']

/** Digests go at 07:00 in Vietnam, the weekly one on Mondays. */
export const nextDigestTime = (frequency: DigestFrequency, after: Date) => nextVietnamTime(after, { hour: 7, monday: frequency === 'weekly' })

/** The period a digest going at `end` covers: the day or the week before it. */
export const digestPeriodStart = (frequency: DigestFrequency, end: Date) => new Date(end.getTime() - (frequency === 'weekly' ? 7 : 1) * 86_400_000)
