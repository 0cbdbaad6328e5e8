-- Gói quy tắc quốc gia: các chỉ tiêu mà cả năm kế hoạch đều nhắc lại từ Quyết định 534/QĐ-TTg.
-- National pack: the targets every plan restates from Decision 534/QĐ-TTg of 31/3/2026.
pack {
  title = "Quyết định số 534/QĐ-TTg ngày 31/3/2026 của Thủ tướng Chính phủ ban hành Kế hoạch "
    .. "thực hiện Kết luận số 226-KL/TW ngày 11/12/2025 của Ban Bí thư",
  locality = "Toàn quốc",
  source = "534/QĐ-TTg",
  effective = "2026-03-31",
  warning_days = 7,
}

rule "meetings.online_share" {
  threshold = 0.60,
  categories = { "conference" },
  count_hybrid = true,
  clause = "534/QĐ-TTg",
}

rule "meetings.reduction" {
  target = 0.10,
  categories = { "conference" },
  clause = "534/QĐ-TTg",
}

rule "meetings.duration" {
  max_dissemination_days = 0.5,
  max_professional_days = 1,
  max_discussion_days = 1.5,
  clause = "534/QĐ-TTg",
}

rule "dossiers.digital_share" {
  threshold = 0.95,
  clause = "534/QĐ-TTg",
}

rule "documents.digitized_share" {
  threshold = 0.95,
  clause = "534/QĐ-TTg",
}

rule "documents.electronic_exchange" {
  threshold = 1.0,
  clause = "534/QĐ-TTg",
}

manual {
  id = "tuyen-truyen",
  text = "Tuyên truyền, phổ biến, quán triệt Kết luận 226-KL/TW và Quyết định 534/QĐ-TTg đến cán bộ, "
    .. "công chức, viên chức, người lao động và Nhân dân",
  clause = "534/QĐ-TTg",
}
manual {
  id = "lanh-dao",
  text = "Người đứng đầu lãnh đạo, chỉ đạo, nêu gương trong chấn chỉnh lề lối làm việc",
  clause = "534/QĐ-TTg",
}
manual {
  id = "chat-luong-van-ban",
  text = "Chất lượng soạn thảo, ban hành văn bản: đúng thẩm quyền, trình tự, thủ tục, hình thức",
  clause = "534/QĐ-TTg",
}
manual {
  id = "ky-luat",
  text = "Kỷ luật, kỷ cương hành chính; phòng, chống nhũng nhiễu, tiêu cực; khen thưởng, xử lý",
  clause = "534/QĐ-TTg",
}
manual {
  id = "kinh-phi",
  text = "Bố trí kinh phí thực hiện trong dự toán ngân sách hằng năm",
  clause = "534/QĐ-TTg",
}
