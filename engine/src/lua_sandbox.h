// A sandboxed Lua 5.4 state for untrusted rule packs: only base (without load, dofile,
// loadfile, rawset, metatables, collectgarbage, print), string (without dump), table, math
// (without random) and utf8; text chunks only; per-call instruction budget, time limit and memory
// cap that a script's own pcall cannot defeat, holding inside C library functions too (see
// lua_bounded.h); a fresh, write-protected environment per pack.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <lua.hpp>
#include <string>
#include <string_view>

#include "tuanthu/engine.h"

namespace tuanthu {

class LuaSandbox {
 public:
  explicit LuaSandbox(SandboxLimits limits = {});
  ~LuaSandbox();
  LuaSandbox(const LuaSandbox&) = delete;
  LuaSandbox& operator=(const LuaSandbox&) = delete;

  lua_State* L() const { return L_; }
  const SandboxLimits& limits() const { return limits_; }

  // Pushes a new environment table: reads fall through to the safe globals (fresh read-only
  // proxies of the libraries), writes of new globals raise an error.
  void PushNewEnvironment();

  // Loads `source` as text (bytecode is refused) with `chunk_name` (e.g. "@rules/vn/pack.lua"),
  // sets the table on top of the stack as its _ENV (popping it) and leaves the function on the
  // stack. Returns false and sets *error on a syntax error.
  bool LoadText(std::string_view source, const std::string& chunk_name, std::string* error);

  // Calls the function below `nargs` arguments on the stack under the budget and the cap.
  // Leaves `nresults` results on success. On failure returns false, pops everything it pushed
  // and sets *error (with file and line where Lua knows them, and a clear reason when the budget
  // or the cap was exceeded).
  bool Call(int nargs, int nresults, std::string* error);

  size_t memory_in_use() const { return used_; }
  // The language of the messages Call gives when a limit is passed. Default: English.
  void set_lang(Lang lang) { lang_ = lang; }
  Lang lang() const { return lang_; }

  // Charges `steps` units of work done in C to the call in progress (as instructions) and
  // checks the time limit; raises a Lua error (that stays raised) when either is exceeded.
  // For C functions called from Lua only: it may not return.
  static void Charge(lua_State* L, int64_t steps);
  // Counts `bytes` held on the C++ side for the call in progress (findings a rule made) against
  // the memory cap. False when the cap is exceeded; the call then fails with the cap's message.
  bool ChargeMemory(size_t bytes);
  // True once the call in progress has passed its time limit (reads the clock).
  bool OutOfTime();

 private:
  static void* Allocate(void* ud, void* ptr, size_t old_size, size_t new_size);
  static void Hook(lua_State* L, lua_Debug* ar);
  static LuaSandbox* From(lua_State* L);
  [[noreturn]] void Raise(lua_State* L);

  lua_State* L_ = nullptr;
  SandboxLimits limits_;
  size_t used_ = 0;
  size_t cap_ = 0;       // 0: no call in progress, no cap beyond the allocator's hard ceiling
  size_t external_ = 0;  // bytes held in C++ for the call in progress
  int64_t executed_ = 0;
  int64_t next_clock_check_ = 0;
  size_t allocated_since_clock_check_ = 0;
  bool in_call_ = false;
  std::chrono::steady_clock::time_point deadline_;
  bool budget_exceeded_ = false;
  bool memory_exceeded_ = false;
  bool time_exceeded_ = false;
  int safe_globals_ref_ = LUA_NOREF;
  Lang lang_ = Lang::kEn;
};

// Restores the Lua stack top on scope exit (snort3's Lua::ManageStack).
class StackGuard {
 public:
  explicit StackGuard(lua_State* L) : L_(L), top_(lua_gettop(L)) {}
  ~StackGuard() { lua_settop(L_, top_); }
  StackGuard(const StackGuard&) = delete;
  StackGuard& operator=(const StackGuard&) = delete;

 private:
  lua_State* L_;
  int top_;
};

}  // namespace tuanthu
