-- Xã An Phú (Hải Phòng): Kế hoạch của UBND xã triển khai thực hiện Quyết định 534/QĐ-TTg
-- ("An Phú, ngày tháng năm 2026"; Phụ lục: "Kèm theo Kế hoạch số /KH-UBND ngày /4/2026").
-- Nguồn: shared/seeds/002_08a7413d3b6232b7.txt
pack {
  parent = "vn/hai-phong",
  title = "Kế hoạch của UBND xã An Phú năm 2026 triển khai thực hiện Quyết định số 534/QĐ-TTg "
    .. "ngày 31/3/2026 của Thủ tướng Chính phủ",
  locality = "Xã An Phú",
  source = "002_08a7413d3b6232b7.txt",
  effective = "2026-04-30",
  effective_note = "Văn bản ghi \"ngày tháng năm 2026\", Phụ lục ghi \"ngày /4/2026\": lấy ngày "
    .. "cuối tháng 30/4/2026 (danh mục yêu cầu §4); khi biết ngày ban hành thực tế, địa phương "
    .. "đặt lại tại đây",
}

-- I.2.a: "số lượng hội nghị trực tuyến chiếm không ít hơn 60% tổng số hội nghị trong năm";
-- Phụ lục, nhiệm vụ 4: "Các cuộc họp trực tuyến đạt 60%".
rule "meetings.online_share" { threshold = 0.60, clause = "I.2.a; Phụ lục 4" }

-- I.2.a: "tinh giản 10% số lượng hội nghị hàng năm"; Phụ lục, nhiệm vụ 4: "Cắt giảm tối thiểu
-- 10% số lượng hội nghị, cuộc họp mỗi năm".
rule "meetings.reduction" { target = 0.10, clause = "I.2.a; Phụ lục 4" }

-- II.4: "Thực hiện nghiêm quy định về thời gian họp" (quán triệt ≤ 1/2 ngày, chuyên môn ≤ 1 ngày,
-- cần thảo luận ≤ 1,5 ngày theo Quyết định 534/QĐ-TTg).
rule "meetings.duration" {
  max_dissemination_days = 0.5,
  max_professional_days = 1,
  max_discussion_days = 1.5,
  clause = "II.4",
}

-- I.2.a: "thực hiện xử lý thủ tục hành chính trên môi trường số và số hóa văn bản đạt từ 95% trở lên".
rule "dossiers.digital_share" { threshold = 0.95, clause = "I.2.a" }
rule "documents.digitized_share" { threshold = 0.95, clause = "I.2.a" }

-- I.2.b: "Tỷ lệ hồ sơ giải quyết trực tuyến > 98%": lớn hơn hẳn, 98% chưa đạt.
rule "dossiers.online_share" { threshold = 0.98, strict = true, clause = "I.2.b" }

-- I.2.b: "Tỷ lệ văn bản điện tử 100 %"; II.5: "bảo đảm 100% văn bản trao đổi (trừ mật) được xử lý
-- trên môi trường điện tử".
rule "documents.electronic_exchange" { threshold = 1.0, clause = "I.2.b; II.5" }

-- I.2.b: "Mức độ hài lòng của người dân, tổ chức > 99%": lớn hơn hẳn, 99% chưa đạt.
rule "dossiers.satisfaction" { threshold = 0.99, strict = true, clause = "I.2.b" }

-- I.2.b: "Tỷ lệ xử lý công việc đúng hạn là 100%".
rule "tasks.on_time" { clause = "I.2.b" }

-- II.6: "bảo đảm 100% phản ánh được xử lý, trả lời đúng thời hạn".
rule "feedback.on_time" { clause = "II.6" }

-- Phụ lục, nhiệm vụ 12: "Đẩy mạnh cải cách thủ tục hành chính, số hóa hồ sơ, văn bản đạt từ 96 %
-- trở lên", thời hạn "Quý IV/2026": chỉ tiêu của năm 2026 (years = { 2026 }, danh mục yêu cầu
-- §6.4), cho cả hồ sơ và văn bản (§6.5); chốt tại 31/12/2026, trong năm chỉ cảnh báo khi dưới 96%.
-- Văn bản vẫn giữ chỉ tiêu 95% hằng năm của I.2.a (documents.digitized_share).
rule "dossiers.digitized_share" { threshold = 0.96, years = { 2026 }, clause = "Phụ lục 12" }
rule "documents.digitized_share_pl12" {
  kind = "documents.digitized_share",
  threshold = 0.96,
  years = { 2026 },
  description = "Số hóa văn bản (Phụ lục 12, năm 2026)",
  clause = "Phụ lục 12",
}

