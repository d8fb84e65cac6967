import { optionLabel, SUBSCRIPTION_FREQUENCIES, type SubscriptionFrequency } from '@reform/shared'
import type { Block } from './layout'

/** What a subscription is for and how often, as the confirmation and the manage notice show it. */
export const choiceBlocks = (choices: string[], frequency: SubscriptionFrequency): Block[] => [
  ...(choices.length
    ? [
        { type: 'paragraph' as const, text: 'Nhận tin về:' },
        { type: 'list' as const, items: choices },
      ]
    : []),
  { type: 'fact', label: 'Tần suất', value: optionLabel(SUBSCRIPTION_FREQUENCIES, frequency) },
]
