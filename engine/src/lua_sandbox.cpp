#include "lua_sandbox.h"

#include <cstdlib>
#include <stdexcept>

namespace tuanthu {
namespace {

constexpr int kHookStep = 1000;
// A ceiling no state may pass even outside a call (loading libraries, building proxies).
constexpr size_t kHardCeiling = size_t{1} << 30;

constexpr const char* kBaseFunctions[] = {"assert", "error",    "ipairs",   "next",     "pairs",
                                          "pcall",  "select",   "tonumber", "tostring", "type",
                                          "xpcall", "rawequal", "rawlen",   "rawget"};

constexpr const char* kLibraries[] = {"string", "table", "math", "utf8"};

int RefuseGlobalWrite(lua_State* L) {
  const char* name = lua_tostring(L, 2);
  return luaL_error(L,
                    "global writes are not allowed in a rule pack (tried to set '%s'); use local",
                    name ? name : "?");
}

int RefuseLibraryWrite(lua_State* L) {
  return luaL_error(L, "library tables are read-only in a rule pack");
}

// Builds a read-only proxy of the table at `index`.
void PushReadOnlyProxy(lua_State* L, int index) {
  index = lua_absindex(L, index);
  lua_newtable(L);  // proxy
  lua_newtable(L);  // metatable
  lua_pushvalue(L, index);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, RefuseLibraryWrite);
  lua_setfield(L, -2, "__newindex");
  lua_pushliteral(L, "locked");
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
}

}  // namespace

void* LuaSandbox::Allocate(void* ud, void* ptr, size_t old_size, size_t new_size) {
  auto* self = static_cast<LuaSandbox*>(ud);
  const size_t old_bytes = ptr ? old_size : 0;
  if (new_size == 0) {
    std::free(ptr);
    self->used_ -= old_bytes;
    return nullptr;
  }
  if (new_size > old_bytes) {
    const size_t grown = self->used_ + (new_size - old_bytes);
    if (grown > kHardCeiling || (self->cap_ != 0 && grown > self->cap_)) {
      self->memory_exceeded_ = true;
      return nullptr;
    }
  }
  void* block = std::realloc(ptr, new_size);
  if (block == nullptr) return nullptr;
  self->used_ = self->used_ - old_bytes + new_size;
  return block;
}

void LuaSandbox::Hook(lua_State* L, lua_Debug*) {
  void* ud = nullptr;
  lua_getallocf(L, &ud);
  auto* self = static_cast<LuaSandbox*>(ud);
  self->executed_ += kHookStep;
  if (self->executed_ > self->limits_.instructions) {
    // Stays armed: every later step raises again, so a script's pcall cannot swallow it.
    self->budget_exceeded_ = true;
    lua_sethook(L, &LuaSandbox::Hook, LUA_MASKCOUNT, 1);
    luaL_error(L, "instruction budget of %I exceeded",
               static_cast<lua_Integer>(self->limits_.instructions));
  }
}

LuaSandbox::LuaSandbox(SandboxLimits limits) : limits_(limits) {
  L_ = lua_newstate(&LuaSandbox::Allocate, this);
  if (L_ == nullptr) throw std::runtime_error("cannot create a Lua state");
  luaL_requiref(L_, "_G", luaopen_base, 1);
  luaL_requiref(L_, "string", luaopen_string, 1);
  luaL_requiref(L_, "table", luaopen_table, 1);
  luaL_requiref(L_, "math", luaopen_math, 1);
  luaL_requiref(L_, "utf8", luaopen_utf8, 1);
  lua_settop(L_, 0);

  // Lock the string metatable so getmetatable("") cannot reach the real string library.
  lua_pushliteral(L_, "");
  if (lua_getmetatable(L_, -1)) {
    lua_pushliteral(L_, "locked");
    lua_setfield(L_, -2, "__metatable");
    lua_getfield(L_, -1, "__index");
    lua_pushnil(L_);
    lua_setfield(L_, -2, "dump");
    lua_pop(L_, 2);
  }
  lua_pop(L_, 1);
  lua_getglobal(L_, "math");
  lua_pushnil(L_);
  lua_setfield(L_, -2, "random");
  lua_pushnil(L_);
  lua_setfield(L_, -2, "randomseed");
  lua_pop(L_, 1);

  // The safe globals every environment reads through.
  lua_newtable(L_);
  for (const char* name : kBaseFunctions) {
    lua_getglobal(L_, name);
    lua_setfield(L_, -2, name);
  }
  for (const char* name : kLibraries) {
    lua_getglobal(L_, name);
    lua_setfield(L_, -2, name);
  }
  lua_pushliteral(L_, LUA_VERSION);
  lua_setfield(L_, -2, "_VERSION");
  safe_globals_ref_ = luaL_ref(L_, LUA_REGISTRYINDEX);

  // Nothing outside the safe table stays reachable: the real globals are emptied.
  lua_pushglobaltable(L_);
  lua_pushnil(L_);
  while (lua_next(L_, -2)) {
    lua_pop(L_, 1);
    lua_pushvalue(L_, -1);
    lua_pushnil(L_);
    lua_rawset(L_, -4);
  }
  lua_pop(L_, 1);
  lua_sethook(L_, &LuaSandbox::Hook, LUA_MASKCOUNT, kHookStep);
}

