#include "custom_rules.h"

#include <cstdio>
#include <cstring>

#include "lua_values.h"
#include "tuanthu/utf8.h"

namespace tuanthu {
namespace {

constexpr size_t kMaxRows = 100000;
constexpr int kProgressSteps = 10000;
constexpr int64_t kMaxVmSteps = 200'000'000;

struct CustomRun {
  LuaSandbox* sandbox;
  ActivityStore* store;
  const LocalityContext* locality;
  const ResolvedRule* rule;
  std::vector<Finding> findings;
  int64_t vm_steps = 0;
  // The first finding that could not be taken: the rule fails with it even if the script
  // caught the error (a finding it meant to report was lost).
  std::string lost_finding;
};

CustomRun* RunOf(lua_State* L) {
  return static_cast<CustomRun*>(lua_touserdata(L, lua_upvalueindex(1)));
}

int PushRows(lua_State* L) {
  const auto* rows = static_cast<const nlohmann::json*>(lua_touserdata(L, 1));
  PushJson(L, *rows);
  return 1;
}

// ctx.query(sql, arg1, arg2, ...) -> { {column = value, ...}, ... }
int LuaQuery(lua_State* L) {
  CustomRun* run = RunOf(L);
  char error[512] = {0};
  int status = LUA_OK;
  {
    size_t length = 0;
    const char* sql = luaL_checklstring(L, 1, &length);
    nlohmann::json rows = nlohmann::json::array();
    std::vector<nlohmann::json> args;
    for (int i = 2; i <= lua_gettop(L); ++i) {
      nlohmann::json arg;
      std::string problem;
      if (!LuaToJson(L, i, &arg, &problem, false, run->locality->lang) || arg.is_array() ||
          arg.is_object()) {
        std::snprintf(error, sizeof error,
                      "ctx.query: argument %d must be a string, number, "
                      "boolean or nil",
                      i - 1);
        break;
      }
      args.push_back(std::move(arg));
    }
    if (error[0] == '\0') {
      QueryRequest request;
      request.sql = std::string_view(sql, length);
      request.args = &args;
      request.max_rows = kMaxRows;
      request.should_stop = [run] {
        run->vm_steps += kProgressSteps;
        return run->vm_steps > kMaxVmSteps || run->sandbox->OutOfTime();
      };
      std::string problem;
      if (!run->store->Query(request, &rows, &problem)) {
        std::snprintf(error, sizeof error, "%s", problem.c_str());
      }
    }
    if (error[0] == '\0') {
      lua_pushcfunction(L, PushRows);
      lua_pushlightuserdata(L, &rows);
      status = lua_pcall(L, 1, 1, 0);
    }
  }
  if (error[0] != '\0') return luaL_error(L, "%s", error);
  if (status != LUA_OK) return lua_error(L);
  return 1;
}

Measure ToMeasure(const nlohmann::json& value) {
  if (value.is_number_integer()) return value.get<int64_t>();
  if (value.is_number()) return value.get<double>();
  if (value.is_string()) return value.get<std::string>();
  return std::monostate{};
}

void SetError(char (&error)[512], const std::string& text) {
  std::snprintf(error, sizeof error, "%s", text.c_str());
}

// Sets *error when `text` (the field `field` of a finding) is not valid UTF-8.
bool CheckUtf8(const std::string& text, const char* field, Lang lang, char (&error)[512]) {
  const size_t bad = FirstInvalidUtf8(text);
  if (bad == std::string::npos) return true;
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X",
                static_cast<unsigned>(static_cast<unsigned char>(text[bad])));
  SetError(error, Format(Tr(lang, "ctx.finding: {0} không phải UTF-8 hợp lệ (byte {1} là {2})",
                            "ctx.finding: {0} is not valid UTF-8 (byte {1} is {2}); findings "
                            "are text"),
                         {field, std::to_string(bad + 1), byte}));
  return false;
}

bool CheckMeasure(const Measure& m, const char* field, Lang lang, char (&error)[512]) {
  const auto* text = std::get_if<std::string>(&m);
  return text == nullptr || CheckUtf8(*text, field, lang, error);
}

size_t FindingBytes(const Finding& f) {
  size_t bytes = sizeof(Finding) + f.rule.size() + f.pack.size() + f.locality.size() +
                 f.clause.size() + f.message.size() + f.period.size() + f.record.size() +
                 (f.unit ? f.unit->size() : 0);
  for (const std::string& id : f.evidence) bytes += sizeof(std::string) + id.size();
  return bytes;
}

// ctx.finding{ severity=, unit=, period=, message=, observed=, expected=, evidence= }
int LuaFinding(lua_State* L) {
  CustomRun* run = RunOf(L);
  char error[512] = {0};
  {
    luaL_checktype(L, 1, LUA_TTABLE);
    if (run->findings.size() >= run->sandbox->limits().max_findings) {
      SetError(error, Format(Tr(run->locality->lang,
                                "ctx.finding: quá {0} phát hiện trong một lần gọi (giới hạn của "
                                "quy tắc); hãy báo một phát hiện cho mỗi đơn vị hay kỳ, kèm các "
                                "bản ghi làm chứng cứ",
                                "ctx.finding: more than {0} findings in one call (the rule's "
                                "cap); report one finding per unit or period with the records "
                                "as evidence"),
                             {std::to_string(run->sandbox->limits().max_findings)}));
    }
  }
  if (error[0] != '\0') {
    if (run->lost_finding.empty()) run->lost_finding = error;
    return luaL_error(L, "%s", error);
  }
  {
    nlohmann::json spec;
    std::string problem;
    if (!LuaToJson(L, 1, &spec, &problem, false, run->locality->lang) || !spec.is_object()) {
      std::snprintf(error, sizeof error, "ctx.finding: %s",
                    problem.empty() ? "expects a table" : problem.c_str());
    } else {
      Finding f;
      f.rule = run->rule->id;
      f.pack = run->locality->pack->id;
      f.locality = run->locality->code;
      f.clause = run->rule->String("clause");
      const std::string severity = spec.value("severity", run->rule->String("severity"));
      const auto parsed = ParseSeverity(severity);
      if (!parsed || *parsed == Severity::kPass) {
        std::snprintf(error, sizeof error,
                      "ctx.finding: severity '%s' is not violation, warning or info",
                      severity.c_str());
      } else if (!spec.contains("message") || !spec["message"].is_string()) {
        std::snprintf(error, sizeof error, "ctx.finding: a message (string) is required");
      } else {
        f.severity = *parsed;
        f.message = spec["message"].get<std::string>();
        if (spec.contains("unit") && spec["unit"].is_string()) {
          const std::string unit = spec["unit"].get<std::string>();
          if (run->locality->FindUnit(unit) == nullptr) {
            std::snprintf(error, sizeof error, "ctx.finding: unit '%s' is not a unit of %s",
                          unit.c_str(), run->locality->code.c_str());
          }
          f.unit = unit;
        }
        f.period = spec.value("period", std::to_string(run->locality->as_of.year()));
        f.record = spec.value("record", "");
        f.observed = ToMeasure(spec.value("observed", nlohmann::json()));
        f.expected = ToMeasure(spec.value("expected", nlohmann::json()));
        if (spec.contains("evidence") && spec["evidence"].is_array()) {
          for (const auto& id : spec["evidence"]) {
            if (!id.is_string()) continue;
            ++f.evidence_total;
            if (f.evidence.size() < kEvidenceCap) f.evidence.push_back(id.get<std::string>());
          }
          std::sort(f.evidence.begin(), f.evidence.end());
        }
        const Lang lang = run->locality->lang;
        if (error[0] == '\0' && CheckUtf8(f.message, "message", lang, error) &&
            CheckUtf8(f.unit.value_or(""), "unit", lang, error) &&
            CheckUtf8(f.period, "period", lang, error) &&
            CheckUtf8(f.record, "record", lang, error) &&
            CheckMeasure(f.observed, "observed", lang, error) &&
            CheckMeasure(f.expected, "expected", lang, error)) {
          for (const std::string& id : f.evidence) {
            if (!CheckUtf8(id, "evidence", lang, error)) break;
          }
        }
        if (error[0] == '\0' && !run->sandbox->ChargeMemory(FindingBytes(f))) {
          SetError(error, std::string(Tr(lang,
                                         "ctx.finding: các phát hiện vượt giới hạn bộ nhớ của quy "
                                         "tắc (memory cap)",
                                         "ctx.finding: the findings outgrow the rule's memory "
                                         "cap")));
        }
        if (error[0] == '\0') run->findings.push_back(std::move(f));
      }
    }
  }
  if (error[0] != '\0') {
    if (run->lost_finding.empty()) run->lost_finding = error;
    return luaL_error(L, "%s", error);
  }
  return 0;
}

}  // namespace

