-- Tỉnh Lai Châu: Kế hoạch số 2978/KH-UBND ngày 20/4/2026. Chưa có quy định bổ sung; tỉnh điền
-- các tham số riêng (thời hạn, chỉ tiêu) tại đây để mọi xã trong tỉnh thừa hưởng.
pack {
  parent = "vn",
  title = "Kế hoạch số 2978/KH-UBND ngày 20/4/2026 của UBND tỉnh Lai Châu",
  locality = "Tỉnh Lai Châu",
  source = "2978/KH-UBND",
  effective = "2026-04-20",
}
