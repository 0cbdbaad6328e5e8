-- Thành phố Hải Phòng: Kế hoạch số 144/KH-UBND ngày 21/4/2026 (xã An Phú căn cứ: "Thực hiện Kế
-- hoạch số 144/KH-UBND ngày 21/4/2026 của Ủy ban nhân dân thành phố Hải Phòng"). Chưa có quy định
-- bổ sung; thành phố điền các tham số riêng (thời hạn, chỉ tiêu) tại đây để mọi xã, phường
-- thừa hưởng.
pack {
  parent = "vn",
  title = "Kế hoạch số 144/KH-UBND ngày 21/4/2026 của UBND thành phố Hải Phòng",
  locality = "Thành phố Hải Phòng",
  source = "144/KH-UBND",
  effective = "2026-04-21",
}
