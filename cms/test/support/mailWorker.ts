import { setTimeout as sleep } from 'node:timers/promises'
import { getPayload } from 'payload'
import { createConfig } from '../../src/createConfig'

/**
 * The mail queue run in a process of its own, as the CMS runs it, for a test to kill part-way.
 * Settings come from the environment the test passes.
 */
const payload = await getPayload({ config: createConfig() })
for (;;) {
  await payload.jobs.run({ queue: 'mail', limit: 10 })
  await sleep(100)
}
