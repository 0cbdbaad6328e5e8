// Rules are untrusted code: every escape a pack might try must fail with a clear error.
#include <doctest/doctest.h>

#include "fixture.h"

namespace tuanthu::testing {
namespace {

std::string LoadError(const std::string& body, SandboxLimits limits = {}) {
  RuleBook book({}, true, limits);
  book.AddInlinePack("test/x", "pack { parent = 'vn', effective = '2026-04-29' }\n" + body);
  LoadResult result;
  book.Resolve("test/x", &result);
  return result.successful() ? "" : result.AsString();
}

}  // namespace

TEST_CASE("sandbox: no os, io, package, require, debug, dofile or loadfile") {
  for (const char* code : {"os.execute('true')", "io.open('/etc/passwd')", "require('os')",
                           "package.loadlib('x', 'y')", "debug.sethook()", "dofile('/etc/passwd')",
                           "loadfile('/etc/passwd')", "collectgarbage('stop')", "print('x')"}) {
    CAPTURE(code);
    const std::string error = LoadError(code);
    CHECK(error.find("test/x/pack.lua:2:") != std::string::npos);
    CHECK(error.find("nil") != std::string::npos);
  }
}

TEST_CASE("sandbox: bytecode is refused, as a file and through load or string.dump") {
  CHECK(LoadError("load(string.dump(function() end))").find("nil") != std::string::npos);
  RuleBook book;
  book.AddInlinePack("test/x", std::string("\x1bLua") + "garbage");
  LoadResult result;
  CHECK(book.Resolve("test/x", &result) == nullptr);
  CHECK(result.AsString().find("bytecode") != std::string::npos);
}

TEST_CASE("sandbox: globals cannot be created and libraries cannot be changed") {
  CHECK(LoadError("x = 1").find("global writes are not allowed") != std::string::npos);
  CHECK(LoadError("string.upper = nil").find("read-only") != std::string::npos);
  CHECK(LoadError("getmetatable('').__index.upper = nil").find("nil") != std::string::npos);
  CHECK(LoadError("rawset(_ENV, 'x', 1)").find("nil") != std::string::npos);
  // What one pack does to its environment does not reach the next.
  CHECK(LoadError("local s = string; local ok = pcall(function() s.x = 1 end); assert(not ok)") ==
        "");
}

TEST_CASE("sandbox: an endless loop stops at the instruction budget, even under pcall") {
  SandboxLimits limits;
  limits.instructions = 200000;
  CHECK(LoadError("while true do end", limits).find("instruction budget") != std::string::npos);
  CHECK(LoadError("while true do pcall(function() while true do end end) end", limits)
            .find("instruction budget") != std::string::npos);
}

TEST_CASE("sandbox: an endless allocation stops at the memory cap") {
  SandboxLimits limits;
  limits.memory_bytes = 8u << 20;
  CHECK(LoadError("local t = {} for i = 1, 1e9 do t[i] = ('x'):rep(1000) .. i end", limits)
            .find("memory cap") != std::string::npos);
  CHECK(LoadError("local s = ('x'):rep(1 << 30)", limits).find("memory cap") != std::string::npos);
  CHECK(LoadError("pcall(function() local t = {} while true do t[#t + 1] = {} end end)", limits)
            .find("memory cap") != std::string::npos);
}

TEST_CASE("sandbox: a custom rule that loops or allocates forever fails alone, others still run") {
  Fixture fx;
  fx.Unit("U1", "culture_social");
  fx.Meeting("M1", "U1", "2026-05-04", "in_person");
  SandboxLimits limits;
  limits.instructions = 500000;
  limits.memory_bytes = 8u << 20;
  RuleBook book({}, true, limits);
  book.AddInlinePack("test/x", R"(
pack { parent = "vn", effective = "2026-04-29" }
custom "local.loop" { clause = "X", evaluate = function(ctx) while true do end end }
custom "local.hog" { clause = "X", evaluate = function(ctx) local t = {} while true do t[#t+1] = ('x'):rep(100000) .. #t end end }
custom "local.ok" { clause = "Y", evaluate = function(ctx)
  ctx.finding { severity = "warning", message = "hello " .. ctx.locality, unit = "U1" }
end }
)");
  CheckOptions options;
  options.as_of = *Date::Parse("2026-06-10");
  options.lang = Lang::kEn;
  const CheckResult result = RunCheck(fx.db, book, options);
  REQUIRE(result.errors.size() == 2);
  CHECK(result.errors[0].rule == "local.hog");
  CHECK(result.errors[0].message.find("memory cap") != std::string::npos);
  CHECK(result.errors[1].rule == "local.loop");
  CHECK(result.errors[1].message.find("instruction budget") != std::string::npos);
  CHECK(Find(result, "local.ok", "U1").size() == 1);
  CHECK(Find(result, "meetings.online_share", "U1").size() == 1);
}

TEST_CASE("sandbox: custom rules read through parameterised, read-only queries") {
  Fixture fx;
  fx.Unit("U1", "culture_social");
  fx.Meeting("M1", "U1", "2026-05-04", "in_person");
  fx.Meeting("M2", "U1", "2026-05-05", "online");
  const CheckResult result = fx.Check(R"lua(
pack { parent = "vn", effective = "2026-04-29" }
custom "local.count" { clause = "Z", evaluate = function(ctx)
  local rows = ctx.query("SELECT COUNT(*) AS n FROM meetings m JOIN units u USING (unit_id) "
                         .. "WHERE u.locality_code = ? AND m.format = ?", ctx.locality, "online")
  ctx.finding { severity = "info", message = "online: " .. rows[1].n, observed = rows[1].n }
  for _, sql in ipairs { "DELETE FROM meetings", "INSERT INTO units VALUES (1,2,3,4)",
                         "ATTACH DATABASE '/tmp/x.db' AS x", "PRAGMA writable_schema = 1",
                         "SELECT * FROM sqlite_master", "SELECT 1; DELETE FROM meetings" } do
    local ok, err = pcall(ctx.query, sql)
    assert(not ok, sql)
  end
end }
)lua",
                                      "2026-06-10", {"local."});
  CHECK(result.errors.empty());
  const auto found = Find(result, "local.count", "");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "online: 1");
  Statement count = fx.db.Prepare("SELECT COUNT(*) FROM meetings");
  REQUIRE(count.Step());
  CHECK(count.Int(0) == 2);
}

}  // namespace tuanthu::testing
