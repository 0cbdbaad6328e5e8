-- Kiểm thử gói vn/lang-son/thien-tan (hiệu lực 02/05/2026): mỗi quy tắc ở các biên của nó.
-- Ngữ nghĩa theo shared/spec/requirements.md §1–2.

-- Dữ liệu dùng chung ----------------------------------------------------------------------------
-- (Không dùng hàm toàn cục như pairs/ipairs: chỉ cú pháp Lua thuần.)
local NULL = {}  -- đặt một ô thành rỗng (null): dữ liệu "chưa biết"

-- Một dòng mới gồm các cột `columns`: giá trị trong `fields`, nếu không có thì trong `base`.
local function with(base, fields, columns)
  local row = {}
  for i = 1, #columns do
    local column = columns[i]
    local value = fields[column]
    if value == nil then value = base[column] end
    if value == NULL then value = nil end
    row[column] = value
  end
  return row
end

-- Nối các danh sách: concat { a, b, c }
local function concat(lists)
  local out = {}
  for i = 1, #lists do
    local list = lists[i]
    for j = 1, #list do out[#out + 1] = list[j] end
  end
  return out
end

-- n bản ghi make(i)
local function rows(n, make)
  local out = {}
  for i = 1, n do out[#out + 1] = make(i) end
  return out
end

local ROLE_NAMES = {
  committee = "UBND xã", office = "Văn phòng HĐND và UBND",
  culture_social = "Phòng Văn hóa - Xã hội", economy = "Phòng Kinh tế",
  department = "Ban Chỉ huy Quân sự xã", service_center = "Trung tâm Phục vụ hành chính công",
  public_service = "Trung tâm dịch vụ sự nghiệp công", village = "Thôn Tân Tiến",
  front = "Ủy ban MTTQ xã",
}

local function unit(id, role)
  return { unit_id = id, locality_code = "T1", name = ROLE_NAMES[role], role = role }
end

local U01, U02, U03 = unit("U01", "committee"), unit("U02", "office"), unit("U03", "culture_social")
local U04, U05, U07 = unit("U04", "economy"), unit("U05", "service_center"), unit("U07", "village")

-- Bộ dữ liệu: xã thử T1, các đơn vị `units` và các bảng `tables`.
local function data(units, tables)
  local d = tables or {}
  d.localities = { { code = "T1", name = "Xã thử", level = "commune" } }
  d.units = units
  return d
end

local REPORT_COLUMNS = { "report_id", "unit_id", "subject", "period", "submitted_date", "form" }
local REPORT = { subject = "KL226", form = "electronic" }

local function report(id, unit_id, period, date, fields)
  local row = with(REPORT, fields or {}, REPORT_COLUMNS)
  row.report_id, row.unit_id, row.period, row.submitted_date = id, unit_id, period, date
  return row
end

local MEETING_COLUMNS = { "role", "category", "kind", "duration_days", "format", "paperless",
                          "organizer_level", "attended", "materials_sent_date", "total_minutes",
                          "discussion_minutes" }
local MEETING = { role = "host", category = "conference", kind = "professional",
                  duration_days = 0.5, format = "in_person" }

local function meeting(id, unit_id, date, fields)
  local row = with(MEETING, fields or {}, MEETING_COLUMNS)
  row.meeting_id, row.unit_id, row.start_date = id, unit_id, date
  return row
end

-- n hội nghị do đơn vị chủ trì, mã prefix1..prefixn
local function conferences(prefix, unit_id, n, date, fields)
  return rows(n, function(i) return meeting(prefix .. i, unit_id, date, fields) end)
end

local DOCUMENT_COLUMNS = { "direction", "doc_class", "doc_type", "electronic", "secret",
                           "digitized", "subject" }
local DOCUMENT = { direction = "outgoing", doc_class = "administrative",
                   doc_type = "official_letter", electronic = true, secret = false,
                   digitized = true, subject = "KL226" }

local function document(id, unit_id, date, fields)
  local row = with(DOCUMENT, fields or {}, DOCUMENT_COLUMNS)
  row.doc_id, row.unit_id, row.date = id, unit_id, date
  return row
end

local function documents(prefix, unit_id, n, date, fields)
  return rows(n, function(i) return document(prefix .. i, unit_id, date, fields) end)
end

local DOSSIER_COLUMNS = { "internal", "due_date", "resolved_date", "digital_processing",
                          "online_full", "digitized", "result_digitized", "satisfaction" }
local DOSSIER = { digital_processing = true, online_full = true, digitized = true }

local function dossier(id, unit_id, date, fields)
  local row = with(DOSSIER, fields or {}, DOSSIER_COLUMNS)
  row.dossier_id, row.unit_id, row.received_date = id, unit_id, date
  if row.due_date == nil then row.due_date = date end
  return row
end

local function dossiers(prefix, unit_id, n, date, fields)
  return rows(n, function(i) return dossier(prefix .. i, unit_id, date, fields) end)
end

local TASK_COLUMNS = { "subject", "ref", "title", "lead_unit_id", "responsible_person",
                       "coordinating_unit_ids", "product", "due_date", "completed_date",
                       "electronic", "locality_code" }
local TASK = { subject = "KL226", title = "Nhiệm vụ thử", lead_unit_id = "U02",
               responsible_person = "Nguyễn Văn A", product = "Báo cáo kết quả",
               electronic = true, locality_code = "T1" }

local function task(id, fields)
  local row = with(TASK, fields or {}, TASK_COLUMNS)
  row.task_id = id
  return row
end

local FEEDBACK_COLUMNS = { "answered_date" }

local function feedback(id, unit_id, received, due, fields)
  local row = with({}, fields or {}, FEEDBACK_COLUMNS)
  row.feedback_id, row.unit_id, row.received_date, row.due_date = id, unit_id, received, due
  return row
end

local function schedule(week_start, published)
  return { locality_code = "T1", week_start = week_start, published_date = published }
end

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
    { rule = "documents.digitized_share", severity = "info", unit = false, period = "2026" },
    { rule = "documents.electronic_exchange", severity = "info", unit = false, period = "2026" },
    { rule = "reports.electronic", severity = "info", unit = false, period = "2026" },
    { rule = "reports.semiannual", severity = "info", unit = false, period = "2026-H1" },
    { rule = "reports.annual", severity = "info", unit = false, period = "2026" },
  },
}
