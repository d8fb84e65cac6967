// Why a bulletin cannot go to a choice of lists: said by the send endpoint and, before it is
// asked, by the admin's panel (which runs in the browser: nothing here may import server code).

export const alreadySentMessage = (to: string[]) =>
  `Bản tin này đã được gửi tới ${to.join(', ')}. Muốn gửi cho những người chưa nhận được, hãy chọn “Chỉ gửi lại cho người chưa nhận được”.`

export const NOBODY_LEFT = 'Không có ai để gửi: mọi người trong lựa chọn này đã nhận bản tin hoặc đã ngừng nhận thư.'
