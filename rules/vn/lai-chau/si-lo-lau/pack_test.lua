-- Kiểm thử gói vn/lai-chau/si-lo-lau (hiệu lực 29/04/2026): mỗi quy tắc ở các biên của nó.
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

-- reports.semiannual / reports.annual: "trước ngày 05 tháng 6", "trước ngày 05 tháng 12" (IV.1.b)

test "Báo cáo 6 tháng: 04/06 đúng hạn, 05/06 chậm, không gửi là vi phạm; thôn, UBND không phải gửi" {
  as_of = "2026-06-10",
  rules = { "reports.semiannual" },
  data = data({ U01, U02, U03, U04, U07 }, {
    reports = {
      report("R1", "U02", "2026-H1", "2026-06-04"),
      report("R2", "U03", "2026-H1", "2026-06-05"),
    },
  }),
  expect = {
    { rule = "reports.semiannual", severity = "pass", unit = "U02", period = "2026-H1",
      observed = "2026-06-04", expected = "2026-06-04", record = "R1" },
    { rule = "reports.semiannual", severity = "violation", unit = "U03", period = "2026-H1",
      observed = "2026-06-05", expected = "2026-06-04", record = "R2" },
    { rule = "reports.semiannual", severity = "violation", unit = "U04", period = "2026-H1",
      expected = "2026-06-04" },
  },
}

test "Báo cáo 6 tháng chưa gửi, còn 7 ngày (28/05): cảnh báo" {
  as_of = "2026-05-28",
  rules = { "reports.semiannual" },
  data = data({ U03 }),
  expect = {
    { rule = "reports.semiannual", severity = "warning", unit = "U03", period = "2026-H1",
      expected = "2026-06-04" },
  },
}

test "Báo cáo 6 tháng chưa gửi, còn 8 ngày (27/05): chưa có gì để báo" {
  as_of = "2026-05-27",
  rules = { "reports.semiannual" },
  data = data({ U03 }),
  expect = {},
}

test "Báo cáo 6 tháng chưa gửi vào ngày cuối 04/06: cảnh báo; sang 05/06: vi phạm" {
  as_of = "2026-06-04",
  rules = { "reports.semiannual" },
  data = data({ U03 }),
  expect = {
    { rule = "reports.semiannual", severity = "warning", unit = "U03", period = "2026-H1",
      expected = "2026-06-04" },
  },
}

test "Báo cáo 6 tháng chưa gửi ngày 05/06: vi phạm" {
  as_of = "2026-06-05",
  rules = { "reports.semiannual" },
  data = data({ U03 }),
  expect = {
    { rule = "reports.semiannual", severity = "violation", unit = "U03", period = "2026-H1",
      expected = "2026-06-04" },
  },
}

test "Báo cáo gửi sau ngày kiểm tra coi như chưa gửi" {
  as_of = "2026-06-01",
  rules = { "reports.semiannual" },
  data = data({ U03 }, { reports = { report("R1", "U03", "2026-H1", "2026-06-03") } }),
  expect = {
    { rule = "reports.semiannual", severity = "warning", unit = "U03", period = "2026-H1",
      expected = "2026-06-04" },
  },
}

test "Báo cáo khác kỳ hoặc khác chủ đề không thay báo cáo 6 tháng KL226" {
  as_of = "2026-06-10",
  rules = { "reports.semiannual" },
  data = data({ U03 }, {
    reports = {
      report("R1", "U03", "2026-Q2", "2026-06-01"),
      report("R2", "U03", "2026-H1", "2026-06-01", { subject = "CCHC" }),
    },
  }),
  expect = {
    { rule = "reports.semiannual", severity = "violation", unit = "U03", period = "2026-H1",
      expected = "2026-06-04" },
  },
}

test "Báo cáo năm 2026 khi năm đã khép lại (kiểm tra 10/01/2027)" {
  as_of = "2027-01-10",
  rules = { "reports.annual" },
  data = data({ U02, U03, U04 }, {
    reports = {
      report("R1", "U02", "2026", "2026-12-04"),
      report("R2", "U03", "2026", "2026-12-05", { form = "paper" }),
    },
  }),
  expect = {
    { rule = "reports.annual", severity = "pass", unit = "U02", period = "2026",
      expected = "2026-12-04" },
    { rule = "reports.annual", severity = "violation", unit = "U03", period = "2026",
      observed = "2026-12-05", expected = "2026-12-04" },
    { rule = "reports.annual", severity = "violation", unit = "U04", period = "2026",
      expected = "2026-12-04" },
  },
}

