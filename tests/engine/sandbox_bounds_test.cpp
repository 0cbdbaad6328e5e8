// Work a rule does inside C functions (pattern matching, sorting, building strings, reporting
// findings) is bounded like the rest: the rule fails alone, quickly, named, with the reason.
#include <doctest/doctest.h>

#include <chrono>

#include "fixture.h"

namespace tuanthu::testing {
namespace {

struct Outcome {
  CheckResult result;
  double seconds = 0;
};

// Runs one hostile custom rule `local.bad` beside a well-behaved `local.ok`.
Outcome RunHostile(const std::string& evaluate_body, SandboxLimits limits = {},
                   Lang lang = Lang::kEn) {
  // The instruction budget, not the clock, is what these tests expect to stop a rule (the
  // machine may be slow or busy); tests of the time limit set their own.
  if (limits.time_limit_ms == SandboxLimits{}.time_limit_ms) limits.time_limit_ms = 300'000;
  Fixture fx;
  fx.Unit("U1", "culture_social");
  fx.Meeting("M1", "U1", "2026-05-04", "in_person");
  RuleBook book({}, true, limits);
  book.AddInlinePack("test/x", R"(
pack { parent = "vn", effective = "2026-04-29" }
custom "local.bad" { clause = "X", evaluate = function(ctx)
)" + evaluate_body + R"(
end }
custom "local.ok" { clause = "Y", evaluate = function(ctx)
  ctx.finding { severity = "warning", message = "vẫn chạy " .. ctx.locality, unit = "U1" }
end }
)");
  CheckOptions options;
  options.as_of = *Date::Parse("2026-06-10");
  options.lang = lang;
  const auto start = std::chrono::steady_clock::now();
  Outcome outcome;
  outcome.result = RunCheck(fx.db, book, options);
  outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return outcome;
}

// The hostile rule failed alone, with `reason` in its message; the others ran.
void CheckFailedAlone(const Outcome& outcome, const std::string& reason) {
  REQUIRE(outcome.result.errors.size() == 1);
  CHECK(outcome.result.errors[0].rule == "local.bad");
  CHECK(outcome.result.errors[0].message.find(reason) != std::string::npos);
  CHECK(Find(outcome.result, "local.ok", "U1").size() == 1);
  CHECK(Find(outcome.result, "meetings.online_share", "U1").size() == 1);
  CHECK(Find(outcome.result, "local.bad", "").empty());
  CHECK(outcome.seconds < 60);  // in practice well under a second; the bound is for slow CI
}

}  // namespace

TEST_CASE("bounds: a backtracking pattern in string.find fails at the budget, not in hours") {
  const Outcome outcome =
      RunHostile(R"(return string.find(string.rep("a", 24), string.rep("a*", 24) .. "b"))");
  CheckFailedAlone(outcome, "instruction budget");
}

TEST_CASE("bounds: the same pattern in gsub, match, gmatch and as a method fails alike") {
  for (const char* body :
       {R"(return string.gsub(string.rep("a", 30), string.rep("a-", 30) .. "b", "x"))",
        R"(return (string.rep("a", 24)):match(string.rep("a*", 24) .. "$b"))",
        R"(for m in string.gmatch(string.rep("a", 24), string.rep("a?", 24) .. "b") do end)",
        R"(local ok = pcall(string.find, string.rep("a", 24), string.rep("a*", 24) .. "b")
           while true do end)"}) {
    CAPTURE(body);
    CheckFailedAlone(RunHostile(body), "instruction budget");
  }
}

TEST_CASE("bounds: the time limit stops what the budget would let run long") {
  SandboxLimits limits;
  limits.instructions = int64_t{1} << 60;  // as if no instruction budget
  limits.time_limit_ms = 300;
  const Outcome outcome =
      RunHostile(R"(return string.find(string.rep("a", 24), string.rep("a*", 24) .. "b"))", limits);
  CheckFailedAlone(outcome, "time limit of 300 ms exceeded");
  CHECK(outcome.seconds < 20);
  // Strings built just under the memory cap, over and over: few instructions, much time.
  limits.memory_bytes = 48u << 20;
  CheckFailedAlone(RunHostile(R"(while true do local s = string.rep("x", 16 << 20) end)", limits),
                   "time limit");
  CheckFailedAlone(RunHostile(R"(local t = {} for i = 1, 1000 do t[i] = string.rep("y", 10000) end
                                 while true do local s = table.concat(t) end)",
                              limits),
                   "time limit");
}

TEST_CASE("bounds: table.sort with a hostile comparator or a huge table fails alone") {
  CheckFailedAlone(RunHostile(R"(
    local t = {} for i = 1, 1000 do t[i] = i end
    table.sort(t, function(a, b) for _ = 1, 5000 do end return a > b end))"),
                   "instruction budget");
  SandboxLimits limits;
  limits.instructions = 2'000'000;
  CheckFailedAlone(RunHostile(R"(
    local t = {} for i = 1, 200000 do t[i] = -i end
    table.sort(t))",
                              limits),
                   "instruction budget");
  // A comparator that is not an order: Lua's own error, still this rule's alone.
  const Outcome inconsistent = RunHostile(R"(
    local t = {} for i = 1, 100 do t[i] = i end
    table.sort(t, function(a, b) return true end))");
  REQUIRE(inconsistent.result.errors.size() == 1);
  CHECK(inconsistent.result.errors[0].rule == "local.bad");
}

