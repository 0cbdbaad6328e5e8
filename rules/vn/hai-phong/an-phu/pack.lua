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
-- trở lên", thời hạn "Quý IV/2026": chỉ tiêu năm, đánh giá chốt tại 31/12/2026 (trong năm chỉ cảnh
-- báo khi dưới 96%).
rule "dossiers.digitized_share" { threshold = 0.96, clause = "Phụ lục 12" }

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

manual { id = "tuyen-truyen", text = "Hội nghị quán triệt Kết luận 226-KL/TW đến 100% cán bộ, công chức, người hoạt động không chuyên trách; tuyên truyền qua loa truyền thanh, cổng thông tin điện tử, nhà văn hóa xã và 20/20 thôn; lồng ghép vào sinh hoạt chi bộ, MTTQ, đoàn thể", clause = "II.1" }
manual { id = "lanh-dao", text = "Rà soát, sửa đổi Quy chế làm việc của UBND xã theo hướng rõ người - rõ việc - rõ trách nhiệm - rõ thời gian - rõ kết quả; \"một việc chỉ giao một đầu mối chủ trì\"; xử lý né tránh, đùn đẩy", clause = "II.2" }
manual { id = "chat-luong-van-ban", text = "Soạn thảo, ban hành văn bản đúng thẩm quyền, thể thức, kỹ thuật trình bày theo Thông tư 30; không ban hành văn bản chỉ đạo lại nội dung đã quy định; phòng, chống tham nhũng, tiêu cực trong xây dựng văn bản", clause = "II.3" }
manual { id = "dieu-hanh-hop", text = "Người chủ trì họp kết luận rõ ràng, giao nhiệm vụ cụ thể, có thời hạn, kiểm tra, giám sát sau họp; không đọc lại báo cáo", clause = "II.4" }
manual { id = "nang-luc-so", text = "Chuẩn hóa quy trình nghiệp vụ, nâng cao năng lực số cho cán bộ, công chức; hướng dẫn người dân dùng dịch vụ công, thanh toán trực tuyến", clause = "II.5" }
manual { id = "ky-luat", text = "Kế hoạch kiểm tra công vụ hằng năm, kiểm tra đột xuất; xử lý nhũng nhiễu, né tránh, đùn đẩy; kiểm điểm trách nhiệm người đứng đầu; đường dây nóng, hòm thư góp ý; sơ kết, khen thưởng", clause = "II.6" }
manual { id = "kinh-phi", text = "Bố trí kinh phí trong dự toán ngân sách hằng năm, nhất là cho ứng dụng CNTT, hạ tầng họp trực tuyến", clause = "III" }
manual { id = "thon", text = "Các thôn tuyên truyền Kế hoạch đến Nhân dân, vận động giám sát, phản ánh vi phạm kỷ luật, kỷ cương hành chính", clause = "IV.4" }
manual { id = "mttq", text = "Ủy ban MTTQ và các tổ chức chính trị - xã hội phối hợp tuyên truyền, giám sát, phản biện xã hội", clause = "IV.5" }