test "Dữ liệu không có đơn vị nào thuộc diện phải báo cáo: cảnh báo không đánh giá được" {
  as_of = "2026-06-10",
  rules = { "reports.semiannual" },
  data = data({ U01, U07 }),
  expect = {
    { rule = "reports.semiannual", severity = "warning", unit = false, period = "2026-H1" },
  },
}

-- plans.unit_plan: "hoàn thành trong tháng 5/2026" (IV.1.a): chậm nhất 31/05/2026

test "Kế hoạch của đơn vị: 31/05 đúng hạn, 01/06 chậm; bản sao nhận được, công văn, kế hoạch khác chủ đề không tính" {
  as_of = "2026-06-10",
  rules = { "plans.unit_plan" },
  data = data({ U01, U02, U03, U04, U05, U07 }, {
    documents = {
      document("D1", "U02", "2026-05-31", { doc_type = "plan" }),
      document("D2", "U03", "2026-06-01", { doc_type = "plan" }),
      document("D3", "U04", "2026-05-10", { doc_type = "plan", direction = "incoming" }),
      document("D4", "U04", "2026-05-12", { doc_type = "official_letter" }),
      document("D5", "U05", "2026-05-15", { doc_type = "plan", subject = "CCHC" }),
    },
  }),
  expect = {
    { rule = "plans.unit_plan", severity = "pass", unit = "U02", period = "2026",
      observed = "2026-05-31", expected = "2026-05-31", record = "D1" },
    { rule = "plans.unit_plan", severity = "violation", unit = "U03", period = "2026",
      observed = "2026-06-01", expected = "2026-05-31" },
    { rule = "plans.unit_plan", severity = "violation", unit = "U04", period = "2026",
      expected = "2026-05-31" },
    { rule = "plans.unit_plan", severity = "violation", unit = "U05", period = "2026",
      expected = "2026-05-31" },
  },
}

test "Kế hoạch của đơn vị: chưa có, còn 7 ngày (24/05): cảnh báo" {
  as_of = "2026-05-24",
  rules = { "plans.unit_plan" },
  data = data({ U02, U03 }, {
    documents = { document("D1", "U02", "2026-05-20", { doc_type = "plan" }) },
  }),
  expect = {
    { rule = "plans.unit_plan", severity = "pass", unit = "U02", observed = "2026-05-20" },
    { rule = "plans.unit_plan", severity = "warning", unit = "U03", expected = "2026-05-31" },
  },
}

test "Kế hoạch của đơn vị: chưa có, còn 8 ngày (23/05): chưa có gì để báo" {
  as_of = "2026-05-23",
  rules = { "plans.unit_plan" },
  data = data({ U03 }),
  expect = {},
}

-- meetings.online_share: hội nghị trực tuyến ≥ 60% (I.2.a; II.4.b)

local ONLINE_SHARE_MEETINGS = concat {
  {
    meeting("M1", "U03", "2026-02-10", { format = "in_person" }),  -- trước hiệu lực, vẫn tính cả năm
    meeting("M2", "U03", "2026-05-05", { format = "online" }),
    meeting("M3", "U03", "2026-05-12", { format = "hybrid" }),
    meeting("M4", "U03", "2026-05-19", { format = "online" }),
    meeting("M5", "U03", "2026-05-26", { format = "in_person" }),
    -- không tính: dự họp, cuộc họp (không phải hội nghị), năm 2025
    meeting("M6", "U03", "2026-05-27", { role = "attendee", format = "in_person",
                                         organizer_level = "province", attended = true }),
    meeting("M7", "U03", "2026-05-28", { category = "meeting", format = "in_person" }),
    meeting("M8", "U03", "2025-11-03", { format = "in_person" }),
    meeting("M9", "U04", "2026-03-03", { format = "online" }),
    meeting("M10", "U04", "2026-05-06", { format = "in_person" }),
  },
}

