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

-- Các chỉ tiêu áp dụng cho "các cơ quan, đơn vị thuộc UBND xã": mặc định của mọi quy tắc là các
-- đơn vị hành chính (UBND, văn phòng, các phòng, trung tâm); thôn và MTTQ, đoàn thể không bị
-- đánh giá riêng, cũng không tính vào tổng của xã (danh mục yêu cầu §6.1).
-- Hội nghị (category conference) và cuộc họp (category meeting) là hai chỉ tiêu riêng (§6.2):
-- I.2.a đặt chỉ tiêu cho hội nghị, II.2 và II.3 cho cuộc họp; không gộp.
-- Mục II là "CÁC CHỈ TIÊU CỤ THỂ NĂM 2026": chỉ đánh giá năm 2026 (years = { 2026 }, §6.4),
-- trừ khi mục khác (I.2.a, III) đặt cùng chỉ tiêu hằng năm.

-- I.2.a: "Tinh giản tối thiểu 15% số lượng văn bản hành chính so với năm trước"; II.1: "Tinh giảm
-- tối thiểu 15% số lượng văn bản hành chính phát hành so với năm 2025"; III.3.a: "Hằng năm, các
-- cơ quan, đơn vị thực hiện tinh giản tối thiểu 15% số lượng văn bản hành chính so với năm
-- trước": hằng năm, không giới hạn năm 2026.
rule "documents.reduction" { target = 0.15, clause = "I.2.a; II.1; III.3.a" }

-- I.2.a: "tinh giản 10% số lượng hội nghị hằng năm"; III.4.b: "đảm bảo chỉ tiêu giảm 10% số lượng
-- hội nghị": hội nghị, hằng năm.
rule "meetings.reduction" {
  target = 0.10,
  categories = { "conference" },
  description = "Giảm số lượng hội nghị",
  clause = "I.2.a; III.4.b",
}

-- II.2: "Giảm ít nhất 10% số lượng các cuộc họp hằng năm": cuộc họp, chỉ tiêu năm 2026.
rule "meetings.meeting_reduction" {
  kind = "meetings.reduction",
  target = 0.10,
  categories = { "meeting" },
  years = { 2026 },
  description = "Giảm số lượng cuộc họp",
  clause = "II.2",
}

-- I.2.a: "tham gia số lượng hội nghị trực tuyến chiếm không ít hơn 60% tổng số hội nghị trong
-- năm": hội nghị, trực tuyến (kể cả kết hợp trực tuyến); họp không giấy tờ không được tính.
rule "meetings.online_share" {
  threshold = 0.60,
  categories = { "conference" },
  count_hybrid = true,
  count_paperless = false,
  description = "Tỷ lệ hội nghị trực tuyến",
  clause = "I.2.a",
}

-- II.3: "Tỷ lệ các cuộc họp trực tuyến, họp không giấy tờ đạt từ 60% trở lên": cuộc họp; họp
-- không giấy tờ được tính; chỉ tiêu năm 2026.
rule "meetings.meeting_online_share" {
  kind = "meetings.online_share",
  threshold = 0.60,
  categories = { "meeting" },
  count_hybrid = true,
  count_paperless = true,
  years = { 2026 },
  description = "Tỷ lệ cuộc họp trực tuyến, họp không giấy tờ",
  clause = "II.3",
}

-- II.4: "Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trên môi trường mạng đạt từ 95% trở lên".
-- Chỉ tiêu năm 2026.
rule "dossiers.online_share" { threshold = 0.95, years = { 2026 }, clause = "II.4" }

-- II.5: "100% kết quả giải quyết thủ tục hành chính được số hóa để tái sử dụng".
-- Chỉ tiêu năm 2026.
rule "dossiers.result_digitized" { threshold = 1.0, years = { 2026 }, clause = "II.5" }

-- II.6: "100% văn bản trao đổi với các cơ quan cấp trên và các đơn vị liên quan được thực hiện dưới
-- dạng điện tử (trừ văn bản mật)"; III.5.b: "Đảm bảo 100% văn bản trao đổi giữa các cơ quan hành
-- chính nhà nước được thực hiện dưới dạng điện tử (trừ văn bản Mật)": III.5.b không giới hạn
-- năm, nên đánh giá mọi năm.
rule "documents.electronic_exchange" { threshold = 1.0, clause = "II.6; III.5.b" }

