-- Kiểm thử gói vn/lang-son/thien-tan (hiệu lực 02/05/2026): mỗi quy tắc ở các biên của nó.
-- Ngữ nghĩa theo shared/spec/requirements.md §1–2.

-- Dữ liệu dùng chung: rules/testing.lua (`fixtures`) ----------------------------------------------
local F = fixtures
local NULL, with, concat, rows, unit = F.NULL, F.with, F.concat, F.rows, F.unit
local report, meeting, conferences, document, documents = F.report, F.meeting, F.conferences,
    F.document, F.documents
local dossier, dossiers, task, feedback, schedule = F.dossier, F.dossiers, F.task, F.feedback,
    F.schedule
local U01, U02, U03 = unit("U01", "committee"), unit("U02", "office"), unit("U03", "culture_social")
local U04, U05, U07 = unit("U04", "economy"), unit("U05", "service_center"), unit("U07", "village")
local data = F.data

local U06, U11 = unit("U06", "public_service"), unit("U11", "front")

-- reports.semiannual / reports.annual: Phòng Văn hóa - Xã hội báo cáo "định kỳ 6 tháng, hằng năm
-- ... theo đúng quy định" (IV.2): kế hoạch không ghi ngày → thông tin cho đến khi tỉnh quy định

test "Báo cáo 6 tháng, năm không có thời hạn: chỉ thông tin cho toàn xã, kể cả khi đã gửi" {
  as_of = "2026-06-20",
  rules = { "reports.semiannual", "reports.annual" },
  data = data({ U01, U02, U03, U04 }, {
    reports = { report("R1", "U03", "2026-H1", "2026-06-12") },
  }),
  expect = {
    { rule = "reports.semiannual", severity = "info", unit = false, period = "2026-H1",
      message_contains = "không quy định thời hạn" },
    { rule = "reports.annual", severity = "info", unit = false, period = "2026",
      message_contains = "1 đơn vị chưa có" },
  },
}

test "Báo cáo không có thời hạn: năm đã khép lại vẫn là thông tin, mỗi kỳ một dòng" {
  as_of = "2027-01-10",
  rules = { "reports.semiannual", "reports.annual" },
  data = data({ U02, U03 }),
  expect = {
    { rule = "reports.semiannual", severity = "info", unit = false, period = "2026-H1" },
    { rule = "reports.semiannual", severity = "info", unit = false, period = "2027-H1" },
    { rule = "reports.annual", severity = "info", unit = false, period = "2026" },
    { rule = "reports.annual", severity = "info", unit = false, period = "2027" },
  },
}

test "Báo cáo: dữ liệu không có Phòng Văn hóa - Xã hội thì không đánh giá được (cảnh báo)" {
  as_of = "2026-06-20",
  rules = { "reports.semiannual" },
  data = data({ U01, U02, U04 }),
  expect = {
    { rule = "reports.semiannual", severity = "warning", unit = false, period = "2026-H1" },
  },
}

-- reports.electronic: "100% ... báo cáo định kỳ ... qua môi trường mạng" (II.5.a)

test "Báo cáo điện tử 100%: một báo cáo giấy là vi phạm ngay; gửi dạng dữ liệu được tính; báo cáo giấy 2025 không xét" {
  as_of = "2026-07-10",
  rules = { "reports.electronic" },
  data = data({ U03, U04 }, {
    reports = {
      report("R1", "U03", "2026-H1", "2026-06-12"),
      report("R2", "U03", "2026-06", "2026-07-03", { subject = "CCHC", form = "data" }),
      report("R3", "U04", "2026-06", "2026-07-03", { subject = "CCHC" }),
      report("R4", "U04", "2026-H1", "2026-07-06", { form = "paper" }),
      report("R5", "U04", "2025", "2025-12-10", { form = "paper" }),
      report("R6", "U03", "2026-07", "2026-07-11", { form = "paper" }),  -- sau ngày kiểm tra
    },
  }),
  expect = {
    { rule = "reports.electronic", severity = "pass", unit = "U03", period = "2026",
      observed = 1 },
    { rule = "reports.electronic", severity = "violation", unit = "U04", period = "2026",
      observed = 0.5, expected = 1 },
    { rule = "reports.electronic", severity = "violation", unit = false, period = "2026",
      observed = 0.75 },
  },
}

