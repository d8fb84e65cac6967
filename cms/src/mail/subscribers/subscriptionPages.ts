import escapeHtml from 'escape-html'
import { publicPaths, SUBSCRIPTION_API, SUBSCRIPTION_FIELDS, SUBSCRIPTION_FREQUENCIES, type FeedbackFieldError } from '@reform/shared'
import { publicPage } from '../../publicEndpoints/publicPage'

// The pages a visitor sees after the subscription form posted without JavaScript, and behind the
// links of the mails: small, no script, on the site's own origin.

export const subscriptionPage = (status: number, title: string, body: string, siteUrl: string, headers: Record<string, string> = {}): Response =>
  publicPage({ status, title, body, siteUrl, headers, section: 'Nhận tin qua thư điện tử', links: [[publicPaths.subscribe(), 'Đăng ký nhận tin']] })

export const subscriptionMessagePage = (status: number, message: string, siteUrl: string, headers?: Record<string, string>) =>
  subscriptionPage(status, status === 429 ? 'Xin thử lại sau' : 'Chưa thực hiện được yêu cầu', `<p>${escapeHtml(message)}</p>`, siteUrl, headers)

/** The same words whether the address is new, waiting or already confirmed: nobody learns who subscribes. */
export const requestReceivedMessage = (email: string) =>
  `Hãy mở thư chúng tôi vừa gửi tới ${email} và bấm liên kết xác nhận (hiệu lực 48 giờ). Không thấy thư? Hãy xem trong mục thư rác. Nếu địa chỉ này đã đăng ký, thư sẽ có liên kết để thay đổi hoặc hủy đăng ký.`

export const requestReceivedPage = (email: string, siteUrl: string) =>
  subscriptionPage(202, 'Hãy xác nhận địa chỉ thư điện tử', `<p>${escapeHtml(requestReceivedMessage(email))}</p>`, siteUrl)

/** A form's mistakes: the subscription form's (`subscribe`) or the change-or-cancel page's (`manage`). */
export const problemsPage = (errors: FeedbackFieldError[], siteUrl: string, form: 'subscribe' | 'manage' = 'subscribe') =>
  subscriptionPage(
    400,
    form === 'manage' ? 'Chưa lưu được thay đổi: cần sửa lại' : 'Chưa đăng ký được: cần sửa lại',
    `<div class="errors" role="alert"><ul>${errors.map((error) => `<li>${escapeHtml(error.message)}</li>`).join('')}</ul></div>
<p>Hãy quay lại trang trước (nút “Quay lại” của trình duyệt giữ nguyên những gì bạn đã chọn), sửa và gửi lại.</p>`,
    siteUrl,
  )

const hiddenFields = (data: Record<string, string | string[]>) =>
  Object.entries(data)
    .flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((one) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(one)}">`))
    .join('')

/** A form posted without a valid start time (no JavaScript, or too quick): confirm once more. */
export function confirmRequestPage(data: Record<string, string | string[]>, startToken: string, siteUrl: string, tooFast: boolean): Response {
  const email = typeof data[SUBSCRIPTION_FIELDS.email] === 'string' ? (data[SUBSCRIPTION_FIELDS.email] as string) : ''
  return subscriptionPage(
    200,
    'Xác nhận đăng ký nhận tin',
    `${tooFast ? '<p role="alert">Vui lòng kiểm tra lại rồi bấm gửi.</p>' : ''}<p>Gửi thư xác nhận tới <strong>${escapeHtml(email)}</strong>?</p>
<form method="post" action="${SUBSCRIPTION_API.subscribe}">${hiddenFields(data)}<input type="hidden" name="${SUBSCRIPTION_FIELDS.startToken}" value="${escapeHtml(startToken)}"><button type="submit">Gửi thư xác nhận</button></form>`,
    siteUrl,
  )
}

/** Behind the mail's confirmation link: a button, so that a mail scanner opening links confirms nothing. */
export const confirmButtonPage = (action: string, siteUrl: string) =>
  subscriptionPage(
    200,
    'Xác nhận đăng ký nhận tin',
    `<p>Bấm nút dưới đây để bắt đầu nhận thư.</p><form method="post" action="${escapeHtml(action)}"><button type="submit">Xác nhận đăng ký</button></form>`,
    siteUrl,
  )

export type Choice = { id: number; name: string; group?: string }