test "Hội nghị trực tuyến: 3/5 = 60% đạt (≥); 1/2 dưới chỉ tiêu khi năm chưa hết là cảnh báo" {
  as_of = "2026-06-10",
  rules = { "meetings.online_share" },
  data = data({ U03, U04, U07 }, { meetings = ONLINE_SHARE_MEETINGS }),
  expect = {
    { rule = "meetings.online_share", severity = "pass", unit = "U03", period = "2026",
      observed = 0.6, expected = 0.6 },
    { rule = "meetings.online_share", severity = "warning", unit = "U04", period = "2026",
      observed = 0.5, expected = 0.6 },
    { rule = "meetings.online_share", severity = "warning", unit = false, period = "2026",
      observed = 4 / 7, expected = 0.6 },
  },
}

test "Hội nghị trực tuyến: năm 2026 đã khép lại (kiểm tra 2027) thì dưới chỉ tiêu là vi phạm; 2027 chưa có bản ghi" {
  as_of = "2027-01-10",
  rules = { "meetings.online_share" },
  data = data({ U03, U04, U07 }, { meetings = ONLINE_SHARE_MEETINGS }),
  expect = {
    { rule = "meetings.online_share", severity = "pass", unit = "U03", period = "2026" },
    { rule = "meetings.online_share", severity = "violation", unit = "U04", period = "2026",
      observed = 0.5 },
    { rule = "meetings.online_share", severity = "violation", unit = false, period = "2026",
      observed = 4 / 7 },
    { rule = "meetings.online_share", severity = "info", unit = false, period = "2027" },
  },
}

test "Hội nghị trực tuyến: không có hội nghị nào trong năm là thông tin" {
  as_of = "2026-06-10",
  rules = { "meetings.online_share" },
  data = data({ U03 }),
  expect = {
    { rule = "meetings.online_share", severity = "info", unit = false, period = "2026" },
  },
}

-- meetings.reduction: giảm 10% số hội nghị so với năm trước (I.2.a; II.4.b)

test "Giảm hội nghị, năm 2026 đã khép lại: bằng mức cho phép đạt, vượt là vi phạm, không có số liệu năm trước là cảnh báo" {
  as_of = "2027-01-05",
  rules = { "meetings.reduction" },
  data = data({ U01, U02, U03, U04 }, {
    baselines = {
      { scope = "U01", metric = "conferences", year = 2025, value = 10 },  -- cho phép 9
      { scope = "T1", metric = "conferences", year = 2025, value = 30 },   -- cho phép 27
    },
    meetings = concat {
      conferences("A", "U01", 9, "2026-03-02"),
      conferences("AM", "U01", 3, "2026-03-03", { category = "meeting" }),  -- cuộc họp: không tính
      conferences("B", "U02", 5, "2025-06-02"),                            -- gốc 5 → cho phép 4
      conferences("C", "U02", 5, "2026-06-02"),
      conferences("D", "U03", 1, "2026-06-03"),                            -- không có số liệu 2025
      -- 2025 chỉ có cuộc họp (không phải hội nghị): có dữ liệu năm trước, gốc 0 → cho phép 0
      conferences("E", "U04", 2, "2025-06-02", { category = "meeting" }),
      conferences("F", "U04", 1, "2026-06-02"),
    },
  }),
  expect = {
    { rule = "meetings.reduction", severity = "pass", unit = "U01", period = "2026",
      observed = 9, expected = 9 },
    { rule = "meetings.reduction", severity = "violation", unit = "U02", period = "2026",
      observed = 5, expected = 4.5 },
    { rule = "meetings.reduction", severity = "warning", unit = "U03", period = "2026",
      observed = 1 },
    { rule = "meetings.reduction", severity = "violation", unit = "U04", period = "2026",
      observed = 1, expected = 0 },
    { rule = "meetings.reduction", severity = "pass", unit = false, period = "2026",
      observed = 16, expected = 27 },
    -- 2027: gốc là số hội nghị 2026, chưa có hội nghị nào: đạt (không cần liệt kê)
  },
}

