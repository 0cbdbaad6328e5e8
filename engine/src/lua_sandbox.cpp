#include "lua_sandbox.h"

#include <cstdlib>
#include <new>
#include <stdexcept>

#include "lua_bounded.h"
#include "lua_messages.h"

namespace tuanthu {
namespace {

// The hook runs every kHookStep instructions. One instruction can cost up to a pass over a
// string as large as the memory cap (a comparison, a concatenation), so the step is small enough
// that the time limit is noticed within a fraction of a second of passing.
constexpr int kHookStep = 100;
// How much work (instructions or charged C steps) and allocation pass between clock readings.
constexpr int64_t kClockStep = 10000;
constexpr size_t kClockBytes = size_t{1} << 20;
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

std::string TimeText(int64_t ms) {
  if (ms % 1000 == 0) return std::to_string(ms / 1000) + " s";
  return std::to_string(ms) + " ms";
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
    if (grown > kHardCeiling || (self->cap_ != 0 && grown + self->external_ > self->cap_)) {
      self->memory_exceeded_ = true;
      return nullptr;
    }
    // Building strings near the cap over and over executes few instructions: the clock is
    // also read every MiB allocated, and once the time is up nothing more is allocated.
    if (self->in_call_) {
      self->allocated_since_clock_check_ += new_size - old_bytes;
      if (self->allocated_since_clock_check_ >= kClockBytes) {
        self->allocated_since_clock_check_ = 0;
        self->OutOfTime();
      }
      if (self->time_exceeded_) return nullptr;
    }
  }
  void* block = std::realloc(ptr, new_size);
  if (block == nullptr) return nullptr;
  self->used_ = self->used_ - old_bytes + new_size;
  return block;
}

LuaSandbox* LuaSandbox::From(lua_State* L) {
  void* ud = nullptr;
  lua_getallocf(L, &ud);
  return static_cast<LuaSandbox*>(ud);
}

bool LuaSandbox::OutOfTime() {
  if (!in_call_ || time_exceeded_) return time_exceeded_;
  if (std::chrono::steady_clock::now() > deadline_) time_exceeded_ = true;
  return time_exceeded_;
}

void LuaSandbox::Raise(lua_State* L) {
  // Stays armed: every later instruction raises again, so a script's pcall cannot swallow it.
  lua_sethook(L, &LuaSandbox::Hook, LUA_MASKCOUNT, 1);
  if (time_exceeded_) {
    luaL_error(L, "time limit of %I ms exceeded", static_cast<lua_Integer>(limits_.time_limit_ms));
  }
  luaL_error(L, "instruction budget of %I exceeded",
             static_cast<lua_Integer>(limits_.instructions));
  std::abort();  // luaL_error does not return
}

void LuaSandbox::Hook(lua_State* L, lua_Debug*) {
  LuaSandbox* self = From(L);
  if (!self->in_call_) return;
  self->executed_ += kHookStep;
  if (self->executed_ > self->limits_.instructions) self->budget_exceeded_ = true;
  if (self->budget_exceeded_ || self->time_exceeded_ || self->OutOfTime()) self->Raise(L);
}

void LuaSandbox::Charge(lua_State* L, int64_t steps) {
  LuaSandbox* self = From(L);
  if (!self->in_call_) return;
  self->executed_ += steps;
  if (self->executed_ > self->limits_.instructions) self->budget_exceeded_ = true;
  if (self->executed_ >= self->next_clock_check_) {
    self->next_clock_check_ = self->executed_ + kClockStep;
    self->OutOfTime();
  }
  if (self->budget_exceeded_ || self->time_exceeded_) self->Raise(L);
}

bool LuaSandbox::ChargeMemory(size_t bytes) {
  external_ += bytes;
  if (cap_ != 0 && used_ + external_ > cap_) memory_exceeded_ = true;
  return !memory_exceeded_;
}

LuaSandbox::LuaSandbox(SandboxLimits limits) : limits_(limits) {
  L_ = lua_newstate(&LuaSandbox::Allocate, this);
  if (L_ == nullptr) throw std::bad_alloc();  // lua_newstate fails only for want of memory
  luaL_requiref(L_, "_G", luaopen_base, 1);
  luaL_requiref(L_, "string", luaopen_string, 1);
  luaL_requiref(L_, "table", luaopen_table, 1);
  luaL_requiref(L_, "math", luaopen_math, 1);
  luaL_requiref(L_, "utf8", luaopen_utf8, 1);
  lua_settop(L_, 0);
  InstallBoundedLibraries(L_);

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
    *error = LuaMessageIn(lang_, chunk_name.substr(chunk_name[0] == '@' ? 1 : 0) +
                                     ": precompiled bytecode is not allowed in a rule pack");
    return false;
  }
  const int status = luaL_loadbufferx(L_, source.data(), source.size(), chunk_name.c_str(), "t");
  if (status != LUA_OK) {
    *error = LuaMessageIn(lang_, lua_tostring(L_, -1) ? lua_tostring(L_, -1) : "cannot load chunk");
    lua_pop(L_, 2);  // message and environment
    return false;
  }
  lua_insert(L_, -2);  // function, env
  if (lua_setupvalue(L_, -2, 1) == nullptr) lua_pop(L_, 1);
  return true;
}

bool LuaSandbox::Call(int nargs, int nresults, std::string* error) {
  executed_ = 0;
  next_clock_check_ = kClockStep;
  allocated_since_clock_check_ = 0;
  external_ = 0;
  budget_exceeded_ = false;
  memory_exceeded_ = false;
  time_exceeded_ = false;
  const bool outer = !in_call_;
  if (outer) {
    deadline_ = std::chrono::steady_clock::now() + std::chrono::milliseconds(limits_.time_limit_ms);
  }
  in_call_ = true;
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
  in_call_ = !outer;
  lua_sethook(L_, &LuaSandbox::Hook, LUA_MASKCOUNT, kHookStep);
  if (status == LUA_OK && !budget_exceeded_ && !memory_exceeded_ && !time_exceeded_) {
    external_ = 0;
    lua_remove(L_, base);
    return true;
  }
  external_ = 0;
  if (time_exceeded_) {
    *error = Format(Tr(lang_,
                       "vượt giới hạn thời gian {0} (mẫu so khớp quay lui quá nhiều, hay vòng lặp "
                       "vô tận?)",
                       "time limit of {0} exceeded (a pattern that backtracks, or an endless "
                       "loop?)"),
                    {TimeText(limits_.time_limit_ms)});
  } else if (budget_exceeded_) {
    *error = Format(Tr(lang_, "vượt ngân sách {0} lệnh (vòng lặp vô tận?)",
                       "instruction budget of {0} exceeded (endless loop?)"),
                    {std::to_string(limits_.instructions)});
  } else if (memory_exceeded_) {
    *error = Format(Tr(lang_, "vượt giới hạn bộ nhớ {0} MiB (cấp phát vô tận?)",
                       "memory cap of {0} MiB exceeded (endless allocation?)"),
                    {std::to_string(limits_.memory_bytes >> 20)});
  } else {
    const char* message = lua_tostring(L_, -1);
    std::string text = message ? message : "unknown Lua error";
    // Keep the first line: the message with its file and line; the traceback is noise here.
    const size_t newline = text.find("\nstack traceback:");
    *error = LuaMessageIn(lang_, newline == std::string::npos ? text : text.substr(0, newline));
  }
  lua_settop(L_, base - 1);
  executed_ = 0;
  return false;
}

}  // namespace tuanthu
