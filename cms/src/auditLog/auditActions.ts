import { label } from '../i18n/label'

/** What the audit log records, as editors name it; build reasons and mail alerts use the same words. */
export const AUDIT_ACTIONS = [
  { value: 'create', label: label('Tạo mới', 'Create') },
  { value: 'update', label: label('Sửa', 'Update') },
  { value: 'publish', label: label('Xuất bản', 'Publish') },
  { value: 'unpublish', label: label('Gỡ xuất bản', 'Unpublish') },
  { value: 'delete', label: label('Xóa', 'Delete') },
  { value: 'login', label: label('Đăng nhập', 'Login') },
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]['value']

export const auditActionLabel = (action: AuditAction): string => AUDIT_ACTIONS.find((item) => item.value === action)!.label.vi
