import { createLocalReq, type Payload } from 'payload'
import { queueMailJob } from '../mail/queueMailJob'
import type { WithheldDocument } from './runSiteBuild'

const fingerprint = (withheld: unknown) =>
  JSON.stringify(((withheld ?? []) as WithheldDocument[]).map(({ collection, id, problems }) => [collection, id, problems.map((problem) => problem.path)]).sort())

/**
 * Mails the publishers about documents a build left out as invalid, unless the build before it
 * left out the very same ones for the same fields (every build would mail again otherwise).
 */
export async function alertWithheld(payload: Payload, buildId: number, withheld: WithheldDocument[]): Promise<void> {
  const { docs } = await payload.find({
    collection: 'site-builds',
    where: { and: [{ status: { equals: 'succeeded' } }, { id: { less_than: buildId } }] },
    sort: '-id',
    limit: 1,
    depth: 0,
  })
  if (docs[0] && fingerprint(docs[0].withheld) === fingerprint(withheld)) return
  await queueMailJob(await createLocalReq({}, payload), { task: 'mailNotice', input: { notice: 'site-build-withheld', siteBuild: buildId } })
}