test "Báo cáo điện tử: không có báo cáo nào trong năm là thông tin" {
  as_of = "2026-07-10",
  rules = { "reports.electronic" },
  data = data({ U03 }),
  expect = {
    { rule = "reports.electronic", severity = "info", unit = false, period = "2026" },
  },
}

-- documents.reduction: "tinh giản tối thiểu 15% số lượng văn bản hành chính hằng năm" (I.2)

test "Giảm văn bản hành chính 15% (năm đã khép lại): 160 → 136 đạt đúng mức, 137 vi phạm; đơn vị mới cảnh báo" {
  as_of = "2027-01-05",
  rules = { "documents.reduction" },
  data = data({ U02, U03, U06 }, {
    baselines = {
      { scope = "U02", metric = "administrative_documents", year = 2025, value = 160 },  -- 136
      { scope = "T1", metric = "administrative_documents", year = 2025, value = 400 },   -- 340
    },
    documents = concat {
      documents("A", "U02", 136, "2026-04-01"),
      documents("AI", "U02", 10, "2026-04-02", { direction = "incoming" }),
      documents("B", "U03", 20, "2025-04-01"),                              -- gốc 20 → 17
      documents("C", "U03", 18, "2026-04-01"),
      documents("D", "U06", 3, "2026-04-01"),
    },
  }),
  expect = {
    { rule = "documents.reduction", severity = "pass", unit = "U02", period = "2026",
      observed = 136, expected = 136 },
    { rule = "documents.reduction", severity = "violation", unit = "U03", period = "2026",
      observed = 18, expected = 17 },
    { rule = "documents.reduction", severity = "warning", unit = "U06", period = "2026",
      observed = 3 },
    { rule = "documents.reduction", severity = "pass", unit = false, period = "2026",
      observed = 157, expected = 340 },
  },
}

test "Giảm văn bản hành chính, năm chưa hết (02/07): nhịp vượt mức là cảnh báo; toàn xã tính gốc từ dữ liệu 2025" {
  as_of = "2026-07-02",
  rules = { "documents.reduction" },
  data = data({ U02 }, {
    documents = concat {
      documents("B", "U02", 20, "2025-04-01"),  -- gốc 20 → cho phép 17
      documents("C", "U02", 9, "2026-04-01"),   -- 9 × 365 / 183 = 17,95
    },
  }),
  expect = {
    { rule = "documents.reduction", severity = "warning", unit = "U02", period = "2026",
      observed = 9, expected = 17 },
    { rule = "documents.reduction", severity = "warning", unit = false, period = "2026",
      observed = 9, expected = 17 },
  },
}

-- requirements §3: gốc lấy "from Y−1 records ... if it has any record of that table in Y−1": văn bản
-- đến năm 2025 cho thấy dữ liệu có năm 2025, nên gốc văn bản hành chính phát hành là 0
test "Giảm văn bản hành chính: năm 2025 chỉ có văn bản đến thì gốc là 0; phát hành văn bản 2026 là vượt mức" {
  as_of = "2026-07-02",
  rules = { "documents.reduction" },
  data = data({ U04 }, {
    documents = concat {
      documents("I", "U04", 3, "2025-04-01", { direction = "incoming" }),
      documents("C", "U04", 2, "2026-04-01"),
    },
  }),
  expect = {
    { rule = "documents.reduction", severity = "violation", unit = "U04", period = "2026",
      observed = 2, expected = 0 },
    { rule = "documents.reduction", severity = "violation", unit = false, period = "2026",
      observed = 2, expected = 0 },
  },
}

-- meetings.online_share (I.2; II.4.b): hội nghị trực tuyến ≥ 60%; họp không giấy không tính

test "Hội nghị trực tuyến: 1/2 là cảnh báo, 3/5 đạt; hội nghị không giấy nhưng họp trực tiếp không tính là trực tuyến" {
  as_of = "2026-11-24",
  rules = { "meetings.online_share" },
  data = data({ U03, U05 }, {
    meetings = {
      meeting("M1", "U05", "2026-03-02", { format = "online" }),
      meeting("M2", "U05", "2026-03-03", { paperless = true }),
      meeting("M3", "U03", "2026-03-02", { format = "online" }),
      meeting("M4", "U03", "2026-03-03", { format = "hybrid" }),
      meeting("M5", "U03", "2026-08-03", { format = "online" }),
      meeting("M6", "U03", "2026-08-04"),
      meeting("M7", "U03", "2026-08-05"),
    },
  }),
  expect = {
    { rule = "meetings.online_share", severity = "warning", unit = "U05", period = "2026",
      observed = 0.5 },
    { rule = "meetings.online_share", severity = "pass", unit = "U03", period = "2026",
      observed = 0.6 },
    { rule = "meetings.online_share", severity = "warning", unit = false, period = "2026",
      observed = 4 / 7 },
  },
}

