import type { ItemTopics, TopicNames } from './itemTopics'
import type { SubscriberTopics } from './subscriberTopics'

/**
 * Which of a subscriber's choices an item answers, by name (empty: not for them). Bulletins go to
 * those who chose bulletins, documents to those who chose documents; articles and good practices
 * to those who follow one of their reform areas, or one of their units or a unit above it.
 */
export function matchTopics(subscriber: SubscriberTopics, item: ItemTopics, names: TopicNames): string[] {
  if (item.collection === 'bulletins') return subscriber.bulletins ? ['Bản tin điện tử CCHC'] : []
  if (item.collection === 'documents') return subscriber.documents ? ['Văn bản chỉ đạo, điều hành'] : []
  const areas = item.reformAreas.filter((area) => subscriber.reformAreas.includes(area)).flatMap((area) => names.areaName(area) ?? [])
  const itemUnits = new Set(item.units.flatMap((unit) => names.withAncestors(unit)))
  const units = subscriber.units.filter((unit) => itemUnits.has(unit)).flatMap((unit) => names.unitName(unit) ?? [])
  return [...areas, ...units]
}