-- III.4.b: "tỷ lệ tham gia họp trực tuyến do nagnfh dọc [ngành dọc] và UBND tỉnh tổ chức là 100%".
rule "meetings.online_attendance" {
  threshold = 1.0,
  organizer_levels = { "province", "vertical" },
  clause = "III.4.b",
}

-- III.4.b: "Hội nghị quán triệt không quá 1/2 ngày; hội nghị chuyên môn không quá 1 ngày; các hội
-- nghị quan trọng cần thảo luận không quá 1,5 ngày": giới hạn cho hội nghị (mặc định của quy tắc).
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

-- Kiểm tra thủ công: mọi nhiệm vụ kế hoạch giao mà dữ liệu không thể hiện, theo từng điều khoản
-- (danh mục yêu cầu §5, §6.7).
manual { id = "trach-nhiem-nguoi-dung-dau", text = "Người đứng đầu các cơ quan, đơn vị, phòng chuyên môn trực tiếp lãnh đạo, chỉ đạo, tổ chức thực hiện; tăng cường kiểm tra, giám sát, xử lý nghiêm vi phạm", clause = "I.2.c" }
manual { id = "tuyen-truyen", text = "Quán triệt Kết luận 226-KL/TW, Quyết định 534/QĐ-TTg đến toàn bộ đảng viên, cán bộ, công chức, viên chức, người lao động; lồng ghép trong giao ban tuần, tháng", clause = "III.1.a" }
manual { id = "tuyen-truyen-truyen-thong", text = "Trung tâm cung ứng dịch vụ sự nghiệp công tuyên truyền trên phương tiện truyền thông đại chúng và hệ thống thông tin cơ sở", clause = "III.1.b" }
manual { id = "lanh-dao", text = "Chủ tịch UBND xã lãnh đạo, chỉ đạo, quán triệt; đưa nội dung chấn chỉnh lề lối làm việc vào chương trình, kế hoạch công tác, đào tạo, bồi dưỡng, tập huấn", clause = "III.2" }
manual { id = "chat-luong-van-ban", text = "Ban hành văn bản đúng thẩm quyền, trình tự, thủ tục, hình thức, phân quyền, phân cấp; không ban hành văn bản hành chính chỉ đạo lại nội dung đã quy định trong văn bản QPPL hoặc văn bản của cấp trên", clause = "III.3.a" }
manual { id = "phong-chong-tham-nhung", text = "Kiểm soát quyền lực, phòng, chống tham nhũng, tiêu cực, \"lợi ích nhóm\", \"lợi ích cục bộ\" trong xây dựng, ban hành văn bản (Quy định 178-QĐ/TW, Nghị quyết 110/2023/QH15, Nghị quyết 126/NQ-CP)", clause = "III.3.a" }
manual { id = "hop-nhat-van-ban", text = "Thực hiện nghiêm việc hợp nhất văn bản sau khi sửa đổi, bổ sung; ưu tiên thời gian, nguồn lực cho văn bản quy định chi tiết; cơ quan chủ trì soạn thảo chịu trách nhiệm đến cùng về nội dung, chất lượng, tiến độ, tiếp thu, giải trình ý kiến thẩm định", clause = "III.3.a" }
manual { id = "tham-dinh-qppl", text = "Bộ phận tư pháp tham gia ý kiến, thẩm định dự thảo văn bản QPPL của HĐND, UBND xã; kiên quyết trả lại dự thảo chưa đúng quy trình, thủ tục hoặc chưa bảo đảm thống nhất, khả thi", clause = "III.3.b" }
manual { id = "quy-che-hop", text = "Văn phòng HĐND và UBND tham mưu sửa đổi quy định về chế độ họp trong Quy chế làm việc của UBND xã theo Kết luận 226-KL/TW", clause = "III.4.a" }
manual { id = "lich-hop", text = "Văn phòng HĐND và UBND xây dựng lịch họp khoa học, hợp lý, tránh trùng lặp; ưu tiên họp trực tuyến, họp không giấy tờ, cuộc họp kết hợp nhiều nội dung; kiểm soát thành phần, thời gian, nội dung các cuộc họp của UBND xã, lãnh đạo UBND xã", clause = "III.4.a" }
manual { id = "ke-hoach-hoi-nghi", text = "Mỗi cơ quan, đơn vị xây dựng kế hoạch các hội nghị tổ chức hằng năm (bảo đảm giảm 10% hội nghị, dự đủ họp trực tuyến của ngành dọc và UBND tỉnh)", clause = "III.4.b" }
manual { id = "dieu-hanh-hop", text = "Đổi mới điều hành cuộc họp: không đọc lại (toàn văn) báo cáo tại cuộc họp, dành thời gian chủ yếu để thảo luận và giải quyết vấn đề", clause = "III.4.b" }
manual { id = "phong-hop-truc-tuyen", text = "Đầu tư, nâng cấp trang thiết bị phòng họp trực tuyến, bảo đảm kết nối thông suốt từ tỉnh đến xã", clause = "III.4.b" }
manual { id = "mot-viec-mot-co-quan", text = "Rà soát chức năng, nhiệm vụ, quan hệ công tác theo hướng \"một việc chỉ giao một cơ quan chủ trì, chịu trách nhiệm chính\", \"rõ người - rõ việc - rõ thời gian - rõ trách nhiệm - rõ sản phẩm - rõ thẩm quyền\"", clause = "III.5.a" }
manual { id = "che-do-bao-cao", text = "Chuẩn hóa chế độ báo cáo theo Nghị định 09/2019/NĐ-CP (các đơn vị thực hiện; Văn phòng HĐND và UBND đôn đốc)", clause = "III.5.a; III.5.b" }
manual { id = "truc-lien-thong", text = "Văn phòng HĐND và UBND phát huy Trục liên thông văn bản quốc gia; thúc đẩy dịch vụ công trực tuyến toàn trình theo Nghị định 42/2022/NĐ-CP; đẩy mạnh phân cấp, phân quyền", clause = "III.5.b" }
manual { id = "kiem-tra-cong-vu", text = "Phòng Văn hóa - Xã hội định kỳ rà soát, kiến nghị kiểm tra công vụ, kiểm tra đột xuất kỷ luật, kỷ cương hành chính, văn hóa công vụ; đề xuất xử lý cán bộ vi phạm, nhũng nhiễu, đùn đẩy, né tránh", clause = "III.6.a" }
manual { id = "ky-luat", text = "Các cơ quan, đơn vị chịu trách nhiệm trước UBND xã; rà soát nội quy, quy chế, quy trình làm việc; xử lý trách nhiệm người đứng đầu để xảy ra nhũng nhiễu; rà soát, kiến nghị đơn giản hóa TTHC; nâng cao chất lượng Bộ phận một cửa; Chủ tịch UBND xã kiểm tra việc sử dụng thời giờ làm việc", clause = "III.6.b" }
manual { id = "tieu-chi-danh-gia", text = "Lấy kết quả đổi mới lề lối làm việc làm tiêu chí đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của tập thể, cá nhân hằng năm", clause = "III.6.b" }
manual { id = "kinh-phi", text = "Bố trí kinh phí trong dự toán ngân sách hằng năm, ưu tiên bồi dưỡng nghiệp vụ, ứng dụng CNTT, chuyển đổi số, hạ tầng họp trực tuyến", clause = "IV" }
manual { id = "theo-doi-don-doc", text = "Phòng Văn hóa - Xã hội tham mưu xây dựng, triển khai Kế hoạch, tổ chức các hội nghị đổi mới lề lối làm việc; chủ trì, phối hợp Văn phòng HĐND và UBND theo dõi, đôn đốc, kiểm tra việc thực hiện tại các cơ quan, đơn vị", clause = "V.1; V.2" }
manual { id = "bao-cao-so-noi-vu", text = "Phòng Văn hóa - Xã hội định kỳ tổng hợp, tham mưu báo cáo kết quả thực hiện Kết luận 226-KL/TW gửi Sở Nội vụ; đề xuất, kiến nghị tháo gỡ khó khăn", clause = "V.1" }
manual { id = "khen-thuong", text = "Phòng Văn hóa - Xã hội tham mưu khen thưởng tập thể, cá nhân xuất sắc và chế tài xử lý trường hợp không thực hiện nghiêm túc Kế hoạch", clause = "V.1" }
manual { id = "noi-dung-bao-cao", text = "Báo cáo 6 tháng, hằng năm của các cơ quan, đơn vị tập trung vào kết quả giảm văn bản, giảm hội nghị, cuộc họp, ứng dụng CNTT, chuyển đổi số", clause = "V.3" }