test "Giảm hội nghị, năm chưa hết (02/07, ngày 183): nhịp dự kiến vượt là cảnh báo, đã vượt là vi phạm" {
  as_of = "2026-07-02",
  rules = { "meetings.reduction" },
  data = data({ U01, U02, U03 }, {
    baselines = {
      { scope = "U01", metric = "conferences", year = 2025, value = 10 },
      { scope = "U02", metric = "conferences", year = 2025, value = 10 },
      { scope = "U03", metric = "conferences", year = 2025, value = 10 },
      { scope = "T1", metric = "conferences", year = 2025, value = 60 },
    },
    meetings = concat {
      conferences("A", "U01", 5, "2026-03-02"),   -- 5 × 365 / 183 = 9,97 > 9
      conferences("B", "U02", 4, "2026-03-02"),   -- 4 × 365 / 183 = 7,98 ≤ 9
      conferences("C", "U03", 10, "2026-03-02"),  -- 10 > 9 ngay trong năm
      conferences("X", "U03", 2, "2026-07-03"),   -- sau ngày kiểm tra: chưa có
    },
  }),
  expect = {
    { rule = "meetings.reduction", severity = "warning", unit = "U01", period = "2026",
      observed = 5, expected = 9 },
    { rule = "meetings.reduction", severity = "pass", unit = "U02", period = "2026",
      observed = 4, expected = 9 },
    { rule = "meetings.reduction", severity = "violation", unit = "U03", period = "2026",
      observed = 10, expected = 9 },
    { rule = "meetings.reduction", severity = "pass", unit = false, period = "2026",
      observed = 19, expected = 54 },
  },
}

-- meetings.duration: quán triệt ≤ 1/2 ngày, chuyên môn ≤ 1 ngày, thảo luận ≤ 1,5 ngày (II.4.b)

test "Thời gian hội nghị: đúng giới hạn thì đạt, vượt là vi phạm; họp trước hiệu lực, giao ban, dự họp, cuộc họp (không phải hội nghị) không xét" {
  as_of = "2026-06-10",
  rules = { "meetings.duration" },
  data = data({ U02 }, {
    meetings = {
      meeting("M1", "U02", "2026-05-04", { kind = "dissemination", duration_days = 0.5 }),
      meeting("M2", "U02", "2026-05-05", { kind = "dissemination", duration_days = 1 }),
      meeting("M3", "U02", "2026-05-06", { kind = "professional", duration_days = 1 }),
      meeting("M4", "U02", "2026-05-07", { kind = "professional", duration_days = 1.5 }),
      meeting("M5", "U02", "2026-05-08", { kind = "discussion", duration_days = 1.5 }),
      meeting("M6", "U02", "2026-05-11", { kind = "discussion", duration_days = 2,
                                           category = "meeting" }),
      meeting("M7", "U02", "2026-05-12", { kind = "briefing", duration_days = 3 }),
      meeting("M8", "U02", "2026-04-28", { kind = "dissemination", duration_days = 2 }),
      meeting("M9", "U02", "2026-04-29", { kind = "dissemination", duration_days = 1 }),
      meeting("M10", "U02", "2026-05-13", { kind = "dissemination", duration_days = 2,
                                            role = "attendee", organizer_level = "province" }),
    },
  }),
  expect = {
    { rule = "meetings.duration", severity = "violation", unit = "U02", record = "M2",
      period = "2026-05-05", observed = 1, expected = 0.5 },
    { rule = "meetings.duration", severity = "violation", unit = "U02", record = "M4",
      observed = 1.5, expected = 1 },
    { rule = "meetings.duration", severity = "violation", unit = "U02", record = "M9",
      period = "2026-04-29" },
  },
}

-- documents.electronic_exchange: 100% văn bản điện tử, trừ văn bản mật (II.5.b)

