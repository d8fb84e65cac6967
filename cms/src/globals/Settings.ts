import type { GlobalConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'
import { label } from '../i18n/label'

export const Settings: GlobalConfig = {
  slug: 'settings',
  label: label('Cài đặt', 'Settings'),
  admin: { group: label('Quản trị', 'Administration') },
  access: { read: isStaff, update: isAdmin },
  fields: [
    {
      name: 'bulletinsPerMonth',
      type: 'number',
      required: true,
      defaultValue: 4,
      min: 1,
      max: 31,
      label: label('Số bản tin mỗi tháng (chỉ tiêu)', 'Bulletin issues per month (target)'),
    },
  ],
}
