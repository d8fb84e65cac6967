/** The fields of a member a sheet can fill. */
export type MemberField = 'name' | 'position' | 'organisation' | 'email'

/**
 * The headers each column goes by in the sheets people keep (matched without case or accents);
 * the first is the one in the downloadable template.
 */
export const MEMBER_HEADERS: Record<MemberField, readonly string[]> = {
  name: ['Họ và tên', 'Họ tên', 'Tên', 'Name', 'Full name'],
  position: ['Chức vụ', 'Chức danh', 'Position'],
  organisation: ['Cơ quan, đơn vị', 'Cơ quan', 'Đơn vị', 'Organisation', 'Organization'],
  email: ['Email', 'E-mail', 'Thư điện tử', 'Địa chỉ email', 'Địa chỉ thư điện tử'],
}