bool RunCustomRule(LuaSandbox& sandbox, ActivityStore& store, const LocalityContext& locality,
                   const ResolvedRule& rule, std::vector<Finding>* out, std::string* error) {
  lua_State* L = sandbox.L();
  StackGuard guard(L);
  if (!lua_checkstack(L, 16)) {
    *error = Tr(locality.lang, "hết ngăn xếp Lua", "Lua stack exhausted");
    return false;
  }
  CustomRun run{&sandbox, &store, &locality, &rule, {}, 0, {}};
  lua_rawgeti(L, LUA_REGISTRYINDEX, rule.custom_function);
  if (!lua_isfunction(L, -1)) {
    *error =
        Tr(locality.lang, "quy tắc không có hàm evaluate", "the rule has no evaluate function");
    return false;
  }
  lua_newtable(L);  // ctx
  lua_pushstring(L, locality.code.c_str());
  lua_setfield(L, -2, "locality");
  lua_pushstring(L, locality.as_of.Iso().c_str());
  lua_setfield(L, -2, "as_of");
  const Date effective =
      rule.Has("effective") ? *Date::ParseIso(rule.String("effective")) : locality.pack->effective;
  lua_pushstring(L, effective.Iso().c_str());
  lua_setfield(L, -2, "effective");
  lua_pushstring(L, locality.pack->id.c_str());
  lua_setfield(L, -2, "pack");
  nlohmann::json params = nlohmann::json::object();
  for (const auto& [name, value] : rule.params) {
    if (name != "evaluate") params[name] = value.value;
  }
  PushJson(L, params);
  lua_setfield(L, -2, "params");
  nlohmann::json units = nlohmann::json::array();
  for (const UnitInfo& unit : locality.units) {
    units.push_back({{"id", unit.id}, {"name", unit.name}, {"role", unit.role}});
  }
  PushJson(L, units);
  lua_setfield(L, -2, "units");
  lua_pushlightuserdata(L, &run);
  lua_pushcclosure(L, LuaQuery, 1);
  lua_setfield(L, -2, "query");
  lua_pushlightuserdata(L, &run);
  lua_pushcclosure(L, LuaFinding, 1);
  lua_setfield(L, -2, "finding");
  const bool ran = sandbox.Call(1, 0, error);
  if (ran && !run.lost_finding.empty()) *error = run.lost_finding;
  if (!ran || !run.lost_finding.empty()) {
    lua_gc(L, LUA_GCCOLLECT);
    return false;
  }
  for (Finding& f : run.findings) out->push_back(std::move(f));
  return true;
}

}  // namespace tuanthu
