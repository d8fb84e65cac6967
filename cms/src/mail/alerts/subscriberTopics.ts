import type { Payload } from 'payload'
import type { SubscriptionFrequency } from '@reform/shared'
import { poolOf } from '../sending/deliveryStore'

export type SubscriberTopics = {
  id: number
  email: string
  bulletins: boolean
  documents: boolean
  reformAreas: number[]
  units: number[]
}

/**
 * The confirmed subscribers of a frequency with what they follow, in one query: an alert or a
 * digest is matched against every one of them.
 */
export async function subscribersToMail(payload: Payload, frequency: SubscriptionFrequency): Promise<SubscriberTopics[]> {
  const { rows } = await poolOf(payload).query(
    `SELECT s.id, s.email, COALESCE(s.bulletins, false) AS bulletins, COALESCE(s.documents, false) AS documents,
            COALESCE(array_agg(r.reform_areas_id) FILTER (WHERE r.path = 'reformAreas'), '{}') AS "reformAreas",
            COALESCE(array_agg(r.units_id) FILTER (WHERE r.path = 'units'), '{}') AS units
     FROM subscribers s LEFT JOIN subscribers_rels r ON r.parent_id = s.id
     WHERE s.status = 'confirmed' AND s.frequency = $1
     GROUP BY s.id ORDER BY s.id`,
    [frequency],
  )
  return rows
}
