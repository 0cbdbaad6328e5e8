-- Xã Sì Lở Lầu (Lai Châu): Kế hoạch của UBND xã ngày 29/4/2026 triển khai Quyết định 534/QĐ-TTg.
-- Nguồn: shared/seeds/000_c64ba62da180d764.txt
pack {
  parent = "vn/lai-chau",
  title = "Kế hoạch của UBND xã Sì Lở Lầu ngày 29/4/2026 triển khai thực hiện Quyết định số "
    .. "534/QĐ-TTg",
  locality = "Xã Sì Lở Lầu",
  source = "000_c64ba62da180d764.txt",
  effective = "2026-04-29",
}

-- I.2.a: "Số lượng hội nghị trực tuyến chiếm không ít hơn 60% tổng số hội nghị trong năm";
-- II.4.b: "tỷ lệ họp trực tuyến đạt tối thiểu 60%".
rule "meetings.online_share" { threshold = 0.60, clause = "I.2.a; II.4.b" }

-- I.2.a: "tinh giản 10% số lượng hội nghị hằng năm"; II.4.b: "giảm 10% số lượng hội nghị".
rule "meetings.reduction" { target = 0.10, clause = "I.2.a; II.4.b" }

-- II.4.b: quán triệt ≤ 1/2 ngày, chuyên môn ≤ 1 ngày, cần thảo luận ≤ 1,5 ngày.
rule "meetings.duration" {
  max_dissemination_days = 0.5,
  max_professional_days = 1,
  max_discussion_days = 1.5,
  clause = "II.4.b",
}

-- II.5.b: "100% văn bản trao đổi giữa các cơ quan hành chính nhà nước ... dạng điện tử (trừ văn bản mật)".
rule "documents.electronic_exchange" { threshold = 1.0, clause = "II.5.b" }

-- I.2.a; II.5.c: "xử lý thủ tục hành chính trên môi trường số và số hóa văn bản đạt từ 95% trở lên".
rule "dossiers.digital_share" { threshold = 0.95, clause = "I.2.a; II.5.c" }
rule "documents.digitized_share" { threshold = 0.95, clause = "I.2.a; II.5.c" }

-- IV.1.a: các cơ quan, đơn vị trực thuộc UBND xã xây dựng kế hoạch, "hoàn thành trong tháng 5/2026".
rule "plans.unit_plan" { due = "2026-05-31", strict = false, subject = "KL226", clause = "IV.1.a" }

-- IV.1.b: "Định kỳ 06 tháng (trước ngày 05 tháng 6) và hằng năm (trước ngày 05 tháng 12) gửi báo cáo".
rule "reports.semiannual" { due = "05/06", strict = true, clause = "IV.1.b" }
rule "reports.annual" { due = "05/12", strict = true, clause = "IV.1.b" }

manual { id = "tuyen-truyen", text = "Các cơ quan, đơn vị, các bản tổ chức tuyên truyền, phổ biến, quán triệt Kết luận 226-KL/TW, Quyết định 534/QĐ-TTg, Kế hoạch 2978/KH-UBND và Kế hoạch này", clause = "II.1" }
manual { id = "lanh-dao", text = "Người đứng đầu lãnh đạo, chỉ đạo, quán triệt, đổi mới phương thức lãnh đạo", clause = "II.2" }
manual { id = "chat-luong-van-ban", text = "Đổi mới quy trình soạn thảo, ban hành văn bản; Văn phòng kiểm soát dự thảo văn bản QPPL trình UBND xã", clause = "II.3" }
manual { id = "ky-luat", text = "Kiểm tra công vụ, xử lý vi phạm, nhũng nhiễu; tiêu chí đánh giá người đứng đầu", clause = "II.6" }
manual { id = "kinh-phi", text = "Bố trí kinh phí trong dự toán ngân sách hằng năm cho ứng dụng CNTT, hạ tầng họp trực tuyến", clause = "III" }
manual { id = "mttq", text = "Ủy ban MTTQ và các tổ chức chính trị - xã hội giám sát, phản biện xã hội", clause = "IV.3" }
