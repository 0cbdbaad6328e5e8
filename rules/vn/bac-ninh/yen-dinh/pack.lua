-- Xã Yên Định (Bắc Ninh): Kế hoạch của UBND xã thực hiện Kết luận số 226-KL/TW, ban hành tháng
-- 5/2026 ("Yên Định, ngày tháng 5 năm 2026": bỏ trống số và ngày).
-- Nguồn: shared/seeds/001_558a86c7bdd9a569.txt
pack {
  parent = "vn/bac-ninh",
  title = "Kế hoạch của UBND xã Yên Định tháng 5/2026 thực hiện Kết luận số 226-KL/TW ngày "
    .. "11/12/2025 của Ban Bí thư về chấn chỉnh lề lối làm việc, nâng cao hiệu quả hoạt động "
    .. "của hệ thống chính trị",
  locality = "Xã Yên Định",
  source = "001_558a86c7bdd9a569.txt",
  effective = "2026-05-31",
  effective_note = "Văn bản ghi \"ngày tháng 5 năm 2026\", bỏ trống ngày: lấy ngày cuối tháng "
    .. "31/5/2026 (danh mục yêu cầu §4); khi biết ngày ban hành thực tế, địa phương đặt lại tại đây",
}

-- II.1: "Tinh giảm tối thiểu 15% số lượng văn bản hành chính phát hành so với năm 2025";
-- III.3.a: "Hằng năm, các cơ quan, đơn vị thực hiện tinh giản tối thiểu 15% số lượng văn bản
-- hành chính so với năm trước".
rule "documents.reduction" { target = 0.15, clause = "II.1; III.3.a" }

-- II.2: "Giảm ít nhất 10% số lượng các cuộc họp hằng năm"; III.4.b: "đảm bảo chỉ tiêu giảm 10% số
-- lượng hội nghị": đếm cả hội nghị và cuộc họp.
rule "meetings.reduction" {
  target = 0.10,
  categories = { "conference", "meeting" },
  description = "Giảm số lượng hội nghị, cuộc họp",
  clause = "II.2; III.4.b",
}

-- I.2.a: "số lượng hội nghị trực tuyến chiếm không ít hơn 60% tổng số hội nghị trong năm";
-- II.3: "Tỷ lệ các cuộc họp trực tuyến, họp không giấy tờ đạt từ 60% trở lên": cả hội nghị và
-- cuộc họp; họp không giấy tờ được tính như họp trực tuyến.
rule "meetings.online_share" {
  threshold = 0.60,
  categories = { "conference", "meeting" },
  count_hybrid = true,
  count_paperless = true,
  description = "Tỷ lệ hội nghị, cuộc họp trực tuyến, họp không giấy tờ",
  clause = "I.2.a; II.3",
}

-- II.4: "Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trên môi trường mạng đạt từ 95% trở lên".
rule "dossiers.online_share" { threshold = 0.95, clause = "II.4" }

-- II.5: "100% kết quả giải quyết thủ tục hành chính được số hóa để tái sử dụng".
rule "dossiers.result_digitized" { threshold = 1.0, clause = "II.5" }

-- II.6: "100% văn bản trao đổi với các cơ quan cấp trên và các đơn vị liên quan được thực hiện dưới
-- dạng điện tử (trừ văn bản mật)"; III.5.b: "Đảm bảo 100% văn bản trao đổi giữa các cơ quan hành
-- chính nhà nước được thực hiện dưới dạng điện tử (trừ văn bản Mật)".
rule "documents.electronic_exchange" { threshold = 1.0, clause = "II.6; III.5.b" }

-- III.4.b: "tỷ lệ tham gia họp trực tuyến do nagnfh dọc [ngành dọc] và UBND tỉnh tổ chức là 100%".
rule "meetings.online_attendance" {
  threshold = 1.0,
  organizer_levels = { "province", "vertical" },
  clause = "III.4.b",
}

-- III.4.b: "Hội nghị quán triệt không quá 1/2 ngày; hội nghị chuyên môn không quá 1 ngày; các hội
-- nghị quan trọng cần thảo luận không quá 1,5 ngày".
rule "meetings.duration" {
  max_dissemination_days = 0.5,
  max_professional_days = 1,
  max_discussion_days = 1.5,
  clause = "III.4.b",
}

-- III.4.b: "các tài liệu phải gửi trước ít nhất 01 ngày để đại biểu nghiên cứu".
rule "meetings.materials_in_advance" { min_days = 1, clause = "III.4.b" }

-- III.4.b: "Dành ít nhất 70% thời gian họp để thảo luận và giải quyết các khó khăn, vướng mắc".
rule "meetings.discussion_share" { threshold = 0.70, clause = "III.4.b" }