test "Văn bản điện tử 100%: một văn bản giấy không mật là vi phạm ngay trong năm; văn bản mật không tính" {
  as_of = "2026-06-10",
  rules = { "documents.electronic_exchange" },
  data = data({ U02, U04 }, {
    documents = {
      document("D1", "U04", "2026-02-02"),
      document("D2", "U04", "2026-02-03", { direction = "incoming" }),
      document("D3", "U04", "2026-02-04", { direction = "incoming", electronic = false }),
      document("D4", "U02", "2026-02-05", { electronic = false, secret = true }),
      document("D5", "U02", "2026-02-06"),
      document("D6", "U02", "2025-12-30", { electronic = false }),  -- năm 2025: không xét
    },
  }),
  expect = {
    { rule = "documents.electronic_exchange", severity = "pass", unit = "U02", period = "2026",
      observed = 1 },
    { rule = "documents.electronic_exchange", severity = "violation", unit = "U04",
      period = "2026", observed = 2 / 3, expected = 1 },
    { rule = "documents.electronic_exchange", severity = "violation", unit = false,
      period = "2026", observed = 3 / 4 },
  },
}

-- documents.digitized_share: số hóa văn bản ≥ 95% (I.2.a; II.5.c); ô trống là chưa biết

local DIGITIZED_DOCUMENTS = concat {
  documents("A", "U02", 19, "2026-03-02"),
  { document("A20", "U02", "2026-03-02", { digitized = NULL }) },  -- 19/20 kể cả khi ô trống là "không"
  documents("B", "U03", 18, "2026-03-02"),
  { document("B19", "U03", "2026-03-02", { digitized = false }),
    document("B20", "U03", "2026-03-02", { digitized = NULL }) },   -- 18/20 hoặc 19/20: chưa rõ
  documents("C", "U04", 17, "2026-03-02"),
  { document("C18", "U04", "2026-03-02", { digitized = false }),
    document("C19", "U04", "2026-03-02", { digitized = false }),
    document("C20", "U04", "2026-03-02", { digitized = NULL }) },  -- tối đa 18/20: không đạt
}

test "Số hóa văn bản: ô trống không đổi kết quả thì theo kết quả; có thể đổi thì cảnh báo không đánh giá được" {
  as_of = "2026-06-10",
  rules = { "documents.digitized_share" },
  data = data({ U02, U03, U04 }, { documents = DIGITIZED_DOCUMENTS }),
  expect = {
    { rule = "documents.digitized_share", severity = "pass", unit = "U02", period = "2026",
      observed = 0.95 },
    { rule = "documents.digitized_share", severity = "warning", unit = "U03", period = "2026",
      message_contains = "không đánh giá được" },
    { rule = "documents.digitized_share", severity = "warning", unit = "U04", period = "2026",
      observed = 0.85, message_contains = "dưới chỉ tiêu" },
    -- toàn xã: 54/60 = 90% nếu ô trống là "không", 57/60 = 95% nếu là "có"
    { rule = "documents.digitized_share", severity = "warning", unit = false, period = "2026",
      message_contains = "không đánh giá được" },
  },
}

test "Số hóa văn bản khi năm đã khép lại: không đạt là vi phạm; thiếu dữ liệu vẫn là cảnh báo" {
  as_of = "2027-01-10",
  rules = { "documents.digitized_share" },
  data = data({ U02, U03, U04 }, { documents = DIGITIZED_DOCUMENTS }),
  expect = {
    { rule = "documents.digitized_share", severity = "pass", unit = "U02", period = "2026" },
    { rule = "documents.digitized_share", severity = "warning", unit = "U03", period = "2026" },
    { rule = "documents.digitized_share", severity = "violation", unit = "U04", period = "2026",
      observed = 0.85 },
    { rule = "documents.digitized_share", severity = "warning", unit = false, period = "2026" },
    { rule = "documents.digitized_share", severity = "info", unit = false, period = "2027" },
  },
}

-- dossiers.digital_share: xử lý TTHC trên môi trường số ≥ 95% (I.2.a; II.5.c)

local DIGITAL_DOSSIERS = concat {
  dossiers("H", "U05", 19, "2026-03-02"),
  { dossier("H20", "U05", "2026-03-02", { digital_processing = false }) },  -- 19/20 = 95%
  dossiers("K", "U04", 18, "2026-03-02"),
  { dossier("K19", "U04", "2026-03-02", { digital_processing = false }) },  -- 18/19 = 94,7%
  { dossier("K0", "U04", "2025-12-30", { digital_processing = false }) },   -- 2025: không xét
}