LuaSandbox::~LuaSandbox() {
  if (L_ != nullptr) lua_close(L_);
}

void LuaSandbox::PushNewEnvironment() {
  lua_checkstack(L_, 8);
  lua_newtable(L_);  // env
  lua_newtable(L_);  // readable globals with fresh library proxies
  lua_rawgeti(L_, LUA_REGISTRYINDEX, safe_globals_ref_);
  lua_pushnil(L_);
  while (lua_next(L_, -2)) {
    lua_pushvalue(L_, -2);  // key
    if (lua_istable(L_, -2)) {
      PushReadOnlyProxy(L_, -2);
    } else {
      lua_pushvalue(L_, -2);
    }
    lua_rawset(L_, -6);  // env, readable, safe, key, value, key, copy
    lua_pop(L_, 1);
  }
  lua_pop(L_, 1);    // safe globals
  lua_newtable(L_);  // env metatable
  lua_pushvalue(L_, -2);
  lua_setfield(L_, -2, "__index");
  lua_pushcfunction(L_, RefuseGlobalWrite);
  lua_setfield(L_, -2, "__newindex");
  lua_pushliteral(L_, "locked");
  lua_setfield(L_, -2, "__metatable");
  lua_setmetatable(L_, -3);
  lua_pop(L_, 1);  // readable globals (kept alive through the metatable)
}

bool LuaSandbox::LoadText(std::string_view source, const std::string& chunk_name,
                          std::string* error) {
  if (!source.empty() && source[0] == LUA_SIGNATURE[0]) {
    lua_pop(L_, 1);
    *error = chunk_name.substr(chunk_name[0] == '@' ? 1 : 0) +
             ": precompiled bytecode is not allowed in a rule pack";
    return false;
  }
  const int status = luaL_loadbufferx(L_, source.data(), source.size(), chunk_name.c_str(), "t");
  if (status != LUA_OK) {
    *error = lua_tostring(L_, -1) ? lua_tostring(L_, -1) : "cannot load chunk";
    lua_pop(L_, 2);  // message and environment
    return false;
  }
  lua_insert(L_, -2);  // function, env
  if (lua_setupvalue(L_, -2, 1) == nullptr) lua_pop(L_, 1);
  return true;
}

bool LuaSandbox::Call(int nargs, int nresults, std::string* error) {
  executed_ = 0;
  budget_exceeded_ = false;
  memory_exceeded_ = false;
  lua_sethook(L_, &LuaSandbox::Hook, LUA_MASKCOUNT, kHookStep);
  const size_t saved_cap = cap_;
  cap_ = used_ + limits_.memory_bytes;
  const int base = lua_gettop(L_) - nargs;  // index of the function
  lua_pushcfunction(L_, [](lua_State* S) -> int {
    const char* message = lua_tostring(S, 1);
    luaL_traceback(S, S, message ? message : "error object is not a string", 1);
    return 1;
  });
  lua_insert(L_, base);
  const int status = lua_pcall(L_, nargs, nresults, base);
  cap_ = saved_cap;
  if (status == LUA_OK && !budget_exceeded_ && !memory_exceeded_) {
    lua_remove(L_, base);
    return true;
  }
  if (budget_exceeded_) {
    *error = "instruction budget of " + std::to_string(limits_.instructions) +
             " exceeded (endless loop?)";
  } else if (memory_exceeded_) {
    *error = "memory cap of " + std::to_string(limits_.memory_bytes >> 20) +
             " MiB exceeded (endless allocation?)";
  } else {
    const char* message = lua_tostring(L_, -1);
    std::string text = message ? message : "unknown Lua error";
    // Keep the first line: the message with its file and line; the traceback is noise here.
    const size_t newline = text.find("\nstack traceback:");
    *error = newline == std::string::npos ? text : text.substr(0, newline);
  }
  lua_settop(L_, base - 1);
  executed_ = 0;
  return false;
}

}  // namespace tuanthu
