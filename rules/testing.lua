-- Thư viện dữ liệu thử cho pack_test.lua: `tuanthu rules test` nạp tệp này (trong cùng hộp cát)
-- và đưa bảng nó trả về vào mỗi tệp kiểm thử dưới tên `fixtures`.
-- Fixtures for pack tests: `tuanthu rules test` loads this file (sandboxed, like the packs) and
-- hands the table it returns to every test file as `fixtures`.

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
  committee = "Ủy ban nhân dân", office = "Văn phòng HĐND và UBND",
  culture_social = "Phòng Văn hóa - Xã hội", economy = "Phòng Kinh tế",
  department = "Ban Chỉ huy Quân sự", service_center = "Trung tâm Phục vụ hành chính công",
  public_service = "Trung tâm dịch vụ sự nghiệp công", village = "Thôn thử",
  front = "Ủy ban MTTQ",
}

local function unit(id, role)
  return { unit_id = id, locality_code = "T1", name = ROLE_NAMES[role], role = role }
end

-- Bộ dữ liệu: địa phương thử T1 (một xã, hoặc `locality` = { level =, name = }), các đơn vị
-- `units` và các bảng `tables`.
local function data(units, tables, locality)
  local d = tables or {}
  locality = locality or {}
  d.localities = { { code = "T1", name = locality.name or "Xã thử",
                     level = locality.level or "commune" } }
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


return {
  NULL = NULL, with = with, concat = concat, rows = rows, unit = unit, data = data,
  report = report, meeting = meeting, conferences = conferences, document = document,
  documents = documents, dossier = dossier, dossiers = dossiers, task = task,
  feedback = feedback, schedule = schedule,
}
