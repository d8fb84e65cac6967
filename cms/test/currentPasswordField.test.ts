import React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeEach, describe, expect, it, vi } from 'vitest'

// Payload's admin kit loads stylesheets Node cannot import: its hooks and password input stand in.
const state = vi.hoisted(() => ({ userId: 1 as number | undefined, documentId: 1 as number | undefined, newPassword: '' }))
vi.mock('@payloadcms/ui', () => ({
  useAuth: () => ({ user: state.userId === undefined ? null : { id: state.userId } }),
  useDocumentInfo: () => ({ id: state.documentId }),
  useFormFields: (select: (context: [Record<string, { value: unknown }>]) => unknown) => select([{ password: { value: state.newPassword } }]),
  PasswordField: ({ path, autoComplete }: { path: string; autoComplete: string }) => React.createElement('input', { type: 'password', name: path, autoComplete }),
}))

const { CurrentPasswordField } = await import('../src/collections/Users/CurrentPasswordField')
const render = () =>
  renderToStaticMarkup(
    React.createElement(CurrentPasswordField as React.FC<Record<string, unknown>>, {
      field: { name: 'currentPassword', type: 'text', label: 'Mật khẩu hiện tại' },
      path: 'currentPassword',
    }),
  )

describe('the current password on the account page', () => {
  beforeEach(() => Object.assign(state, { userId: 1, documentId: 1, newPassword: '' }))

  it('appears, masked, once a new password is typed on one’s own account', () => {
    expect(render()).toBe('')
    state.newPassword = 'mat-khau-moi-dai-du'
    expect(render()).toBe('<input type="password" autoComplete="current-password" name="currentPassword"/>')
  })

  it('does not appear when an administrator sets someone else’s password', () => {
    Object.assign(state, { documentId: 2, newPassword: 'mat-khau-moi-dai-du' })
    expect(render()).toBe('')
  })
})
