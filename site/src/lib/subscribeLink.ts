import { publicPaths } from '@reform/shared'

/** Query parameters of a link to the subscription form that tick a reform area or a unit in advance. */
export const SUBSCRIBE_PRESELECT = { reformArea: 'linh-vuc', unit: 'don-vi' } as const

/** The subscription form with one reform area or unit ticked (by the form's script; without it, the plain form). */
export function subscribeLink(choice: keyof typeof SUBSCRIBE_PRESELECT, id: number): string {
  return `${publicPaths.subscribe()}?${SUBSCRIBE_PRESELECT[choice]}=${id}`
}
