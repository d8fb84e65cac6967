import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UNLOCK_REFUSED } from '../src/collections/Users/hooks/guardSignIn'
import { CURRENT_PASSWORD_MISSING, CURRENT_PASSWORD_WRONG } from '../src/collections/Users/hooks/requireCurrentPassword'
import { createStaff, restAs, type StaffMember } from './support/staff'
import { startTestCms, type TestCms } from './support/testCms'

// Issue 17, "Accounts": unlocking, sign-in limits per client address, changing a password.

const PASSWORD = 'mat-khau-thu-nghiem-dai' // support/staff.ts
const WRONG_LOGIN = 'Lỗi - Email hoặc mật khẩu không chính xác.' // Payload's Vietnamese text, the admin's language

let cms: TestCms
let admin: StaffMember
let chief: StaffMember
let editor: StaffMember
let contributor: StaffMember

beforeAll(async () => {
  cms = await startTestCms()
  const ward = (await cms.payload.create({ collection: 'units', data: { name: 'Phường Kinh Bắc', type: 'ward' } })).id
  admin = await createStaff(cms, 'admin')
  chief = await createStaff(cms, 'editor-in-chief')
  editor = await createStaff(cms, 'editor')
  contributor = await createStaff(cms, 'contributor', { unit: ward })
})

afterAll(() => cms.stop())

let addresses = 0
/** A fresh client address, as nginx would pass it in X-Real-IP. */
const newAddress = () => `198.51.100.${++addresses}`

async function call(path: string, body: unknown, { address, token }: { address?: string; token?: string } = {}) {
  const response = await cms.handle(
    new Request(new URL(path, 'http://cms.test'), {
      method: path.startsWith('/api/users/') && /\/\d+$/.test(path) ? 'PATCH' : 'POST',
      headers: {
        'content-type': 'application/json',
        ...(address ? { 'x-real-ip': address } : {}),
        ...(token ? { authorization: `JWT ${token}` } : {}),
      },
      body: JSON.stringify(body),
    }),
  )
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}

const login = (email: string, password: string, address?: string) => call('/api/users/login', { email, password }, { address })
const graphql = (query: string, { address, token }: { address?: string; token?: string } = {}) => call('/api/graphql', { query }, { address, token })
const graphqlLogin = (email: string, password: string, address?: string) =>
  graphql(`mutation { loginUser(email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)}) { token } }`, { address })

async function newUser(role: 'editor' | 'admin' = 'editor') {
  const email = `nguoi-dung-${Math.random().toString(36).slice(2, 8)}@example.gov.vn`
  const user = await cms.payload.create({ collection: 'users', data: { email, password: PASSWORD, role } })
  return { id: user.id, email }
}

/** Whom a token signs in as now (null once its session has ended). */
async function whoIs(token: string) {
  const response = await restAs(cms, { id: 0, email: '', token, user: {} }).get('/api/users/me')
  return ((await response.json()) as { user: { id: number } | null }).user?.id ?? null
}

describe('unlocking an account', () => {
  it('is refused in Vietnamese to everyone but an administrator; GraphQL has no unlockUser', async () => {
    for (const member of [chief, editor, contributor]) {
      const rest = await call('/api/users/unlock', { email: admin.email }, { token: member.token })
      expect(rest.status).toBe(403)
      expect(rest.body.errors[0].message).toBe(UNLOCK_REFUSED)
      // Payload adds unlockUser only with its own lock-out, which is off (loginLimits.ts).
      const gql = await graphql(`mutation { unlockUser(email: ${JSON.stringify(admin.email)}) }`, { token: member.token })
      expect(gql.body.errors[0].message).toContain('Cannot query field "unlockUser"')
    }
    expect((await call('/api/users/unlock', { email: admin.email })).status).toBe(403)
  })

  it('by an administrator lifts the lock an address has caused', async () => {
    const victim = await newUser()
    const attacker = newAddress()
    for (let i = 0; i < 5; i++) expect((await login(victim.email, 'sai-mat-khau', attacker)).status).toBe(401)
    expect((await login(victim.email, PASSWORD, attacker)).status).toBe(401)

    const unlocked = await call('/api/users/unlock', { email: victim.email }, { token: admin.token })
    expect(unlocked.status).toBe(200)
    expect((await login(victim.email, PASSWORD, attacker)).status).toBe(200)
  })
})