-- II.2: "Thực hiện nghiêm nguyên tắc: \"một việc chỉ giao một đầu mối chủ trì, chịu trách nhiệm
-- chính\""; IV.2: "bảo đảm rõ nhiệm vụ - rõ tiến độ - rõ sản phẩm đầu ra". Mỗi nhiệm vụ có đúng một
-- đơn vị chủ trì, người chịu trách nhiệm, thời hạn và sản phẩm; nhiệm vụ có hạn trước ngày kế
-- hoạch có hiệu lực không xét (§6.3). PL-11 là nhiệm vụ "Thường xuyên, từ 2026": kế hoạch không
-- đặt thời hạn, nên không đòi thời hạn ở nhiệm vụ đó.
rule "tasks.ownership" { continuous_refs = { "PL-11" }, clause = "II.2; IV.2" }

-- IV.3: Trung tâm phục vụ hành chính công "Tổ chức triển khai hiệu quả việc tiếp nhận, giải quyết
-- thủ tục hành chính; bảo đảm đúng quy trình, đúng thời hạn": mỗi hồ sơ giải quyết chậm nhất
-- ngày hẹn trả (due_date); quá hạn chưa giải quyết là vi phạm.
rule "dossiers.on_time" { clause = "IV.3" }

-- IV.1: Phòng Văn hoá - Xã hội "tham mưu UBND xã báo cáo định kỳ 6 tháng (trước ngày 05/6) và hằng
-- năm (trước ngày 05/12) gửi UBND cấp trên": nghĩa vụ của riêng Phòng Văn hóa - Xã hội.
rule "reports.semiannual" {
  due = "05/06",
  strict = true,
  roles = { "culture_social" },
  clause = "IV.1",
}
rule "reports.annual" {
  due = "05/12",
  strict = true,
  roles = { "culture_social" },
  clause = "IV.1",
}

-- Phụ lục "Phân công nhiệm vụ cụ thể": 13 nhiệm vụ, cơ quan chủ trì và thời hạn. "Quý II/2026" →
-- 30/6/2026; "Quý III/2026" → 30/9/2026; "Quý IV/2026" → 31/12/2026; "Hàng năm, từ 2026" và
-- "Hàng năm" → 31/12 mỗi năm từ 2026; "Thường xuyên, từ 2026" → không thời hạn, chỉ theo dõi.
-- Chủ trì: "Phòng Văn hoá - Xã hội" → culture_social; "Văn phòng HĐND và UBND" → office; "Trung
-- tâm phục vụ hành chính công" → service_center; "UBND xã" → committee; "Ủy ban MTTQ" → front.
rule "tasks.deadline" {
  subject = "KL226",
  tasks = {
    { ref = "PL-1", title = "Tổ chức tuyên truyền, phổ biến, quán triệt Kết luận số 226-KL/TW",
      due = "2026-Q2", lead_role = "culture_social" },
    { ref = "PL-2", title = "Rà soát, sửa đổi, bổ sung Quy chế làm việc của UBND xã",
      due = "2026-Q2", lead_role = "office" },
    { ref = "PL-3", title = "Xây dựng và thực hiện lịch họp khoa học, hợp lý, giảm thiểu các cuộc "
        .. "họp không cần thiết",
      due = "2026-Q3", lead_role = "office" },
    { ref = "PL-4", title = "Cắt giảm tối thiểu 10% số lượng hội nghị, cuộc họp mỗi năm. Tăng "
        .. "cường tổ chức hội họp trực tuyến, họp không giấy",
      due = "yearly", from_year = 2026, lead_role = "office" },
    { ref = "PL-5", title = "Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình",
      due = "2026-Q4", lead_role = "service_center" },
    { ref = "PL-6", title = "Ứng dụng công nghệ thông tin trong soạn thảo và quản lý văn bản",
      due = "yearly", from_year = 2026, lead_role = "culture_social" },
    { ref = "PL-7", title = "Xây dựng kế hoạch kiểm tra công vụ, giám sát việc thực hiện nhiệm vụ "
        .. "công vụ tại UBND xã",
      due = "2026-Q4", lead_role = "culture_social" },
    { ref = "PL-8", title = "Nâng cao năng lực số cho cán bộ, công chức",
      due = "2026-Q4", lead_role = "culture_social" },
    { ref = "PL-9", title = "Tăng cường công tác giám sát, phát huy vai trò giám sát của Nhân dân",
      due = "yearly", from_year = 2026, lead_role = "committee" },
    { ref = "PL-10", title = "Đảm bảo tính minh bạch trong việc xử lý, giải quyết phản ánh, khiếu "
        .. "nại của Nhân dân",
      due = "yearly", from_year = 2026, lead_role = "service_center" },
    { ref = "PL-11", title = "Xử lý nghiêm các hành vi nhũng nhiễu, gây phiền hà trong hoạt động "
        .. "công vụ",
      due = "continuous", lead_role = "office" },
    { ref = "PL-12", title = "Đẩy mạnh cải cách thủ tục hành chính, số hóa hồ sơ, văn bản đạt từ "
        .. "96 % trở lên",
      due = "2026-Q4", lead_role = "service_center" },
    { ref = "PL-13", title = "Phát huy vai trò của các tổ chức chính trị - xã hội trong giám sát "
        .. "việc thực hiện công vụ",
      due = "yearly", from_year = 2026, lead_role = "front" },
  },
  clause = "Phụ lục",
}

