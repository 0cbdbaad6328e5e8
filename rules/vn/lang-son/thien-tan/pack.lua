-- Xã Thiên Tân (Lạng Sơn): Kế hoạch của UBND xã thực hiện Quyết định 534/QĐ-TTg ("Thiên Tân, ngày
-- tháng năm 2026": bỏ trống số và ngày), thực hiện Kế hoạch 170/KH-UBND ngày 02/5/2026 của tỉnh.
-- Nguồn: shared/seeds/003_6232d6d9fe3216a3.txt
pack {
  parent = "vn/lang-son",
  title = "Kế hoạch của UBND xã Thiên Tân năm 2026 thực hiện Quyết định số 534/QĐ-TTg ngày "
    .. "31/3/2026 của Thủ tướng Chính phủ",
  locality = "Xã Thiên Tân",
  source = "003_6232d6d9fe3216a3.txt",
  effective = "2026-05-02",
  effective_note = "Văn bản ghi \"ngày tháng năm 2026\", bỏ trống ngày; ban hành sau Kế hoạch "
    .. "170/KH-UBND ngày 02/5/2026 của tỉnh nên lấy ngày 02/5/2026 (danh mục yêu cầu §4); khi "
    .. "biết ngày ban hành thực tế, địa phương đặt lại tại đây",
}

-- I.2: "Số lượng hội nghị trực tuyến chiếm không ít hơn 60% tổng số hội nghị trong năm";
-- II.4.b: "tỷ lệ trực tuyến đạt tối thiểu 60%".
rule "meetings.online_share" { threshold = 0.60, clause = "I.2; II.4.b" }

-- I.2: "tinh giản 10% số lượng hội nghị hằng năm"; II.4.b: "bảo đảm chỉ tiêu giảm 10% số lượng
-- hội nghị".
rule "meetings.reduction" { target = 0.10, clause = "I.2; II.4.b" }

-- I.2: "thực hiện tinh giản tối thiểu 15% số lượng văn bản hành chính hằng năm".
rule "documents.reduction" { target = 0.15, clause = "I.2" }

-- II.4.b: "Hội nghị quán triệt không quá ½ ngày; hội nghị chuyên môn không quá 01 ngày; các hội
-- nghị quan trọng cần thảo luận không quá 1,5 ngày".
rule "meetings.duration" {
  max_dissemination_days = 0.5,
  max_professional_days = 1,
  max_discussion_days = 1.5,
  clause = "II.4.b",
}

-- I.2: "thực hiện xử lý thủ tục hành chính trên môi trường số và số hóa văn bản đạt từ 95% trở
-- lên"; II.5.a: "Phấn đầu [Phấn đấu] thực hiện ... đạt từ 95% trở lên"; IV.5: Trung tâm Phục vụ
-- hành chính công "bảo đảm tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và xử lý văn
-- bản điện tử đạt từ 95% trở lên".
rule "dossiers.digital_share" { threshold = 0.95, clause = "I.2; II.5.a; IV.5" }
rule "documents.digitized_share" { threshold = 0.95, clause = "I.2; II.5.a; IV.5" }

-- IV.5: Trung tâm Phục vụ hành chính công "bảo đảm tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục
-- hành chính ... đạt từ 95% trở lên": hồ sơ được số hóa và kết quả giải quyết được số hóa, mỗi
-- loại ≥ 95% (không phải 100%: ngưỡng của kế hoạch này).
rule "dossiers.digitized_share" { threshold = 0.95, clause = "IV.5" }
rule "dossiers.result_digitized" { threshold = 0.95, clause = "IV.5" }

-- II.5.a: "thực hiện 100% văn bản ban hành và báo cáo định kỳ, thông tin truyền tải giữa các cấp
-- qua môi trường mạng, trừ văn bản thuộc danh mục bí mật nhà nước"; II.5.b: "Đảm bảo 100% văn bản
-- trao đổi giữa các cơ quan hành chính nhà nước được thực hiện dưới dạng điện tử (trừ văn bản mật)".
rule "documents.electronic_exchange" { threshold = 1.0, clause = "II.5.a; II.5.b" }

-- II.5.a: "100% ... báo cáo định kỳ ... qua môi trường mạng"; "giảm tối đa báo cáo giấy".
rule "reports.electronic" { threshold = 1.0, clause = "II.5.a" }

-- IV.2: Phòng Văn hóa - Xã hội "Tổng hợp, tham mưu UBND xã báo cáo kết quả thực hiện Kế hoạch định
-- kỳ 6 tháng, hằng năm gửi Sở Nội vụ tỉnh theo đúng quy định": kế hoạch không ghi ngày. Không đặt
-- `due` ở đây: kiểm tra báo "info" cho đến khi gói tỉnh vn/lang-son quy định ngày, và xã thừa
-- hưởng ngày đó.
rule "reports.semiannual" { roles = { "culture_social" }, clause = "IV.2" }
rule "reports.annual" { roles = { "culture_social" }, clause = "IV.2" }

-- Kiểm tra thủ công: mọi nhiệm vụ kế hoạch giao mà dữ liệu không thể hiện, theo từng điều khoản
-- (danh mục yêu cầu §5, §6.7).
manual { id = "tuyen-truyen", text = "Các cơ quan, đơn vị khẩn trương tuyên truyền, phổ biến, quán triệt Quyết định 534/QĐ-TTg đến cán bộ, công chức, viên chức, người lao động", clause = "II.1.a" }
manual { id = "tuyen-truyen-truyen-thanh", text = "Phòng Văn hóa - Xã hội, Trung tâm Dịch vụ công ích tuyên truyền trên hệ thống truyền thanh cơ sở, tăng thời lượng, đa dạng hình thức", clause = "II.1.b" }
manual { id = "lanh-dao", text = "Chủ tịch UBND xã, Thủ trưởng các cơ quan, đơn vị lãnh đạo, chỉ đạo, chịu trách nhiệm toàn diện; đưa chấn chỉnh lề lối làm việc vào chương trình, kế hoạch công tác hằng năm, đào tạo, bồi dưỡng", clause = "II.2.a; II.2.b" }
manual { id = "chat-luong-van-ban", text = "Xây dựng, ban hành văn bản đúng thẩm quyền, trình tự, thủ tục, hình thức; không ban hành văn bản chỉ đạo lại nội dung đã quy định; hợp nhất văn bản sau sửa đổi, bổ sung; đơn vị soạn thảo chịu trách nhiệm về chất lượng, tiến độ", clause = "II.3" }
manual { id = "phong-chong-tham-nhung", text = "Kiểm soát quyền lực, phòng, chống tham nhũng, tiêu cực, công khai, minh bạch trong xây dựng văn bản", clause = "II.3" }
manual { id = "quy-che-hop", text = "Văn phòng HĐND và UBND tham mưu sửa đổi quy định về chế độ họp trong Quy chế làm việc của UBND xã; xây dựng chương trình công tác, lịch họp khoa học, tránh trùng lặp; ưu tiên họp trực tuyến, không giấy tờ; kiểm soát thành phần, thời gian, nội dung cuộc họp", clause = "II.4.a" }
manual { id = "ke-hoach-hoi-nghi", text = "Các phòng chuyên môn, cơ quan, đơn vị xây dựng kế hoạch tổ chức hội nghị hằng năm (giảm 10% hội nghị, trực tuyến tối thiểu 60%); có giải pháp thực hiện quy định thời gian họp", clause = "II.4.b" }
manual { id = "dieu-hanh-hop", text = "Đổi mới điều hành cuộc họp: không đọc lại báo cáo, dành thời gian chủ yếu để thảo luận và giải quyết vấn đề", clause = "II.4.b" }
manual { id = "phong-hop-truc-tuyen", text = "Đầu tư, nâng cấp trang thiết bị phòng họp trực tuyến, bảo đảm kết nối thông suốt, an toàn, ổn định", clause = "II.4.b" }
manual { id = "che-do-bao-cao", text = "\"Một việc chỉ giao một cơ quan chủ trì\"; chế độ báo cáo theo Nghị định 09/2019/NĐ-CP gắn với hệ thống thông tin báo cáo; thống nhất chỉ tiêu, biểu mẫu; báo cáo ngắn gọn, định lượng, giảm số lượng báo cáo; bồi dưỡng kỹ năng số, ứng dụng AI", clause = "II.5.a" }
manual { id = "vnpt-ioffice", text = "Văn phòng HĐND và UBND vận hành thông suốt, an toàn Hệ thống quản lý văn bản và điều hành VNPT-iOffice; đôn đốc chuẩn hóa chế độ báo cáo; triển khai giải pháp trí tuệ nhân tạo hỗ trợ công vụ", clause = "II.5.b" }
manual { id = "kpi", text = "Văn phòng HĐND và UBND phối hợp Phòng Văn hóa - Xã hội thực hiện hệ thống đánh giá hiệu quả công việc (KPI) trong đánh giá, xếp loại cơ quan, cán bộ, công chức", clause = "II.5.b" }
manual { id = "tieu-chi-danh-gia", text = "Bổ sung tiêu chí thực hiện Quyết định 534/QĐ-TTg vào đánh giá, xếp loại, thi đua, khen thưởng; Phòng Văn hóa - Xã hội theo dõi, đôn đốc, kiểm tra kỷ luật, kỷ cương, văn hóa công sở", clause = "II.6.a" }
manual { id = "ky-luat", text = "Người đứng đầu chịu trách nhiệm trước UBND xã; sửa đổi nội quy, quy chế, quy trình làm việc theo mô hình chính quyền địa phương 2 cấp; tự kiểm tra, giám sát, xử lý nhũng nhiễu; kỷ luật, kỷ cương là tiêu chí bắt buộc đánh giá hằng năm", clause = "II.6.b" }
manual { id = "kinh-phi", text = "Kinh phí từ ngân sách theo phân cấp, lồng ghép các chương trình, đề án; Phòng Kinh tế tham mưu bảo đảm kinh phí, hướng dẫn sử dụng đúng mục đích", clause = "III; IV.4" }
manual { id = "thuc-hien-cac-don-vi", text = "Các cơ quan, đơn vị thực hiện nghiêm giảm văn bản, giảm hội họp, họp trực tuyến, không giấy tờ, xử lý công việc trên môi trường điện tử; chế độ thông tin, báo cáo theo yêu cầu của Phòng Văn hóa - Xã hội", clause = "IV.1" }
manual { id = "theo-doi-don-doc", text = "Phòng Văn hóa - Xã hội chủ trì theo dõi, đôn đốc; Văn phòng HĐND và UBND phối hợp theo dõi, đôn đốc thực hiện Kế hoạch", clause = "IV.2; IV.3" }
manual { id = "khen-thuong", text = "Phòng Văn hóa - Xã hội xét chọn tập thể, cá nhân tiêu biểu đề nghị khen thưởng; đề xuất xử lý trường hợp thực hiện không nghiêm túc", clause = "IV.2" }
manual { id = "trung-tam-hanh-chinh-cong", text = "Trung tâm Phục vụ hành chính công hướng dẫn tổ chức, cá nhân dùng dịch vụ công trực tuyến, thanh toán trực tuyến; theo dõi, đôn đốc xử lý hồ sơ trên môi trường số; thống kê, lượng hóa các chỉ tiêu cải cách TTHC, chuyển đổi số và định kỳ báo cáo UBND xã; phản ánh khó khăn, vướng mắc", clause = "IV.5" }