export type ManageForm = {
  action: string
  email: string
  bulletins: boolean
  documents: boolean
  frequency: string
  reformAreas: number[]
  units: number[]
  allAreas: Choice[]
  allUnits: Choice[]
  notice?: string
}

const checkbox = (name: string, value: string, text: string, checked: boolean) =>
  `<label><input type="checkbox" name="${name}" value="${escapeHtml(value)}"${checked ? ' checked' : ''}> ${escapeHtml(text)}</label>`

function unitOptions(units: Choice[], chosen: Set<number>): string {
  const groups = new Map<string, Choice[]>()
  for (const unit of units) groups.set(unit.group ?? '', [...(groups.get(unit.group ?? '') ?? []), unit])
  return [...groups]
    .map(([group, list]) => {
      const options = list.map((unit) => `<option value="${unit.id}"${chosen.has(unit.id) ? ' selected' : ''}>${escapeHtml(unit.name)}</option>`).join('')
      return group ? `<optgroup label="${escapeHtml(group)}">${options}</optgroup>` : options
    })
    .join('')
}

/** A subscriber's choices, to change or to cancel, behind the personal link of every mail. */
export function managePage(form: ManageForm, siteUrl: string): Response {
  const areas = new Set(form.reformAreas)
  const body = `${form.notice ? `<p role="status"><strong>${escapeHtml(form.notice)}</strong></p>` : ''}
<p>Địa chỉ nhận thư: <strong>${escapeHtml(form.email)}</strong></p>
<form method="post" action="${escapeHtml(form.action)}">
<fieldset><legend>Nội dung muốn nhận</legend>
${checkbox(SUBSCRIPTION_FIELDS.bulletins, 'on', 'Bản tin điện tử cải cách hành chính', form.bulletins)}
${checkbox(SUBSCRIPTION_FIELDS.documents, 'on', 'Văn bản chỉ đạo, điều hành', form.documents)}</fieldset>
<fieldset><legend>Tin theo lĩnh vực cải cách</legend>
${form.allAreas.map((area) => checkbox(SUBSCRIPTION_FIELDS.reformAreas, String(area.id), area.name, areas.has(area.id))).join('\n')}</fieldset>
<p><label for="units">Tin theo đơn vị (cùng các đơn vị trực thuộc); giữ Ctrl để chọn nhiều</label>
<select id="units" name="${SUBSCRIPTION_FIELDS.units}" multiple size="8">${unitOptions(form.allUnits, new Set(form.units))}</select></p>
<fieldset><legend>Tần suất nhận thư</legend>
${SUBSCRIPTION_FREQUENCIES.map((frequency) => `<label><input type="radio" name="${SUBSCRIPTION_FIELDS.frequency}" value="${frequency.value}"${frequency.value === form.frequency ? ' checked' : ''}> ${escapeHtml(frequency.label)}</label>`).join('\n')}</fieldset>
<p><button type="submit" name="action" value="save">Lưu thay đổi</button></p>
<p><button type="submit" name="action" value="cancel" class="secondary">Hủy đăng ký và xóa địa chỉ của tôi</button></p>
</form>`
  return subscriptionPage(200, 'Thay đổi hoặc hủy đăng ký nhận tin', body, siteUrl)
}

/** A list member's link: the editor-in-chief keeps the list; the member can only stop receiving. */
export const memberManagePage = (action: string, listName: string, receiving: boolean, siteUrl: string) =>
  subscriptionPage(
    200,
    'Nhận bản tin qua thư điện tử',
    receiving
      ? `<p>Bạn nhận bản tin vì có tên trong danh sách “${escapeHtml(listName)}” của cơ quan.</p><form method="post" action="${escapeHtml(action)}"><button type="submit" name="action" value="cancel" class="secondary">Ngừng nhận thư</button></form>`
      : `<p>Bạn đã ngừng nhận thư của danh sách “${escapeHtml(listName)}”. Muốn nhận lại, hãy liên hệ cơ quan.</p>`,
    siteUrl,
  )

export const linkProblemPage = (message: string, siteUrl: string) => subscriptionPage(400, 'Liên kết không dùng được', `<p>${escapeHtml(message)}</p>`, siteUrl)

export const donePage = (title: string, message: string, siteUrl: string) => subscriptionPage(200, title, `<p>${escapeHtml(message)}</p>`, siteUrl)
