import type { TestCms } from './testCms'

export type Role = 'admin' | 'editor-in-chief' | 'editor' | 'contributor'
export type StaffMember = { id: number; email: string; token: string; user: Record<string, unknown> }

const PASSWORD = 'mat-khau-thu-nghiem-dai'

/** Creates a user with a role and logs in through REST, as the admin screen would. */
export async function createStaff(cms: TestCms, role: Role, extra: { unit?: number } = {}): Promise<StaffMember> {
  const email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.gov.vn`
  const user = await cms.payload.create({ collection: 'users', data: { email, password: PASSWORD, role, ...extra } })
  const response = await cms.handle(
    new Request('http://cms.test/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    }),
  )
  const { token } = (await response.json()) as { token: string }
  return { id: user.id, email, token, user: { ...user, collection: 'users' } }
}

/** REST as a member of staff (or anonymously without one). */
export function restAs(cms: TestCms, member?: StaffMember) {
  const call = (method: string, path: string, body?: unknown) =>
    cms.handle(
      new Request(new URL(path, 'http://cms.test'), {
        method,
        headers: {
          ...(member ? { authorization: `JWT ${member.token}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    )
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown) => call('POST', path, body),
    patch: (path: string, body: unknown) => call('PATCH', path, body),
    delete: (path: string) => call('DELETE', path),
  }
}
