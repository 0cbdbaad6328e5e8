-- Thành phố Hà Nội: Kế hoạch số 208/KH-UBND ngày 31/5/2026 (phường Ngọc Hà căn cứ: "Thực hiện kế
-- hoạch số 208/KH-UBND ngày 31/5/2026 của UBND Thành phố Hà Nội"). Chưa có quy định bổ sung; thành
-- phố điền các tham số riêng (thời hạn, chỉ tiêu) tại đây để mọi xã, phường thừa hưởng.
pack {
  parent = "vn",
  title = "Kế hoạch số 208/KH-UBND ngày 31/5/2026 của UBND Thành phố Hà Nội",
  locality = "Thành phố Hà Nội",
  source = "208/KH-UBND",
  effective = "2026-05-31",
}