-- meetings.reduction (I.2; II.4.b): giảm 10% hội nghị

test "Giảm hội nghị 10%: 18 → 17 vượt mức 16,2 là vi phạm ngay cả khi năm chưa hết" {
  as_of = "2026-11-24",
  rules = { "meetings.reduction" },
  data = data({ U02 }, {
    meetings = concat {
      conferences("B", "U02", 18, "2025-05-04"),  -- gốc 18 → cho phép 16
      conferences("C", "U02", 17, "2026-05-04"),
    },
  }),
  expect = {
    { rule = "meetings.reduction", severity = "violation", unit = "U02", period = "2026",
      observed = 17, expected = 16.2 },
    { rule = "meetings.reduction", severity = "violation", unit = false, period = "2026",
      observed = 17, expected = 16.2 },
  },
}

-- meetings.duration (II.4.b): xét từ ngày hiệu lực 02/05/2026

test "Thời gian họp: quán triệt 1 ngày, chuyên môn 1,5 ngày là vi phạm từ 02/05; họp 01/05 chưa xét" {
  as_of = "2026-11-24",
  rules = { "meetings.duration" },
  data = data({ U02 }, {
    meetings = {
      meeting("M1", "U02", "2026-05-01", { kind = "dissemination", duration_days = 1 }),
      meeting("M2", "U02", "2026-05-02", { kind = "dissemination", duration_days = 1 }),
      meeting("M3", "U02", "2026-09-15", { kind = "professional", duration_days = 1.5 }),
      meeting("M4", "U02", "2026-09-16", { kind = "discussion", duration_days = 1.5 }),
    },
  }),
  expect = {
    { rule = "meetings.duration", severity = "violation", unit = "U02", record = "M2",
      period = "2026-05-02" },
    { rule = "meetings.duration", severity = "violation", unit = "U02", record = "M3",
      observed = 1.5, expected = 1 },
  },
}

-- dossiers.digital_share, documents.digitized_share (I.2; II.5.a; IV.5): ≥ 95%

test "TTHC trên môi trường số 94/100 là cảnh báo; số hóa văn bản 95% đạt" {
  as_of = "2026-06-10",
  rules = { "dossiers.digital_share", "documents.digitized_share" },
  data = data({ U04, U05 }, {
    dossiers = concat {
      dossiers("H", "U04", 94, "2026-03-02"),
      dossiers("HN", "U04", 6, "2026-03-03", { digital_processing = false }),
    },
    documents = concat {
      documents("D", "U05", 19, "2026-03-02"),
      { document("D20", "U05", "2026-03-02", { digitized = false }) },
    },
  }),
  expect = {
    { rule = "dossiers.digital_share", severity = "warning", unit = "U04", period = "2026",
      observed = 0.94 },
    { rule = "dossiers.digital_share", severity = "warning", unit = false, period = "2026" },
    { rule = "documents.digitized_share", severity = "pass", unit = "U05", period = "2026",
      observed = 0.95 },
    { rule = "documents.digitized_share", severity = "pass", unit = false, period = "2026" },
  },
}

-- documents.electronic_exchange (II.5.a; II.5.b): 100%, trừ văn bản mật

test "Văn bản điện tử 100%: văn bản đến bằng giấy là vi phạm; văn bản mật bằng giấy không tính" {
  as_of = "2026-11-24",
  rules = { "documents.electronic_exchange" },
  data = data({ U06, U04 }, {
    documents = {
      document("D1", "U06", "2026-06-22", { direction = "incoming", electronic = false }),
      document("D2", "U06", "2026-06-23"),
      document("D3", "U04", "2026-06-24", { electronic = false, secret = true }),
      document("D4", "U04", "2026-06-25", { direction = "incoming" }),
    },
  }),
  expect = {
    { rule = "documents.electronic_exchange", severity = "violation", unit = "U06",
      period = "2026", observed = 0.5 },
    { rule = "documents.electronic_exchange", severity = "pass", unit = "U04", period = "2026" },
    { rule = "documents.electronic_exchange", severity = "violation", unit = false,
      period = "2026", observed = 2 / 3 },
  },
}

