/** How long a confirmation link works: said on the form, in the mail and checked by the CMS. */
export const CONFIRM_LINK_HOURS = 48

/** How long an unconfirmed request is kept before it is deleted with its address. */
export const UNCONFIRMED_KEPT_DAYS = 7

/** What a request with nothing ticked is told, by the form's script and by the CMS alike. */
export const NO_CHOICE_MESSAGE = 'Hãy chọn ít nhất một nội dung muốn nhận (bản tin, văn bản, lĩnh vực hoặc đơn vị).'