-- I.2.a: "thực hiện xử lý thủ tục hành chính trên môi trường số và số hóa văn bản đạt từ 95% trở
-- lên"; III.5.b: "Phấn đấu thực hiện việc xử lý thủ tục hành chính trên môi trường số và số hóa
-- văn bản đạt từ 95% trở lên".
rule "dossiers.digital_share" { threshold = 0.95, clause = "I.2.a; III.5.b" }
rule "documents.digitized_share" { threshold = 0.95, clause = "I.2.a; III.5.b" }

-- V.3: các cơ quan, đơn vị "Định kỳ 06 tháng (trước ngày 05 tháng 6) và hằng năm (trước ngày 05
-- tháng 12) gửi báo cáo kết quả thực hiện ... gửi về phòng Văn hóa – Xã hội"; V.1 (Phòng Văn hóa -
-- Xã hội) và V.2 (Văn phòng HĐND và UBND) tổng hợp báo cáo cùng thời hạn "06 tháng (trước ngày
-- 05/6) và hằng năm (trước ngày 05/12)".
rule "reports.semiannual" { due = "05/06", strict = true, clause = "V.3; V.1; V.2" }
rule "reports.annual" { due = "05/12", strict = true, clause = "V.3; V.1; V.2" }

-- V.3: "Căn cứ Kế hoạch này, khẩn trương xây dựng, ban hành Kế hoạch thực hiện cụ thể của cơ quan,
-- đơn vị mình": không có thời hạn ("khẩn trương"), nên không đặt `due`; kiểm tra chỉ liệt kê
-- (info) các đơn vị chưa có kế hoạch.
rule "plans.unit_plan" { subject = "KL226", clause = "V.3" }

manual { id = "tuyen-truyen", text = "Quán triệt Kết luận 226-KL/TW, Quyết định 534/QĐ-TTg đến toàn bộ đảng viên, cán bộ, công chức, viên chức, người lao động; lồng ghép trong giao ban tuần, tháng; Trung tâm cung ứng dịch vụ sự nghiệp công tuyên truyền trên phương tiện truyền thông và hệ thống thông tin cơ sở", clause = "III.1" }
manual { id = "lanh-dao", text = "Chủ tịch UBND xã lãnh đạo, chỉ đạo, quán triệt; đưa nội dung chấn chỉnh lề lối làm việc vào chương trình, kế hoạch công tác, đào tạo, bồi dưỡng", clause = "III.2" }
manual { id = "chat-luong-van-ban", text = "Đổi mới quy trình soạn thảo, ban hành văn bản đúng thẩm quyền, trình tự, thủ tục, hình thức; không ban hành văn bản chỉ đạo lại nội dung đã quy định; bộ phận tư pháp thẩm định, trả lại dự thảo văn bản QPPL chưa đúng quy trình", clause = "III.3" }
manual { id = "phong-chong-tham-nhung", text = "Kiểm soát quyền lực, phòng, chống tham nhũng, tiêu cực, \"lợi ích nhóm\" trong xây dựng, ban hành văn bản (Quy định 178-QĐ/TW, Nghị quyết 110/2023/QH15, Nghị quyết 126/NQ-CP)", clause = "III.3.a" }
manual { id = "che-do-bao-cao", text = "Rà soát chức năng, nhiệm vụ theo hướng \"một việc chỉ giao một cơ quan chủ trì\"; chuẩn hóa chế độ báo cáo theo Nghị định 09/2019/NĐ-CP; cung cấp dịch vụ công trực tuyến toàn trình theo Nghị định 42/2022/NĐ-CP", clause = "III.5" }
manual { id = "ky-luat", text = "Kiểm tra công vụ, kiểm tra đột xuất kỷ luật, kỷ cương hành chính, văn hóa công vụ; xử lý cán bộ vi phạm, nhũng nhiễu, đùn đẩy, né tránh; lấy kết quả đổi mới lề lối làm việc làm tiêu chí đánh giá, xếp loại", clause = "III.6" }
manual { id = "kinh-phi", text = "Bố trí kinh phí trong dự toán ngân sách hằng năm, ưu tiên bồi dưỡng nghiệp vụ, ứng dụng CNTT, chuyển đổi số, hạ tầng họp trực tuyến", clause = "IV" }
manual { id = "khen-thuong", text = "Phòng Văn hóa - Xã hội tham mưu khen thưởng tập thể, cá nhân xuất sắc và chế tài xử lý trường hợp không thực hiện nghiêm túc Kế hoạch", clause = "V.1" }
