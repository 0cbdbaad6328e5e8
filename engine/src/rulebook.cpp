// RuleBook: reads pack files in the sandbox (reader), walks their inheritance (collector) and
// merges parameters with their sources (resolver).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "lua_sandbox.h"
#include "lua_values.h"
#include "tuanthu/catalog.h"
#include "tuanthu/engine.h"

namespace tuanthu {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct RuleDecl {
  std::string id;
  std::string kind;  // empty: the id itself, or the inherited kind
  json params = json::object();
  std::vector<int> param_lines;
  int line = 0;
  int function_ref = LUA_NOREF;
  bool is_custom = false;
};

struct PackFile {
  PackInfo info;
  std::vector<RuleDecl> rules;
  std::vector<ManualItem> manual;
  std::string text;
  bool declared = false;  // pack{} was called
  Lang lang = Lang::kEn;  // of the messages about it
};

constexpr const char* kPackKeys[] = {"id",    "parent",   "effective", "effective_note",
                                     "title", "locality", "source",    "warning_days"};

std::string ReadFile(const std::string& path, bool* ok) {
  std::ifstream in(path, std::ios::binary);
  *ok = static_cast<bool>(in);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string Hex64(uint64_t value) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(value));
  return buf;
}

uint64_t Fnv1a(uint64_t hash, std::string_view data) {
  for (unsigned char c : data) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

PackFile* CurrentPack(lua_State* L) {
  return static_cast<PackFile*>(lua_touserdata(L, lua_upvalueindex(1)));
}

int CurrentLine(lua_State* L) {
  lua_Debug ar;
  if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar)) return ar.currentline;
  return 0;
}

// A Lua error is a longjmp: it must not cross a frame holding C++ objects with destructors.
// The declaration bodies below return their error as text, and RaiseAfter raises it once those
// objects are gone.
template <typename Body>
int RaiseAfter(lua_State* L, Body body) {
  char message[1024] = {0};
  {
    const std::string error = body();
    std::snprintf(message, sizeof message, "%s", error.c_str());
  }
  if (message[0] != '\0') return luaL_error(L, "%s", message);
  return 0;
}

// pack { parent = "vn", effective = "2026-04-29", ... }
std::string PackBody(lua_State* L) {
  PackFile* file = CurrentPack(L);
  luaL_checktype(L, 1, LUA_TTABLE);
  const Lang lang = file->lang;
  if (file->declared)
    return std::string(Tr(lang, "pack{} chỉ được gọi một lần trong mỗi tệp",
                          "pack{} may be called only once per file"));
  file->declared = true;
  json info;
  std::string error;
  if (!LuaToJson(L, 1, &info, &error, false, lang)) return "pack{}: " + error;
  for (const auto& [key, value] : info.items()) {
    if (std::find(std::begin(kPackKeys), std::end(kPackKeys), key) == std::end(kPackKeys)) {
      return Format(Tr(lang,
                       "pack{}: không có trường '{0}' (hợp lệ: id, parent, effective, "
                       "effective_note, title, locality, source, warning_days)",
                       "pack{}: unknown field '{0}' (valid: id, parent, effective, "
                       "effective_note, title, locality, source, warning_days)"),
                    {key});
    }
    if (key == "warning_days") {
      if (!value.is_number_integer() || value.get<int64_t>() < 0 || value.get<int64_t>() > 366)
        return std::string(Tr(lang, "pack{}: warning_days phải là một số ngày nguyên (0..366)",
                              "pack{}: warning_days must be a whole number of days (0..366)"));
      file->info.warning_days = value.get<int>();
      continue;
    }
    if (!value.is_string())
      return Format(Tr(lang, "pack{}: {0} phải là một chuỗi", "pack{}: {0} must be a string"),
                    {key});
    const std::string text = value.get<std::string>();
    if (key == "id") {
      if (!file->info.id.empty() && text != file->info.id)
        return Format(Tr(lang, "pack{}: id '{0}' không khớp với vị trí của gói '{1}'",
                         "pack{}: id '{0}' does not match the pack's place '{1}'"),
                      {text, file->info.id});
      file->info.id = text;
    } else if (key == "parent") {
      file->info.parent = text;
    } else if (key == "effective") {
      const auto date = Date::Parse(text);
      if (!date)
        return Format(
            Tr(lang, "pack{}: effective '{0}' không phải một ngày (YYYY-MM-DD hoặc dd/mm/yyyy)",
               "pack{}: effective '{0}' is not a date (YYYY-MM-DD or dd/mm/yyyy)"),
            {text});
      file->info.effective = date;
    } else if (key == "effective_note") {
      file->info.effective_note = text;
    } else if (key == "title") {
      file->info.title = text;
    } else if (key == "locality") {
      file->info.locality = text;
    } else if (key == "source") {
      file->info.source = text;
    }
  }
  return {};
}

