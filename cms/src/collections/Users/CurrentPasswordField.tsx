'use client'
import { PasswordField, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/**
 * "Mật khẩu hiện tại" on one's own account page only, masked, shown once a new password is typed
 * in Payload's "Đổi mật khẩu" block (the form's `password` field) and sent with it in the same
 * PATCH; the server checks it (`hooks/requireCurrentPassword.ts`).
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => {
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const changingPassword = useFormFields(([fields]) => Boolean(fields.password?.value))
  const ownAccount = user?.id !== undefined && id !== undefined && String(user.id) === String(id)
  if (!ownAccount || !changingPassword) return null
  return <PasswordField autoComplete="current-password" field={{ ...field, required: true }} path={path ?? field.name} validate={() => true} />
}
