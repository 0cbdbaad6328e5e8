#include <fstream>
#include <sstream>

#include "lua_sandbox.h"
#include "lua_values.h"
#include "tuanthu/engine.h"

namespace tuanthu {
namespace {

int LuaTestBody(lua_State* L) {
  auto* tests = static_cast<std::vector<PackTest>*>(lua_touserdata(L, lua_upvalueindex(1)));
  luaL_checktype(L, 1, LUA_TTABLE);
  char error[256] = {0};
  {
    PackTest test;
    test.name = lua_tostring(L, lua_upvalueindex(2));
    lua_Debug ar;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar)) test.line = ar.currentline;
    std::string problem;
    if (!LuaToJson(L, 1, &test.spec, &problem, false) || !test.spec.is_object()) {
      std::snprintf(error, sizeof error, "test '%s': %s", test.name.c_str(),
                    problem.empty() ? "expects a table" : problem.c_str());
    } else {
      for (const PackTest& other : *tests) {
        if (other.name == test.name) {
          std::snprintf(error, sizeof error, "test '%s' is defined twice", test.name.c_str());
        }
      }
      if (error[0] == '\0') tests->push_back(std::move(test));
    }
  }
  if (error[0] != '\0') return luaL_error(L, "%s", error);
  return 0;
}

int LuaTest(lua_State* L) {
  luaL_checkstring(L, 1);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_pushvalue(L, 1);
  lua_pushcclosure(L, LuaTestBody, 2);
  return 1;
}

// Pushes the table `testing.lua` (the first found on the search paths) returns, or nil.
bool PushFixtures(RuleBook& book, LoadResult* result) {
  LuaSandbox& sandbox = book.sandbox();
  lua_State* L = sandbox.L();
  for (const std::string& dir : book.search_paths()) {
    const std::string path = dir + "/testing.lua";
    std::ifstream in(path, std::ios::binary);
    if (!in) continue;
    std::ostringstream text;
    text << in.rdbuf();
    sandbox.PushNewEnvironment();
    std::string error;
    if (!sandbox.LoadText(text.str(), "@" + path, &error) || !sandbox.Call(0, 1, &error)) {
      result->errors.push_back({"", 0, "", "", error});
      return false;
    }
    return true;
  }
  lua_pushnil(L);
  return true;
}

}  // namespace

std::vector<PackTest> LoadPackTests(RuleBook& book, const std::string& path, LoadResult* result) {
  std::vector<PackTest> tests;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    result->errors.push_back(
        {path, 0, "", "",
         std::string(Tr(book.sandbox().lang(), "không đọc được tệp", "cannot read the file"))});
    return tests;
  }
  std::ostringstream text;
  text << in.rdbuf();
  LuaSandbox& sandbox = book.sandbox();
  lua_State* L = sandbox.L();
  StackGuard guard(L);
  if (!PushFixtures(book, result)) return tests;
  sandbox.PushNewEnvironment();
  lua_getmetatable(L, -1);
  lua_getfield(L, -1, "__index");
  lua_pushlightuserdata(L, &tests);
  lua_pushcclosure(L, LuaTest, 1);
  lua_setfield(L, -2, "test");
  lua_pushvalue(L, -4);  // the fixtures
  lua_setfield(L, -2, "fixtures");
  lua_pop(L, 2);
  std::string error;
  if (!sandbox.LoadText(text.str(), "@" + path, &error) || !sandbox.Call(0, 0, &error)) {
    result->errors.push_back({"", 0, "", "", error});
    tests.clear();
  }
  for (PackTest& test : tests) test.file = path;
  return tests;
}

}  // namespace tuanthu