int LuaPack(lua_State* L) {
  return RaiseAfter(L, [L] { return PackBody(L); });
}

std::string RuleBody(lua_State* L) {
  PackFile* file = CurrentPack(L);
  const bool is_custom = lua_toboolean(L, lua_upvalueindex(3));
  luaL_checktype(L, 1, LUA_TTABLE);
  const std::string id = lua_tostring(L, lua_upvalueindex(2));
  const Lang lang = file->lang;
  for (const RuleDecl& other : file->rules) {
    if (other.id == id)
      return Format(Tr(lang, "quy tắc '{0}' được khai báo hai lần trong gói này",
                       "rule '{0}' is declared twice in this pack"),
                    {id});
  }
  RuleDecl decl;
  decl.id = id;
  decl.is_custom = is_custom;
  decl.line = CurrentLine(L);
  // The evaluate function is kept in the registry; everything else becomes JSON.
  lua_getfield(L, 1, "evaluate");
  if (lua_isfunction(L, -1)) {
    if (!is_custom)
      return Format(Tr(lang, "quy tắc '{0}': chỉ quy tắc custom mới có hàm evaluate",
                       "rule '{0}': only custom rules take an evaluate function"),
                    {id});
    decl.function_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  } else {
    lua_pop(L, 1);
  }
  std::string error;
  if (!LuaToJson(L, 1, &decl.params, &error, true, lang))
    return Format(Tr(lang, "quy tắc '{0}': {1}", "rule '{0}': {1}"), {id, error});
  if (!decl.params.is_object()) decl.params = json::object();
  if (decl.params.contains("kind")) {
    if (!decl.params["kind"].is_string())
      return Format(
          Tr(lang, "quy tắc '{0}': kind phải là một chuỗi", "rule '{0}': kind must be a string"),
          {id});
    decl.kind = decl.params["kind"].get<std::string>();
    decl.params.erase("kind");
  }
  if (is_custom) {
    decl.kind = "custom";
    if (decl.function_ref == LUA_NOREF && !decl.params.contains("evaluate"))
      return Format(Tr(lang, "quy tắc custom '{0}' cần evaluate = function(ctx) ... end",
                       "custom rule '{0}' needs evaluate = function(ctx) ... end"),
                    {id});
  }
  file->rules.push_back(std::move(decl));
  return {};
}

int LuaRuleBody(lua_State* L) {
  return RaiseAfter(L, [L] { return RuleBody(L); });
}

// rule "meetings.online_share" { threshold = 0.6, clause = "I.2.a" }
int LuaRule(lua_State* L, bool is_custom) {
  const char* id = luaL_checkstring(L, 1);
  if (*id == '\0') {
    const Lang lang = CurrentPack(L)->lang;
    return luaL_error(L, "%s", Tr(lang, "quy tắc cần một id", "a rule needs an id").data());
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_pushstring(L, id);
  lua_pushboolean(L, is_custom);
  lua_pushcclosure(L, LuaRuleBody, 3);
  return 1;
}

int LuaRuleDecl(lua_State* L) { return LuaRule(L, false); }
int LuaCustomDecl(lua_State* L) { return LuaRule(L, true); }

// manual { id = "II.1", text = "...", clause = "II.1" }
std::string ManualBody(lua_State* L) {
  PackFile* file = CurrentPack(L);
  luaL_checktype(L, 1, LUA_TTABLE);
  json item;
  std::string error;
  const Lang lang = file->lang;
  if (!LuaToJson(L, 1, &item, &error, false, lang)) return "manual{}: " + error;
  ManualItem manual;
  for (const auto& [key, value] : item.items()) {
    if (!value.is_string())
      return Format(Tr(lang, "manual{}: {0} phải là một chuỗi", "manual{}: {0} must be a string"),
                    {key});
    if (key == "id")
      manual.id = value.get<std::string>();
    else if (key == "text")
      manual.text = value.get<std::string>();
    else if (key == "clause")
      manual.clause = value.get<std::string>();
    else
      return Format(Tr(lang, "manual{}: không có trường '{0}' (hợp lệ: id, text, clause)",
                       "manual{}: unknown field '{0}' (valid: id, text, clause)"),
                    {key});
  }
  if (manual.id.empty() || manual.text.empty())
    return std::string(
        Tr(lang, "manual{} cần một id và một text", "manual{} needs an id and a text"));
  manual.pack = file->info.id;
  file->manual.push_back(std::move(manual));
  return {};
}

int LuaManual(lua_State* L) {
  return RaiseAfter(L, [L] { return ManualBody(L); });
}

// Splits "path:line: message" as Lua formats errors.
Diagnostic ParseLuaError(const std::string& pack, const std::string& path,
                         const std::string& text) {
  Diagnostic d;
  d.pack = pack;
  d.file = path;
  d.message = text;
  const std::string prefix = path + ":";
  if (text.rfind(prefix, 0) == 0) {
    size_t end = prefix.size();
    int line = 0;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9') {
      line = line * 10 + (text[end] - '0');
      ++end;
    }
    if (end < text.size() && text[end] == ':') {
      d.line = line;
      d.message = text.substr(end + 1);
      if (!d.message.empty() && d.message[0] == ' ') d.message.erase(0, 1);
    }
  }
  return d;
}

}  // namespace

