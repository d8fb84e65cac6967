import type { core, ZodType } from 'zod'

type Issue = core.$ZodIssue

const count = (value: number | bigint) => Number(value).toLocaleString('vi-VN')

/** A Vietnamese message for an editor from one issue of the shared (public) zod schemas; `input` is the value that failed. */
export function zodIssueVi(issue: Issue, input: unknown = issue.input): string {
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined || input === null) return 'Không được để trống khi xuất bản.'
      if (issue.expected === 'int') return 'Phải là số nguyên.'
      if (issue.expected === 'number') return 'Phải là một số.'
      return 'Giá trị không đúng kiểu.'
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') return `Cần chọn ít nhất ${count(issue.minimum)} mục.`
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Không được để trống khi xuất bản.' : `Cần ít nhất ${count(issue.minimum)} ký tự.`
      return issue.inclusive ? `Phải từ ${count(issue.minimum)} trở lên.` : `Phải lớn hơn ${count(issue.minimum)}.`
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set') return `Chỉ được chọn tối đa ${count(issue.maximum)} mục.`
      if (issue.origin === 'string') return `Tối đa ${count(issue.maximum)} ký tự.`
      return issue.inclusive ? `Không được quá ${count(issue.maximum)}.` : `Phải nhỏ hơn ${count(issue.maximum)}.`
    case 'invalid_value':
      return 'Giá trị không nằm trong danh sách cho phép.'
    case 'invalid_format':
      if (issue.format === 'url') return 'Địa chỉ web không hợp lệ (cần bắt đầu bằng http:// hoặc https://).'
      if (issue.format === 'datetime' || issue.format === 'date') return 'Ngày giờ không hợp lệ.'
      return 'Sai định dạng.'
    case 'not_multiple_of':
      return `Phải là bội số của ${count(issue.divisor as number)}.`
    default:
      return 'Giá trị không hợp lệ để xuất bản.'
  }
}

export type PublicProblem = { path: string; message: string }

/** What keeps `doc` out of the public site under `schema`: each failing field's path and a Vietnamese message; none if it passes. */
export function publicProblems(schema: ZodType, doc: unknown): PublicProblem[] {
  const parsed = schema.safeParse(doc)
  if (parsed.success) return []
  const valueAt = (path: PropertyKey[]) => path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | null | undefined)?.[key], doc)
  return parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: zodIssueVi(issue, valueAt(issue.path)) }))
}
