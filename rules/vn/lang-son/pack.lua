-- Tỉnh Lạng Sơn: Kế hoạch số 170/KH-UBND ngày 02/5/2026 (xã Thiên Tân căn cứ: "Thực hiện Kế hoạch
-- số 170/KH-UBND ngày 02/5/2026 của Ủy ban nhân dân (UBND) tỉnh Lạng Sơn"). Chưa có quy định bổ
-- sung; tỉnh điền các tham số riêng (thời hạn, chỉ tiêu) tại đây để mọi xã trong tỉnh thừa hưởng.
-- Riêng thời hạn báo cáo 6 tháng, hằng năm: kế hoạch xã Thiên Tân (IV.2) không ghi ngày, chỉ
-- "theo đúng quy định"; khi tỉnh quy định, đặt tại đây, ví dụ:
--   rule "reports.semiannual" { due = "dd/mm", strict = true, clause = "..." }
-- và xã thừa hưởng ngày đó.
pack {
  parent = "vn",
  title = "Kế hoạch số 170/KH-UBND ngày 02/5/2026 của UBND tỉnh Lạng Sơn",
  locality = "Tỉnh Lạng Sơn",
  source = "170/KH-UBND",
  effective = "2026-05-02",
}