std::string Diagnostic::AsString(Lang lang) const {
  std::string out;
  if (!file.empty()) {
    out += file;
    if (line > 0) out += ":" + std::to_string(line);
    out += ": ";
  } else if (!pack.empty()) {
    out += pack + ": ";
  }
  if (!rule.empty()) out += Format(Tr(lang, "quy tắc '{0}': ", "rule '{0}': "), {rule});
  out += message;
  return out;
}

std::string LoadResult::AsString(Lang lang) const {
  std::string out;
  for (const Diagnostic& d : errors)
    out += std::string(Tr(lang, "lỗi: ", "error: ")) + d.AsString(lang) + "\n";
  for (const Diagnostic& d : warnings) {
    out += std::string(Tr(lang, "cảnh báo: ", "warning: ")) + d.AsString(lang) + "\n";
  }
  return out;
}

const json& ResolvedRule::Param(const std::string& name) const {
  static const json kNull;
  const auto it = params.find(name);
  return it == params.end() ? kNull : it->second.value;
}

double ResolvedRule::Number(const std::string& name) const {
  const json& v = Param(name);
  return v.is_number() ? v.get<double>() : 0.0;
}

bool ResolvedRule::Bool(const std::string& name) const {
  const json& v = Param(name);
  return v.is_boolean() && v.get<bool>();
}

std::string ResolvedRule::String(const std::string& name) const {
  const json& v = Param(name);
  return v.is_string() ? v.get<std::string>() : "";
}

std::vector<std::string> ResolvedRule::Strings(const std::string& name) const {
  std::vector<std::string> out;
  const json& v = Param(name);
  if (v.is_array()) {
    for (const json& item : v) {
      if (item.is_string()) out.push_back(item.get<std::string>());
    }
  }
  return out;
}

bool ResolvedRule::Has(const std::string& name) const {
  const json& v = Param(name);
  return !v.is_null() && !(v.is_boolean() && !v.get<bool>());
}

const ResolvedRule* ResolvedPack::FindRule(const std::string& rule_id) const {
  for (const ResolvedRule& rule : rules) {
    if (rule.id == rule_id) return &rule;
  }
  return nullptr;
}

struct RuleBook::Impl {
  explicit Impl(const SandboxLimits& limits) : sandbox(limits) {}
  LuaSandbox sandbox;
  std::map<std::string, std::unique_ptr<PackFile>> files;         // by pack id
  std::map<std::string, std::unique_ptr<ResolvedPack>> resolved;  // by pack id
  std::map<std::string, std::vector<Diagnostic>> failed;          // packs that did not load

  // Runs the pack file's text in a fresh environment. Returns false with diagnostics.
  bool Read(const std::string& id, const std::string& path, const std::string& text,
            std::vector<Diagnostic>* errors);
  const PackFile* Find(const std::string& id, const std::vector<std::string>& search_paths,
                       std::vector<Diagnostic>* errors);
  const ResolvedPack* Resolve(const std::string& id, const std::vector<std::string>& search_paths,
                              std::vector<std::string>* visiting, LoadResult* result);
};

