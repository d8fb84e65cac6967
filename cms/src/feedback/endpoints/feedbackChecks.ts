/** What a feedback request from another site is told. */
export const FEEDBACK_FROM_ELSEWHERE = { foreignOrigin: 'Góp ý chỉ gửi được từ trang thông tin của cơ quan.' }
