-- Tỉnh Bắc Ninh: Kế hoạch số 135/KH-UBND ngày 23/4/2026 (xã Yên Định căn cứ: "Thực hiện ... Kế
-- hoạch số 135/KH-UBND ngày 23/4/2026 của UBND tỉnh Bắc Ninh"). Chưa có quy định bổ sung; tỉnh
-- điền các tham số riêng (thời hạn, chỉ tiêu) tại đây để mọi xã trong tỉnh thừa hưởng.
pack {
  parent = "vn",
  title = "Kế hoạch số 135/KH-UBND ngày 23/4/2026 của UBND tỉnh Bắc Ninh",
  locality = "Tỉnh Bắc Ninh",
  source = "135/KH-UBND",
  effective = "2026-04-23",
}