bool RuleBook::Impl::Read(const std::string& id, const std::string& path, const std::string& text,
                          std::vector<Diagnostic>* errors) {
  auto file = std::make_unique<PackFile>();
  file->info.id = id;
  file->info.path = path;
  file->text = text;
  file->lang = sandbox.lang();
  const Lang lang = file->lang;
  lua_State* L = sandbox.L();
  StackGuard guard(L);
  lua_checkstack(L, 8);
  sandbox.PushNewEnvironment();
  // The declaration functions live in the environment's readable layer.
  lua_getmetatable(L, -1);
  lua_getfield(L, -1, "__index");
  const std::pair<const char*, lua_CFunction> functions[] = {
      {"pack", LuaPack}, {"rule", LuaRuleDecl}, {"custom", LuaCustomDecl}, {"manual", LuaManual}};
  for (const auto& [name, function] : functions) {
    lua_pushlightuserdata(L, file.get());
    lua_pushcclosure(L, function, 1);
    lua_setfield(L, -2, name);
  }
  lua_pop(L, 2);
  std::string error;
  const std::string chunk = "@" + path;
  if (!sandbox.LoadText(text, chunk, &error) || !sandbox.Call(0, 0, &error)) {
    errors->push_back(ParseLuaError(id, path, error));
    return false;
  }
  if (!file->declared) {
    errors->push_back({path, 0, id, "",
                       std::string(Tr(lang, "tệp không gọi pack{ ... } để nói nó là gói nào",
                                      "the file never calls pack{ ... } to say what it is"))});
    return false;
  }
  if (file->info.parent.empty() && id != "vn") {
    errors->push_back(
        {path, 0, id, "",
         std::string(Tr(lang, "pack{} cần một parent (chỉ gói gốc 'vn' không có)",
                        "pack{} needs a parent (only the root pack 'vn' has none)"))});
    return false;
  }
  files[id] = std::move(file);
  return true;
}

const PackFile* RuleBook::Impl::Find(const std::string& id,
                                     const std::vector<std::string>& search_paths,
                                     std::vector<Diagnostic>* errors) {
  const Lang lang = sandbox.lang();
  if (auto it = files.find(id); it != files.end()) return it->second.get();
  if (auto it = failed.find(id); it != failed.end()) {
    errors->insert(errors->end(), it->second.begin(), it->second.end());
    return nullptr;
  }
  const bool valid_id =
      !id.empty() && id.find("..") == std::string::npos && id.front() != '/' &&
      std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '/';
      });
  if (!valid_id) {
    errors->push_back(
        {"", 0, id, "",
         Format(Tr(lang,
                   "'{0}' không phải id của gói (các tên viết thường nối bằng '/', ví dụ "
                   "vn/ha-noi/ngoc-ha)",
                   "'{0}' is not a pack id (lower-case names joined by '/', e.g. "
                   "vn/ha-noi/ngoc-ha)"),
                {id})});
    return nullptr;
  }
  for (const std::string& dir : search_paths) {
    const fs::path path = fs::path(dir) / id / "pack.lua";
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) continue;
    bool ok = false;
    const std::string text = ReadFile(path.string(), &ok);
    std::vector<Diagnostic> local;
    if (!ok) {
      local.push_back({path.string(), 0, id, "",
                       std::string(Tr(lang, "không đọc được tệp", "cannot read the file"))});
    } else if (Read(id, path.string(), text, &local)) {
      files[id]->info.folder = dir;
      return files[id].get();
    }
    failed[id] = local;
    errors->insert(errors->end(), local.begin(), local.end());
    return nullptr;
  }
  std::string where;
  for (const std::string& dir : search_paths) where += (where.empty() ? "" : ", ") + dir;
  errors->push_back(
      {"", 0, id, "",
       Format(Tr(lang,
                 "không có gói '{0}' (đã tìm {0}/pack.lua trong {1}; `tuanthu rules "
                 "list` liệt kê các gói)",
                 "no pack '{0}' (looked for {0}/pack.lua in {1}; `tuanthu rules list` "
                 "shows the packs)"),
              {id, where})});
  return nullptr;
}