-- Cả gói, không có dữ liệu hoạt động

test "Cả gói với dữ liệu rỗng (10/06/2026)" {
  as_of = "2026-06-10",
  data = data({ U02, U03 }),
  expect = {
    { rule = "meetings.online_share", severity = "info", unit = false, period = "2026" },
    { rule = "meetings.reduction", severity = "warning", unit = false, period = "2026" },
    { rule = "documents.reduction", severity = "warning", unit = false, period = "2026" },
    { rule = "dossiers.digital_share", severity = "info", unit = false, period = "2026" },
    { rule = "dossiers.digitized_share", severity = "info", unit = false, period = "2026" },
    { rule = "dossiers.result_digitized", severity = "info", unit = false, period = "2026" },
    { rule = "documents.digitized_share", severity = "info", unit = false, period = "2026" },
    { rule = "documents.electronic_exchange", severity = "info", unit = false, period = "2026" },
    { rule = "reports.electronic", severity = "info", unit = false, period = "2026" },
    { rule = "reports.semiannual", severity = "info", unit = false, period = "2026-H1" },
    { rule = "reports.annual", severity = "info", unit = false, period = "2026" },
  },
}

-- dossiers.digitized_share, dossiers.result_digitized: "tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ
-- tục hành chính ... đạt từ 95% trở lên" (IV.5)

test "Số hóa hồ sơ và kết quả giải quyết ≥ 95%: 19/20 đạt; 18/20 kết quả năm đã khép lại là vi phạm; hồ sơ chưa giải quyết không tính kết quả" {
  as_of = "2027-01-05",
  rules = { "dossiers.digitized_share", "dossiers.result_digitized" },
  data = data({ U05 }, {
    dossiers = concat {
      dossiers("H", "U05", 18, "2026-06-01", { resolved_date = "2026-06-10",
                                              result_digitized = true }),
      { dossier("H19", "U05", "2026-06-01", { resolved_date = "2026-06-10",
                                              result_digitized = false }),
        dossier("H20", "U05", "2026-06-01", { digitized = false, resolved_date = "2026-06-10",
                                              result_digitized = false }),
        dossier("H21", "U05", "2026-12-30", { digitized = true }) },  -- chưa giải quyết
    },
  }),
  expect = {
    { rule = "dossiers.digitized_share", severity = "pass", unit = "U05", period = "2026",
      observed = 20 / 21, expected = 0.95 },
    { rule = "dossiers.digitized_share", severity = "pass", unit = false, period = "2026" },
    { rule = "dossiers.digitized_share", severity = "info", unit = false, period = "2027" },
    { rule = "dossiers.result_digitized", severity = "violation", unit = "U05", period = "2026",
      observed = 0.9, expected = 0.95 },
    { rule = "dossiers.result_digitized", severity = "violation", unit = false, period = "2026" },
    { rule = "dossiers.result_digitized", severity = "info", unit = false, period = "2027" },
  },
}

-- Kiểm tra thủ công (danh mục yêu cầu §6.7)

test "Danh mục kiểm tra thủ công: chế độ họp, lịch họp, kế hoạch hội nghị; VNPT-iOffice; IV.1, IV.3; Trung tâm Phục vụ hành chính công hướng dẫn, báo cáo (IV.5)" {
  as_of = "2026-06-10",
  exact = false,
  data = data({ U03 }),
  manual = {
    { clause = "II.4.a", text_contains = "Quy chế làm việc" },
    { clause = "II.4.b", text_contains = "kế hoạch tổ chức hội nghị hằng năm" },
    { clause = "II.4.b", text_contains = "đọc lại báo cáo" },
    { clause = "II.5.b", text_contains = "VNPT-iOffice" },
    { clause = "IV.1" },
    { clause = "IV.3" },
    { clause = "IV.5", text_contains = "hướng dẫn" },
    { clause = "IV.5", text_contains = "báo cáo UBND xã" },
  },
}
