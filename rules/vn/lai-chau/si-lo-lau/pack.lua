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

-- Kiểm tra thủ công: mọi nhiệm vụ kế hoạch giao mà dữ liệu không thể hiện, theo từng điều khoản
-- (danh mục yêu cầu §5, §6.7).
manual { id = "trach-nhiem-nguoi-dung-dau", text = "Người đứng đầu các cơ quan, đơn vị trực tiếp lãnh đạo, chỉ đạo, tổ chức thực hiện; tăng cường kiểm tra, giám sát, xử lý nghiêm vi phạm", clause = "I.2.c" }
manual { id = "tuyen-truyen", text = "Các cơ quan, đơn vị, phòng ban chuyên môn, các bản tuyên truyền, phổ biến, quán triệt Kết luận 226-KL/TW, Quyết định 534/QĐ-TTg, Kế hoạch 2978/KH-UBND và Kế hoạch này đến cán bộ, công chức, viên chức, người lao động và Nhân dân", clause = "II.1.a" }
manual { id = "tuyen-truyen-truyen-thong", text = "Phòng Văn hóa - Xã hội phối hợp tuyên truyền trên phương tiện truyền thông đại chúng, loa truyền thanh, trang thông tin điện tử xã", clause = "II.1.b" }
manual { id = "lanh-dao", text = "Người đứng đầu lãnh đạo, chỉ đạo, quán triệt, đổi mới phương thức lãnh đạo; đưa chấn chỉnh lề lối làm việc vào chương trình, kế hoạch công tác hằng quý, năm và vào đào tạo, bồi dưỡng, tập huấn", clause = "II.2" }
manual { id = "chat-luong-van-ban", text = "Đổi mới quy trình soạn thảo, ban hành văn bản theo hướng tích hợp, đơn giản hóa; đúng thẩm quyền, trình tự, thủ tục, hình thức; đúng nguyên tắc phân cấp, ủy quyền", clause = "II.3.a" }
manual { id = "phong-chong-tham-nhung", text = "Kiểm soát quyền lực, phòng, chống tham nhũng, tiêu cực, \"lợi ích nhóm\" trong xây dựng, ban hành văn bản (Quy định 178-QĐ/TW, Nghị quyết 110/2023/QH15, Nghị quyết 126/NQ-CP)", clause = "II.3.a" }
manual { id = "chu-tri-soan-thao", text = "Ưu tiên thời gian, nguồn lực cho văn bản thực hiện nghị quyết HĐND xã; cơ quan chủ trì soạn thảo chịu trách nhiệm đến cùng về nội dung, chất lượng, tiến độ, tiếp thu, giải trình ý kiến thẩm định", clause = "II.3.a" }
manual { id = "kiem-soat-qppl", text = "Văn phòng HĐND và UBND kiểm soát dự thảo văn bản QPPL trình UBND, Chủ tịch UBND xã; trả lại dự thảo chưa đúng quy trình, thủ tục, hồ sơ", clause = "II.3.b" }
manual { id = "lich-hop", text = "Văn phòng HĐND và UBND xây dựng lịch họp khoa học, hợp lý, tránh trùng lặp; ưu tiên họp trực tuyến, họp không giấy tờ; kiểm soát thành phần, thời gian, nội dung các cuộc họp của UBND xã, Chủ tịch, các Phó Chủ tịch", clause = "II.4.a" }
manual { id = "ke-hoach-hoi-nghi", text = "Mỗi cơ quan, đơn vị xây dựng kế hoạch tổ chức hội nghị hằng năm (giảm 10% hội nghị, họp trực tuyến tối thiểu 60%)", clause = "II.4.b" }
manual { id = "dieu-hanh-hop", text = "Đổi mới điều hành cuộc họp: không đọc lại báo cáo, dành thời gian chủ yếu để thảo luận và giải quyết vấn đề", clause = "II.4.b" }
manual { id = "phong-hop-truc-tuyen", text = "Đầu tư, nâng cấp trang thiết bị phòng họp trực tuyến tại xã, bảo đảm kết nối thông suốt với Trung ương, tỉnh", clause = "II.4.b" }
manual { id = "mot-viec-mot-co-quan", text = "Rà soát chức năng, nhiệm vụ, quan hệ công tác theo hướng \"một việc chỉ giao một cơ quan chủ trì, chịu trách nhiệm chính\"", clause = "II.5.a" }
manual { id = "che-do-bao-cao", text = "Chuẩn hóa chế độ báo cáo theo Nghị định 09/2019/NĐ-CP (các đơn vị thực hiện; Văn phòng HĐND và UBND đôn đốc)", clause = "II.5.a; II.5.b" }
manual { id = "truc-lien-thong", text = "Văn phòng HĐND và UBND hoàn thiện, phát huy Trục liên thông văn bản quốc gia", clause = "II.5.b" }
manual { id = "phan-cap", text = "Đẩy mạnh phân cấp, ủy quyền", clause = "II.5.c" }
manual { id = "kiem-tra-cong-vu", text = "Phòng Văn hóa - Xã hội kiểm tra, giám sát công vụ, kiểm tra đột xuất kỷ luật, kỷ cương hành chính, văn hóa công vụ; đề xuất xử lý cán bộ vi phạm, nhũng nhiễu, đùn đẩy, né tránh", clause = "II.6.a" }
manual { id = "tieu-chi-danh-gia", text = "Bổ sung tiêu chí kết quả thực hiện Kết luận 226-KL/TW vào đánh giá, xếp loại người đứng đầu và tiêu chí thi đua, khen thưởng hằng năm; lấy kết quả đổi mới lề lối làm việc làm tiêu chí đánh giá tập thể, cá nhân", clause = "II.6.a; II.6.b" }
manual { id = "ky-luat", text = "Người đứng đầu chịu trách nhiệm trước UBND xã; rà soát nội quy, quy chế, quy trình làm việc; sử dụng hiệu quả thời giờ làm việc; xử lý trách nhiệm người đứng đầu để xảy ra nhũng nhiễu", clause = "II.6.b" }
manual { id = "giam-sat-nhan-dan", text = "Phát huy vai trò giám sát, phát hiện, góp ý, phê phán hành vi sách nhiễu, phiền hà về thủ tục hành chính; biểu dương điển hình tốt", clause = "II.6.c" }
manual { id = "phu-luc-nhiem-vu", text = "Mục II.7 \"Nhiệm vụ cụ thể (có Phụ lục chi tiết kèm theo)\": văn bản được cung cấp không có Phụ lục nên gói không có danh mục nhiệm vụ theo phụ lục (tasks.deadline); người kiểm tra đối chiếu từng nhiệm vụ, đơn vị chủ trì và thời hạn trong Phụ lục bản gốc", clause = "II.7" }
manual { id = "kinh-phi", text = "Bố trí kinh phí trong dự toán ngân sách hằng năm cho ứng dụng CNTT, hạ tầng họp trực tuyến", clause = "III" }
manual { id = "de-xuat-dieu-chinh", text = "Các cơ quan, đơn vị kịp thời đề xuất điều chỉnh, bổ sung nhiệm vụ, giải pháp (kèm báo cáo định kỳ); khó khăn, vướng mắc đề xuất bằng văn bản gửi Phòng Văn hóa - Xã hội", clause = "IV.1.b; IV.4" }
manual { id = "theo-doi-don-doc", text = "Phòng Văn hóa - Xã hội chủ trì, phối hợp Văn phòng HĐND và UBND theo dõi, đôn đốc, hướng dẫn, kiểm tra việc triển khai Kế hoạch; báo cáo tình hình thực hiện tại phiên họp UBND xã định kỳ 6 tháng và cả năm", clause = "IV.2.d; IV.2.g" }
manual { id = "tong-hop-bao-cao", text = "Phòng Văn hóa - Xã hội định kỳ tổng hợp báo cáo UBND xã, Chủ tịch UBND xã; tham mưu giải quyết khó khăn, vướng mắc", clause = "IV.2.e" }
manual { id = "khen-thuong", text = "Phòng Văn hóa - Xã hội phối hợp tham mưu khen thưởng tập thể, cá nhân xuất sắc và xử lý trường hợp không thực hiện nghiêm túc Kế hoạch", clause = "IV.2.f" }
manual { id = "mttq", text = "Ủy ban MTTQ và các tổ chức chính trị - xã hội giám sát, phản biện xã hội, tuyên truyền, vận động đoàn viên, hội viên, Nhân dân", clause = "IV.3" }