const ResolvedPack* RuleBook::Impl::Resolve(const std::string& id,
                                            const std::vector<std::string>& search_paths,
                                            std::vector<std::string>* visiting,
                                            LoadResult* result) {
  const Lang lang = sandbox.lang();
  if (auto it = resolved.find(id); it != resolved.end()) return it->second.get();
  if (std::find(visiting->begin(), visiting->end(), id) != visiting->end()) {
    std::string cycle;
    for (const std::string& v : *visiting) cycle += v + " -> ";
    result->errors.push_back(
        {"", 0, id, "",
         std::string(Tr(lang, "các gói kế thừa vòng tròn: ", "packs inherit in a circle: ")) +
             cycle + id});
    return nullptr;
  }
  const PackFile* file = Find(id, search_paths, &result->errors);
  if (file == nullptr) return nullptr;

  auto pack = std::make_unique<ResolvedPack>();
  pack->id = id;
  if (!file->info.parent.empty()) {
    visiting->push_back(id);
    const ResolvedPack* parent = Resolve(file->info.parent, search_paths, visiting, result);
    visiting->pop_back();
    if (parent == nullptr) {
      result->errors.push_back({file->info.path, 0, id, "",
                                Format(Tr(lang, "gói cha '{0}' của nó không nạp được",
                                          "its parent pack '{0}' did not load"),
                                       {file->info.parent})});
      return nullptr;
    }
    *pack = *parent;
    pack->id = id;
  }
  pack->chain.push_back(file->info);
  if (file->info.effective) {
    pack->effective = *file->info.effective;
    pack->effective_source = id;
  } else if (pack->effective_source.empty()) {
    result->errors.push_back(
        {file->info.path, 0, id, "",
         std::string(Tr(lang, "không có ngày hiệu lực: đặt pack{ effective = \"YYYY-MM-DD\" }",
                        "no effective date: set pack{ effective = \"YYYY-MM-DD\" }"))});
    return nullptr;
  }
  if (file->info.warning_days) {
    pack->warning_days = *file->info.warning_days;
    pack->warning_days_source = id;
  } else if (pack->warning_days_source.empty()) {
    pack->warning_days_source = "catalog";
  }

  const size_t errors_before = result->errors.size();
  for (const RuleDecl& decl : file->rules) {
    auto existing = std::find_if(pack->rules.begin(), pack->rules.end(),
                                 [&](const ResolvedRule& r) { return r.id == decl.id; });
    ResolvedRule* rule = nullptr;
    if (existing != pack->rules.end()) {
      rule = &*existing;
      if (!decl.kind.empty() && decl.kind != rule->kind) {
        result->errors.push_back(
            {file->info.path, decl.line, id, decl.id,
             Format(Tr(lang,
                       "là quy tắc loại '{0}' (khai báo trong {1}); ghi đè không đổi được nó "
                       "thành '{2}'",
                       "is a '{0}' rule (declared in {1}); an override cannot change it to '{2}'"),
                    {rule->kind, rule->declared_in, decl.kind})});
        continue;
      }
    } else {
      const std::string kind_id = decl.kind.empty() ? decl.id : decl.kind;
      const KindSpec* kind = FindKind(kind_id);
      if (kind == nullptr || (kind_id == "custom" && !decl.is_custom)) {
        std::string message =
            decl.kind.empty()
                ? std::string(Tr(
                      lang,
                      "không có quy tắc này: không gói tổ tiên nào khai báo và danh mục không có "
                      "(để thêm một quy tắc thuộc loại có sẵn, ghi kind = \"...\"; `tuanthu rules "
                      "kinds` liệt kê các loại)",
                      "unknown rule: no ancestor declares it and the catalog has no such rule (to "
                      "add a rule of a built-in kind, give kind = \"...\"; `tuanthu rules kinds` "
                      "lists them)"))
                : Format(Tr(lang, "không có loại '{0}' (`tuanthu rules kinds` liệt kê các loại)",
                            "unknown kind '{0}' (`tuanthu rules kinds` lists them)"),
                         {decl.kind});
        result->errors.push_back({file->info.path, decl.line, id, decl.id, message});
        continue;
      }
      ResolvedRule fresh;
      fresh.id = decl.id;
      fresh.kind = kind->id;
      fresh.declared_in = id;
      for (const ParamSpec& spec : kind->params) {
        if (spec.type == ParamType::kFunction) continue;
        fresh.params[spec.name] = {spec.default_value, "catalog"};
      }
      pack->rules.push_back(std::move(fresh));
      rule = &pack->rules.back();
    }
    const KindSpec* kind = FindKind(rule->kind);
    for (const auto& [name, raw] : decl.params.items()) {
      const ParamSpec* spec = kind->Find(name);
      if (spec == nullptr) {
        std::string valid;
        for (const ParamSpec& p : kind->params) valid += (valid.empty() ? "" : ", ") + p.name;
        result->errors.push_back({file->info.path, decl.line, id, decl.id,
                                  Format(Tr(lang, "không có tham số '{0}' (hợp lệ cho {1}: {2})",
                                            "unknown parameter '{0}' (valid for {1}: {2})"),
                                         {name, rule->kind, valid})});
        continue;
      }
      json value = raw;
      if (std::string problem = NormaliseParam(*spec, &value, lang); !problem.empty()) {
        result->errors.push_back(
            {file->info.path, decl.line, id, decl.id,
             Format(Tr(lang, "tham số '{0}' = {1}: {2}", "parameter '{0}' = {1}: {2}"),
                    {name, raw.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                     problem})});
        continue;
      }
      rule->params[name] = {value, id};
    }
    if (decl.function_ref != LUA_NOREF) {
      rule->custom_function = decl.function_ref;
      rule->params["evaluate"] = {"function", id};
    }
  }
  if (result->errors.size() != errors_before) return nullptr;

  for (const ManualItem& item : file->manual) {
    auto same = std::find_if(pack->manual.begin(), pack->manual.end(),
                             [&](const ManualItem& m) { return m.id == item.id; });
    if (same != pack->manual.end()) {
      *same = item;
    } else {
      pack->manual.push_back(item);
    }
  }
  std::sort(pack->rules.begin(), pack->rules.end(),
            [](const ResolvedRule& a, const ResolvedRule& b) { return a.id < b.id; });
  uint64_t hash = 14695981039346656037ull;
  for (const PackInfo& info : pack->chain) {
    hash = Fnv1a(hash, info.id);
    hash = Fnv1a(hash, std::string_view("\0", 1));
    hash = Fnv1a(hash, files[info.id]->text);
  }
  pack->content_hash = Hex64(hash);
  const ResolvedPack* out = pack.get();
  resolved[id] = std::move(pack);
  return out;
}

