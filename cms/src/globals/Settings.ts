import type { GlobalConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'
import { label } from '../i18n/label'

/** The handling period until an administrator sets another. */
export const FEEDBACK_HANDLING_DAYS = 15

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
    {
      name: 'feedbackHandlingDays',
      type: 'number',
      required: true,
      defaultValue: FEEDBACK_HANDLING_DAYS,
      min: 1,
      max: 90,
      label: label('Thời hạn xử lý góp ý, phản ánh (ngày)', 'Days to handle citizen feedback'),
      admin: {
        description: label(
          'Hạn xử lý của mỗi góp ý mới được tính từ ngày tiếp nhận; người xử lý có thể sửa hạn từng góp ý.',
          "Each new item's due date counts from the day it arrives; handlers can change one item's due date.",
        ),
      },
    },
  ],
}
