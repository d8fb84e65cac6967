'use client'
import { PasswordField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/**
 * "Mật khẩu hiện tại" on one's own account page, masked, shown once a new password is typed in
 * Payload's "Đổi mật khẩu" block (the form's `password` field); the server checks it
 * (`requireCurrentPassword`).
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => {
  const changingPassword = useFormFields(([fields]) => Boolean(fields.password?.value))
  if (!changingPassword) return null
  return <PasswordField autoComplete="current-password" field={{ ...field, required: true }} path={path ?? field.name} validate={() => true} />
}