test "TTHC trên môi trường số: 95% đúng chỉ tiêu là đạt, 94,7% khi năm chưa hết là cảnh báo" {
  as_of = "2026-06-10",
  rules = { "dossiers.digital_share" },
  data = data({ U04, U05 }, { dossiers = DIGITAL_DOSSIERS }),
  expect = {
    { rule = "dossiers.digital_share", severity = "pass", unit = "U05", period = "2026",
      observed = 0.95, expected = 0.95 },
    { rule = "dossiers.digital_share", severity = "warning", unit = "U04", period = "2026",
      observed = 18 / 19 },
    { rule = "dossiers.digital_share", severity = "warning", unit = false, period = "2026",
      observed = 37 / 39 },
  },
}

test "TTHC trên môi trường số: năm đã khép lại thì 94,7% là vi phạm" {
  as_of = "2027-01-10",
  rules = { "dossiers.digital_share" },
  data = data({ U04, U05 }, { dossiers = DIGITAL_DOSSIERS }),
  expect = {
    { rule = "dossiers.digital_share", severity = "pass", unit = "U05", period = "2026" },
    { rule = "dossiers.digital_share", severity = "violation", unit = "U04", period = "2026" },
    { rule = "dossiers.digital_share", severity = "violation", unit = false, period = "2026" },
    { rule = "dossiers.digital_share", severity = "info", unit = false, period = "2027" },
  },
}

-- Cả gói, không có dữ liệu hoạt động: tỷ lệ không có bản ghi → thông tin; giảm hội nghị không có
-- số liệu năm trước → cảnh báo; thời hạn đã qua mà không có gì → vi phạm

test "Cả gói với dữ liệu rỗng (10/06/2026)" {
  as_of = "2026-06-10",
  data = data({ U02, U03 }),
  expect = {
    { rule = "meetings.online_share", severity = "info", unit = false, period = "2026" },
    { rule = "meetings.reduction", severity = "warning", unit = false, period = "2026",
      observed = 0 },
    { rule = "documents.electronic_exchange", severity = "info", unit = false, period = "2026" },
    { rule = "documents.digitized_share", severity = "info", unit = false, period = "2026" },
    { rule = "dossiers.digital_share", severity = "info", unit = false, period = "2026" },
    { rule = "plans.unit_plan", severity = "violation", unit = "U02", expected = "2026-05-31" },
    { rule = "plans.unit_plan", severity = "violation", unit = "U03", expected = "2026-05-31" },
    { rule = "reports.semiannual", severity = "violation", unit = "U02", period = "2026-H1" },
    { rule = "reports.semiannual", severity = "violation", unit = "U03", period = "2026-H1" },
  },
}

-- Kiểm tra thủ công (danh mục yêu cầu §6.6, §6.7): các nhiệm vụ dữ liệu không thể hiện

test "Danh mục kiểm tra thủ công: Phụ lục nhiệm vụ của II.7 không có trong văn bản; lịch họp, kế hoạch hội nghị, không đọc lại báo cáo, phòng họp trực tuyến; chế độ báo cáo, Trục liên thông, phân cấp; IV.2.d–g" {
  as_of = "2026-06-10",
  exact = false,
  data = data({ U02 }),
  manual = {
    { clause = "II.7", text_contains = "không có Phụ lục" },
    { clause = "II.4.a", text_contains = "lịch họp" },
    { clause = "II.4.b", text_contains = "kế hoạch tổ chức hội nghị hằng năm" },
    { clause = "II.4.b", text_contains = "không đọc lại báo cáo" },
    { clause = "II.4.b", text_contains = "phòng họp trực tuyến" },
    { clause = "II.5.a", text_contains = "một việc chỉ giao một cơ quan chủ trì" },
    { clause = "II.5.a", text_contains = "Nghị định 09/2019/NĐ-CP" },
    { clause = "II.5.b", text_contains = "Trục liên thông văn bản quốc gia" },
    { clause = "II.5.c", text_contains = "phân cấp, ủy quyền" },
    { clause = "IV.2.d", text_contains = "phiên họp UBND xã" },
    { clause = "IV.2.e" },
    { clause = "IV.2.f" },
    { clause = "IV.2.g" },
    { clause = "IV.4" },
    { clause = "II.6.c" },
  },
}