-- Kiểm tra thủ công: mọi nhiệm vụ kế hoạch giao mà dữ liệu không thể hiện, theo từng điều khoản
-- (danh mục yêu cầu §5, §6.7). Mục II dùng gạch đầu dòng, không có chữ cái: trích theo mục.
manual { id = "ke-hoach-cong-tac", text = "Cụ thể hóa nhiệm vụ, giải pháp thành kế hoạch công tác hằng tháng, quý, năm; kết quả định lượng, kiểm đếm được; gắn với phát triển kinh tế - xã hội, cải cách hành chính, chuyển đổi số, mô hình \"chính quyền thân thiện, phục vụ Nhân dân\"", clause = "I.2.b" }
manual { id = "tieu-chi-danh-gia", text = "Lấy kết quả thực hiện Kết luận 226-KL/TW làm tiêu chí bắt buộc trong đánh giá, xếp loại hằng năm, bình xét thi đua, khen thưởng, quy hoạch, bổ nhiệm, điều động, luân chuyển cán bộ", clause = "I.2.c; II.6" }
manual { id = "kiem-tra-thuong-xuyen", text = "Người đứng đầu trực tiếp chỉ đạo, kiểm tra, đôn đốc; kiểm tra, giám sát, thanh tra công vụ thường xuyên, đột xuất; định kỳ sơ kết, tổng kết, báo cáo cấp trên", clause = "I.2.c" }
manual { id = "tuyen-truyen", text = "Hội nghị quán triệt Kết luận 226-KL/TW đến 100% cán bộ, công chức, người hoạt động không chuyên trách; tuyên truyền qua loa truyền thanh, cổng thông tin điện tử, nhà văn hóa xã và 20/20 thôn; lồng ghép vào sinh hoạt chi bộ, MTTQ, đoàn thể", clause = "II.1" }
manual { id = "neu-guong", text = "Người đứng đầu nêu gương gắn với tuyên truyền; biểu dương kịp thời tập thể, cá nhân thực hiện tốt", clause = "II.1" }
manual { id = "quy-che-lam-viec", text = "Rà soát, sửa đổi Quy chế làm việc của UBND xã theo hướng rõ người - rõ việc - rõ trách nhiệm - rõ thời gian - rõ kết quả; chuẩn hóa quy trình xử lý công việc; xử lý né tránh, đùn đẩy; đưa chấn chỉnh lề lối làm việc vào chương trình công tác, đào tạo, bồi dưỡng", clause = "II.2" }
manual { id = "chat-luong-van-ban", text = "Soạn thảo, ban hành văn bản đúng thẩm quyền, thể thức, kỹ thuật trình bày theo Thông tư 30; không ban hành văn bản chỉ đạo lại nội dung đã quy định; hạn chế văn bản trùng lặp; trách nhiệm người chủ trì soạn thảo", clause = "II.3" }
manual { id = "phong-chong-tham-nhung", text = "Kiểm soát quyền lực, phòng, chống tham nhũng, tiêu cực, \"lợi ích nhóm\" trong xây dựng, ban hành văn bản (Quy định 178-QĐ/TW, Nghị quyết 110/2023/QH15, Nghị quyết 126/NQ-CP)", clause = "II.3" }
manual { id = "ky-so", text = "Ứng dụng CNTT trong soạn thảo, quản lý, lưu trữ văn bản; ký số, số hóa hồ sơ theo quy định", clause = "II.3" }
manual { id = "lich-hop", text = "Xây dựng và thực hiện lịch họp khoa học, hợp lý, không trùng lặp, giảm cuộc họp không cần thiết", clause = "II.4" }
manual { id = "hop-khong-giay", text = "Tăng cường họp trực tuyến, họp không giấy; gửi tài liệu họp trước qua môi trường điện tử", clause = "II.4" }
manual { id = "dieu-hanh-hop", text = "Không đọc lại báo cáo, tập trung thảo luận; người chủ trì kết luận rõ ràng, giao nhiệm vụ cụ thể, có thời hạn, kiểm tra, giám sát sau họp", clause = "II.4" }
manual { id = "nang-luc-so", text = "Sử dụng hiệu quả hệ thống quản lý văn bản và điều hành; hướng dẫn người dân dùng dịch vụ công, thanh toán trực tuyến; nâng cao hiệu quả Bộ phận \"một cửa\"; chuẩn hóa quy trình nghiệp vụ; nâng cao năng lực số, khuyến khích sáng kiến", clause = "II.5" }
manual { id = "kiem-tra-cong-vu", text = "Kế hoạch kiểm tra công vụ hằng năm, kiểm tra định kỳ và đột xuất; theo dõi nhiệm vụ qua hệ thống quản lý công việc", clause = "II.6" }
manual { id = "cong-khai-xu-ly-phan-anh", text = "Tiếp nhận, phân loại, xử lý phản ánh, kiến nghị, khiếu nại, tố cáo; công khai kết quả xử lý theo quy định", clause = "II.6" }
manual { id = "ky-luat", text = "Xử lý nghiêm nhũng nhiễu, né tránh, đùn đẩy; đường dây nóng, hòm thư góp ý, kênh phản ánh điện tử; kiểm điểm trách nhiệm người đứng đầu; sơ kết, khen thưởng", clause = "II.6" }
manual { id = "kinh-phi", text = "Bố trí kinh phí trong dự toán ngân sách hằng năm, nhất là cho ứng dụng CNTT, hạ tầng họp trực tuyến", clause = "III" }
manual { id = "phan-cong", text = "Phòng Văn hóa - Xã hội tham mưu lãnh đạo, chỉ đạo toàn diện; phân công nhiệm vụ cho từng công chức, bộ phận và các thôn; theo dõi, đôn đốc, kiểm tra; tham mưu xử lý vi phạm; đề xuất tháo gỡ vướng mắc", clause = "IV.1" }
manual { id = "chuong-trinh-cong-tac", text = "Các phòng chuyên môn, cơ quan, đơn vị thể chế hóa nhiệm vụ vào chương trình công tác hằng năm; phối hợp; chịu trách nhiệm trước Chủ tịch UBND xã; báo cáo qua Phòng Văn hóa - Xã hội", clause = "IV.2" }
manual { id = "trung-tam-hanh-chinh-cong", text = "Trung tâm phục vụ hành chính công giải quyết TTHC đúng quy trình, công khai, minh bạch; hướng dẫn người dân trên môi trường số; theo dõi, tổng hợp tình hình giải quyết TTHC và phản ánh vướng mắc về UBND xã", clause = "IV.3" }
manual { id = "thon", text = "Các thôn tuyên truyền Kế hoạch đến Nhân dân, vận động giám sát, phản ánh vi phạm kỷ luật, kỷ cương hành chính", clause = "IV.4" }
manual { id = "mttq", text = "Ủy ban MTTQ và các tổ chức chính trị - xã hội phối hợp tuyên truyền, giám sát, phản biện xã hội", clause = "IV.5" }