describe('signing in', () => {
  it('answers a wrong password, an unknown e-mail and a locked account alike, over REST and GraphQL', async () => {
    const known = await newUser()
    const address = newAddress()
    const wrong = await login(known.email, 'sai-mat-khau', address)
    const unknown = await login('khong-co-ai@example.gov.vn', 'sai-mat-khau', address)
    for (let i = 0; i < 4; i++) await login(known.email, 'sai-mat-khau', address)
    const locked = await login(known.email, PASSWORD, address)
    for (const answer of [wrong, unknown, locked]) {
      expect(answer.status).toBe(401)
      expect(answer.body).toEqual({ errors: [{ message: WRONG_LOGIN }] })
    }
    // An unknown e-mail is "locked" the same way after five failures.
    for (let i = 0; i < 5; i++) await login('khong-co-ai@example.gov.vn', 'sai-mat-khau', address)
    expect(await login('khong-co-ai@example.gov.vn', 'sai-mat-khau', address)).toEqual(locked)

    const gqlAddress = newAddress()
    const gqlWrong = await graphqlLogin(known.email, 'sai-mat-khau', gqlAddress)
    const gqlUnknown = await graphqlLogin('khong-co-ai@example.gov.vn', 'sai-mat-khau', gqlAddress)
    const gqlLocked = await graphqlLogin(known.email, PASSWORD, address)
    for (const answer of [gqlWrong, gqlUnknown, gqlLocked]) {
      expect(answer.body.errors.map((error: { message: string }) => error.message)).toEqual([WRONG_LOGIN])
      expect(answer.body.data.loginUser).toBeNull()
    }
  })

  it('keeps an administrator signing in while another address fails on their account', async () => {
    const attacker = newAddress()
    for (let i = 0; i < 8; i++) expect((await login(admin.email, 'doan-mo', attacker)).status).toBe(401)
    for (let i = 0; i < 3; i++) expect((await graphqlLogin(admin.email, 'doan-mo', attacker)).body.errors).toHaveLength(1)
    // The address the attempts came from is held back, even with the right password…
    expect((await login(admin.email, PASSWORD, attacker)).status).toBe(401)
    // …while the administrator signs in from elsewhere, by REST (the admin's form) and GraphQL.
    expect((await login(admin.email, PASSWORD, newAddress())).status).toBe(200)
    expect((await graphqlLogin(admin.email, PASSWORD, newAddress())).body.data.loginUser.token).toEqual(expect.any(String))
  })

  it('limits failures per address across accounts', async () => {
    const guesser = newAddress()
    for (let i = 0; i < 20; i++) expect((await login(`doan-${i}@example.gov.vn`, 'doan-mo', guesser)).status).toBe(401)
    const someone = await newUser()
    expect((await login(someone.email, PASSWORD, guesser)).status).toBe(401)
    expect((await login(someone.email, PASSWORD, newAddress())).status).toBe(200)
  })

  it('locks an account for every address that has not signed in to it before, once many addresses fail on it', async () => {
    const target = await newUser()
    const home = newAddress()
    expect((await login(target.email, PASSWORD, home)).status).toBe(200)
    // 13 addresses × 5 failures: over the account's 60.
    const attackers = Array.from({ length: 13 }, newAddress)
    for (const attacker of attackers) {
      await Promise.all(Array.from({ length: 5 }, () => login(target.email, 'doan-mo', attacker)))
    }
    expect((await login(target.email, PASSWORD, newAddress())).status).toBe(401)
    expect((await login(target.email, PASSWORD, home)).status).toBe(200)
  }, 60_000)
})

describe('changing a password', () => {
  it('asks for the current password on one’s own account, in Vietnamese', async () => {
    const user = await newUser()
    const { token } = (await login(user.email, PASSWORD)).body
    const missing = await call(`/api/users/${user.id}`, { password: 'mat-khau-moi-dai-du' }, { token })
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'currentPassword', message: CURRENT_PASSWORD_MISSING })])
    const wrong = await call(`/api/users/${user.id}`, { password: 'mat-khau-moi-dai-du', currentPassword: 'khong-phai' }, { token })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'currentPassword', message: CURRENT_PASSWORD_WRONG })])
    expect((await login(user.email, 'mat-khau-moi-dai-du')).status).toBe(401)
    expect((await login(user.email, PASSWORD)).status).toBe(200)

    const gql = await graphql(`mutation { updateUser(id: ${user.id}, data: { password: "mat-khau-moi-dai-du" }) { id } }`, { token })
    expect(gql.body.errors[0].message).toContain('currentPassword')
    expect((await login(user.email, PASSWORD)).status).toBe(200)
  })

  it('with the current password ends the other sessions and keeps the one that changed it', async () => {
    const user = await newUser()
    const here = (await login(user.email, PASSWORD)).body.token as string
    const elsewhere = (await login(user.email, PASSWORD, newAddress())).body.token as string
    expect(await whoIs(elsewhere)).toBe(user.id)

    const changed = await call(`/api/users/${user.id}`, { password: 'mat-khau-moi-dai-du', currentPassword: PASSWORD }, { token: here })
    expect(changed.status).toBe(200)
    expect(changed.body.doc).not.toHaveProperty('currentPassword')
    expect(await whoIs(here)).toBe(user.id)
    expect(await whoIs(elsewhere)).toBeNull()
    expect((await login(user.email, PASSWORD)).status).toBe(401)
    expect((await login(user.email, 'mat-khau-moi-dai-du')).status).toBe(200)
    const read = await restAs(cms, admin).get(`/api/users/${user.id}`)
    expect(await read.json()).not.toHaveProperty('currentPassword')
  })

  it('set by an administrator for someone else needs no current password and ends all their sessions', async () => {
    const user = await newUser()
    const session = (await login(user.email, PASSWORD)).body.token as string
    const set = await call(`/api/users/${user.id}`, { password: 'mat-khau-quan-tri-dat' }, { token: admin.token })
    expect(set.status).toBe(200)
    expect(await whoIs(session)).toBeNull()
    expect((await login(user.email, 'mat-khau-quan-tri-dat')).status).toBe(200)
  })

  it('reset through the e-mailed link ends all sessions', async () => {
    const user = await newUser()
    const session = (await login(user.email, PASSWORD)).body.token as string
    const resetToken = await cms.payload.forgotPassword({ collection: 'users', data: { email: user.email }, disableEmail: true })
    const reset = await call('/api/users/reset-password', { token: resetToken, password: 'mat-khau-dat-lai-dai' })
    expect(reset.status).toBe(200)
    expect(await whoIs(session)).toBeNull()
    expect(await whoIs(reset.body.token)).toBe(user.id)
  })
})
