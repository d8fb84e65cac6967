/** How to get a sheet the import reads, as the Vietnamese Excel menus say it. */
export const SAVE_AS_HINT =
  'Hãy mở tệp bằng Excel, chọn Tệp → Lưu thành (File → Save As), ở ô “Kiểu tệp” chọn “CSV UTF-8 (Comma delimited) (*.csv)” hoặc “Sổ làm việc Excel (*.xlsx)”, lưu rồi nhập lại.'