TEST_CASE("bounds: invalid UTF-8 in a finding fails that rule, named, even under pcall") {
  const Outcome outcome = RunHostile(R"(
    ctx.finding { severity = "warning", message = "bad \xff\xfe", unit = "U1" })");
  CheckFailedAlone(outcome, "message is not valid UTF-8 (byte 5 is 0xFF)");
  CheckFailedAlone(RunHostile(R"(
    pcall(ctx.finding, { severity = "info", message = "ok", record = "R\xc3" }))"),
                   "record is not valid UTF-8");
  // In Vietnamese by default.
  const Outcome vi =
      RunHostile(R"(ctx.finding { severity = "warning", message = "bad \xff" })", {}, Lang::kVi);
  CheckFailedAlone(vi, "lỗi khi chạy cho địa bàn");
  CheckFailedAlone(vi, "message không phải UTF-8 hợp lệ (byte 5 là 0xFF)");
}

TEST_CASE("bounds: a million findings stop at the cap, quickly and in little memory") {
  const Outcome outcome = RunHostile(R"(
    for i = 1, 1000000 do
      ctx.finding { severity = "info", message = "finding " .. i }
    end)");
  CheckFailedAlone(outcome, "more than 10000 findings in one call");
  // Catching the error does not let the rule keep what it had.
  CheckFailedAlone(RunHostile(R"(
    for i = 1, 1000000 do
      pcall(ctx.finding, { severity = "info", message = "finding " .. i })
    end)"),
                   "more than 10000 findings");
  // Findings count against the memory cap as well.
  SandboxLimits limits;
  limits.memory_bytes = 4u << 20;
  CheckFailedAlone(RunHostile(R"(
    local long = string.rep("x", 100000)
    for i = 1, 5000 do ctx.finding { severity = "info", message = long } end)",
                              limits),
                   "memory cap");
}

TEST_CASE("bounds: the bounded matcher keeps Lua's pattern semantics") {
  Fixture fx;
  fx.Unit("U1", "culture_social");
  const CheckResult result = fx.Check(R"lua(
pack { parent = "vn", effective = "2026-04-29" }
custom "local.patterns" { clause = "Z", evaluate = function(ctx)
  local function eq(a, b, what) assert(a == b, what .. ": " .. tostring(a) .. " ~= " .. tostring(b)) end
  eq(select(2, string.find("hello world", "o w")), 7, "plain find")
  eq(string.find("a.b", ".", 1, true), 2, "plain flag")
  eq(string.find("abc", "b", -1), nil, "negative init")
  eq(string.match("  key = value ", "^%s*(%w+)%s*=%s*(%w+)"), "key", "captures")
  eq(select(2, string.match("key = value", "(%w+) = (%w+)")), "value", "second capture")
  eq(string.match("2026-06-05", "(%d+)-(%d+)-(%d+)$"), "2026", "anchored end")
  eq(string.match("[[x]]", "%b[]"), "[[x]]", "balance")
  eq(string.match("THE (quick) fox", "%f[%a]%a+"), "THE", "frontier")
  eq(string.match("hello", "()ll()"), 3, "position capture")
  eq(string.match("abcabc", "(abc)%1"), "abc", "back reference")
  eq(string.match("x = [==[y]==]", "%[(=*)%[(.-)%]%1%]"), "==", "long bracket")
  eq(string.gsub("hello world", "o", "0"), "hell0 w0rld", "gsub")
  eq(select(2, string.gsub("hello world", "o", "0", 1)), 1, "gsub count")
  eq(string.gsub("abc", "%w", "%0%0"), "aabbcc", "gsub %0")
  eq(string.gsub("hello world", "(%w+)", "<%1>"), "<hello> <world>", "gsub %1")
  eq(string.gsub("$name is $age", "%$(%w+)", { name = "Lan", age = 30 }), "Lan is 30", "gsub table")
  eq(string.gsub("abc", ".", function(c) if c == "b" then return "B" end end), "aBc", "gsub fn")
  eq(string.gsub("abc", "", "-"), "-a-b-c-", "empty matches")
  eq(string.gsub("a,b,,c", "[^,]*", "x"), "x,x,x,x", "empty after match")
  eq(string.gsub("hello", "^h", "H"), "Hello", "anchored gsub")
  eq(string.gsub("ấp Bắc", "[%z\1-\127\194-\244][\128-\191]*", "."), "......", "utf-8 chars")
  local words = {}
  for w in string.gmatch("one two  three", "%a+") do words[#words + 1] = w end
  eq(table.concat(words, "|"), "one|two|three", "gmatch")
  local pairs_found = {}
  for k, v in string.gmatch("a=1, b=2", "(%w+)=(%w+)") do pairs_found[#pairs_found + 1] = k .. v end
  eq(table.concat(pairs_found), "a1b2", "gmatch captures")
  eq(("x"):rep(3, ","), "x,x,x", "rep with separator")
  local t = { 3, 1, 2 } table.sort(t) eq(table.concat(t), "123", "sort")
  table.sort(t, function(a, b) return a > b end) eq(table.concat(t), "321", "sort comparator")
  for _, bad in ipairs { "(", "%", "[a", "(()", "%1", "%b", "%f" } do
    assert(not pcall(string.find, "abc", bad), "malformed pattern " .. bad)
  end
  assert(not pcall(string.gsub, "abc", "b", "%2"), "invalid capture in replacement")
  ctx.finding { severity = "info", message = "ok" }
end }
)lua",
                                      "2026-06-10", {"local."});
  for (const Diagnostic& d : result.errors) CAPTURE(d.message);
  CHECK(result.errors.empty());
  CHECK(Find(result, "local.patterns", "").size() == 1);
}

}  // namespace tuanthu::testing