RuleBook::RuleBook(std::vector<std::string> search_paths, bool include_shipped)
    : RuleBook(std::move(search_paths), include_shipped, SandboxLimits{}) {}

RuleBook::RuleBook(std::vector<std::string> search_paths, bool include_shipped,
                   const SandboxLimits& limits)
    : impl_(std::make_unique<Impl>(limits)), search_paths_(std::move(search_paths)) {
  if (include_shipped) {
    for (std::string& dir : DefaultRulesDirs()) search_paths_.push_back(std::move(dir));
  }
}

RuleBook::~RuleBook() = default;

LuaSandbox& RuleBook::sandbox() { return impl_->sandbox; }

void RuleBook::set_lang(Lang lang) { impl_->sandbox.set_lang(lang); }

const ResolvedPack* RuleBook::Resolve(const std::string& id, LoadResult* result) {
  std::vector<std::string> visiting;
  return impl_->Resolve(id, search_paths_, &visiting, result);
}

void RuleBook::AddInlinePack(const std::string& id, const std::string& source,
                             const std::string& path) {
  std::vector<Diagnostic> errors;
  const std::string name = path.empty() ? id + "/pack.lua" : path;
  impl_->resolved.clear();
  impl_->files.erase(id);
  impl_->failed.erase(id);
  if (!impl_->Read(id, name, source, &errors)) impl_->failed[id] = errors;
}

std::vector<PackInfo> RuleBook::List(LoadResult* result) {
  std::set<std::string> ids;
  for (const auto& [id, file] : impl_->files) ids.insert(id);
  for (const std::string& dir : search_paths_) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) continue;
    for (auto it = fs::recursive_directory_iterator(dir, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      if (it->is_regular_file() && it->path().filename() == "pack.lua") {
        ids.insert(fs::relative(it->path().parent_path(), dir).generic_string());
      }
    }
  }
  std::vector<PackInfo> out;
  for (const std::string& id : ids) {
    if (const PackFile* file = impl_->Find(id, search_paths_, &result->errors)) {
      out.push_back(file->info);
    }
  }
  return out;
}

}  // namespace tuanthu
