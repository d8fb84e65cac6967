import { Supervisor } from '../process/supervisor'
import { cmsService } from './cmsService'
import { ensureCmsProductionBuild } from './cmsProductionBuild'

/**
 * The CMS as `npm start` runs it (the production build, built first if the code changed), for the
 * benchmarks: resolves once its API answers; `stop` ends it.
 */
export async function startProductionCms(port: number, env: NodeJS.ProcessEnv, log: (line: string) => void = console.log): Promise<{ stop: () => Promise<void> }> {
  const fullEnv = { ...env, NEXT_TELEMETRY_DISABLED: '1' }
  await ensureCmsProductionBuild(fullEnv, log)
  const supervisor = new Supervisor({ log, onGiveUp: (message) => log(`CMS: ${message}`) })
  await supervisor.start(cmsService('production', port, fullEnv))
  return { stop: () => supervisor.stop() }
}
