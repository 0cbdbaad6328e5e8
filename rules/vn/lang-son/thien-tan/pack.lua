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

manual { id = "tuyen-truyen", text = "Các cơ quan, đơn vị khẩn trương tuyên truyền, phổ biến, quán triệt Quyết định 534/QĐ-TTg; Phòng Văn hóa - Xã hội, Trung tâm Dịch vụ công ích tuyên truyền trên hệ thống truyền thanh cơ sở", clause = "II.1" }
manual { id = "lanh-dao", text = "Chủ tịch UBND xã, Thủ trưởng các cơ quan, đơn vị lãnh đạo, chỉ đạo, chịu trách nhiệm toàn diện; đưa chấn chỉnh lề lối làm việc vào chương trình công tác, đào tạo, bồi dưỡng", clause = "II.2" }
manual { id = "chat-luong-van-ban", text = "Xây dựng, ban hành văn bản đúng thẩm quyền, trình tự, thủ tục, hình thức; không ban hành văn bản chỉ đạo lại nội dung đã quy định; kiểm soát quyền lực, phòng, chống tham nhũng, tiêu cực trong xây dựng văn bản", clause = "II.3" }
manual { id = "che-do-bao-cao", text = "\"Một việc chỉ giao một cơ quan chủ trì\"; chế độ báo cáo theo Nghị định 09/2019/NĐ-CP, báo cáo ngắn gọn, định lượng, giảm số lượng báo cáo; bồi dưỡng kỹ năng số, ứng dụng AI; đánh giá KPI", clause = "II.5" }
manual { id = "ky-luat", text = "Bổ sung tiêu chí thực hiện Quyết định 534/QĐ-TTg vào đánh giá, xếp loại, thi đua; kiểm tra kỷ luật, kỷ cương hành chính, văn hóa công sở; xử lý vi phạm, nhũng nhiễu", clause = "II.6" }
manual { id = "kinh-phi", text = "Kinh phí từ ngân sách theo phân cấp, lồng ghép các chương trình, đề án; Phòng Kinh tế tham mưu bảo đảm kinh phí", clause = "III; IV.4" }
manual { id = "khen-thuong", text = "Phòng Văn hóa - Xã hội xét chọn tập thể, cá nhân tiêu biểu đề nghị khen thưởng; đề xuất xử lý trường hợp thực hiện không nghiêm túc", clause = "IV.2" }
