-- Phường Ngọc Hà (Hà Nội): Kế hoạch số 255/KH-UBND ngày 05/6/2026 của UBND phường triển khai
-- thực hiện Quyết định 534/QĐ-TTg, thực hiện Kế hoạch 208/KH-UBND ngày 31/5/2026 của Thành phố.
-- Nguồn: shared/seeds/004_ad2a9defbabb9271.txt
pack {
  parent = "vn/ha-noi",
  title = "Kế hoạch số 255/KH-UBND ngày 05/6/2026 của UBND phường Ngọc Hà triển khai thực hiện "
    .. "Quyết định số 534/QĐ-TTg ngày 31/3/2026 của Thủ tướng Chính phủ",
  locality = "Phường Ngọc Hà",
  source = "004_ad2a9defbabb9271.txt",
  effective = "2026-06-05",
}

-- I.2.a: "Số lượng hội nghị trực tuyến chiếm không ít hơn 60% tổng số hội nghị trong năm".
rule "meetings.online_share" { threshold = 0.60, clause = "I.2.a" }

-- I.2.a: "giảm tối thiểu 10% số lượng hội nghị hằng năm".
rule "meetings.reduction" { target = 0.10, clause = "I.2.a" }

-- I.2.a: "Hội nghị quán triệt không quá 1/2 ngày; hội nghị chuyên môn không quá 1 ngày; các hội
-- nghị quan trọng cần thảo luận không quá 1,5 ngày".
rule "meetings.duration" {
  max_dissemination_days = 0.5,
  max_professional_days = 1,
  max_discussion_days = 1.5,
  clause = "I.2.a",
}

-- I.2.a: "Tỷ lệ hồ sơ TTHC xử lý trực tuyến đạt từ 95% trở lên".
rule "dossiers.online_share" { threshold = 0.95, clause = "I.2.a" }

-- I.2.a: "100% hồ sơ công việc tại phường được xử lý trên môi trường điện tử (trừ hồ sơ thuộc phạm
-- vi bí mật nhà nước)"; II.4: "thống nhất 100% nhiệm vụ được cập nhật, theo dõi trên hệ thống quản
-- lý điện tử".
rule "tasks.electronic" { threshold = 1.0, clause = "I.2.a; II.4" }

-- I.2.a, II.3: "Thực hiện cắt giảm tối thiểu 15% số lượng văn bản hành chính do cơ quan, đơn vị ban
-- hành so với năm trước".
rule "documents.reduction" { target = 0.15, clause = "I.2.a; II.3" }

-- I.2.a: "cảo luận và giải quyết các khó khăn, vướng mắc".
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
-- đơn vị mình":.2" }

-- II.4: "Thực hiện công khai lịch công tác tuần của lãnh đạo": mỗi tuần, từ ngày kế hoạch có hiệu
-- lực, lịch phải công khai chậm nhất thứ Hai của tuần đó.
rule "schedule.weekly" { publish_by_offset_days = 0, clause = "II.4" }

-- IV.1: "Định kỳ 6 tháng (trước ngày 01 tháng 6) và hằng năm (trước ngày 01 tháng 12), gửi báo cáo
-- kết quả thực hiện về Phòng Văn hóa - Xã hội". Kế hoạch ban hành ngày 05/6/2026, sau hạn 01/6 của
-- chính nó: báo cáo 6 tháng năm 2026 không áp dụng (info); báo cáo năm 2026 áp dụng.
rule "reports.semiannual" { due = "01/06", strict = true, clause = "IV.1" }
rule "reports.annual" { due = "01/12", strict = true, clause = "IV.1" }

manual { id = "tuyen-truyen", text = "Phổ biến, quán triệt Kết luận 226-KL/TW, Quyết định 534/QĐ-TTg, Chỉ thị 09-CT/TU, Kế hoạch 45-KH/ĐU và các văn bản của UBND phường; tuyên truyền trên Cổng thông tin điện tử và loa truyền thanh phường", clause = "II.1" }
manual { id = "lanh-dao", text = "Đổi mới lãnh đạo, chỉ đạo theo nguyên tắc \"6 rõ, 1 xuyên suốt\"; rà soát nhiệm vụ chậm trễ, tồn đọng; đánh giá cán bộ thực chất, định lượng, dựa trên dữ liệu (OKR, KPI, Dashboard)", clause = "II.2" }
manual { id = "chat-luong-van-ban", text = "Ban hành văn bản đúng thẩm quyền, trình tự, thủ tục, hình thức; không ban hành văn bản chỉ đạo lại nội dung đã quy định; kiểm soát quyền lực, phòng, chống tham nhũng, tiêu cực trong xây dựng văn bản; Văn phòng kiểm soát dự thảo văn bản QPPL", clause = "II.3" }
manual { id = "cong-bo-bao-cao", text = "Chuẩn hóa chế độ báo cáo, công bố các loại báo cáo được cắt giảm; xây dựng dữ liệu \"Đúng, đủ, sạch, sống, thống nhất, dùng chung\"", clause = "II.4" }
manual { id = "ky-luat", text = "Kiểm tra công vụ, kiểm tra đột xuất; xử lý nhũng nhiễu, né tránh, đùn đẩy; điều chuyển, thay thế cán bộ yếu kém; trách nhiệm người đứng đầu", clause = "II.5" }
manual { id = "kinh-phi", text = "Bố trí kinh phí trong dự toán ngân sách hằng năm để thực hiện các nhiệm vụ được giao", clause = "III" }
manual { id = "khen-thuong", text = "Phòng Văn hóa - Xã hội tham mưu khen thưởng tập thể, cá nhân xuất sắc và xử lý trường hợp vi phạm, không nghiêm túc triển khai", clause = "IV.2" }
