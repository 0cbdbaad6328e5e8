// Every function here may raise a Lua error (longjmp), so its frames hold only trivially
// destructible values: raw pointers, integers, the POD MatchState and luaL_Buffer.
#include "lua_bounded.h"

#include <cctype>
#include <cstddef>
#include <cstring>

#include "lua_sandbox.h"

namespace tuanthu {
namespace {

constexpr int kMaxCaptures = 32;  // LUA_MAXCAPTURES
constexpr ptrdiff_t kCaptureOpen = -1;
constexpr ptrdiff_t kCapturePosition = -2;
constexpr int kMaxDepth = 200;  // recursion of the matcher, as Lua's MAXCCALLS
constexpr int kStepsPerCharge = 256;
constexpr char kEscape = '%';

struct MatchState {
  lua_State* L;
  const char* subject;      // the whole subject
  const char* subject_end;  // one past its last byte
  const char* pattern_end;
  int depth;
  int level;  // captures opened so far
  int pending_steps;
  struct {
    const char* start;
    ptrdiff_t length;  // or kCaptureOpen / kCapturePosition
  } capture[kMaxCaptures];
};

int Byte(const char* p) { return static_cast<unsigned char>(*p); }

void Step(MatchState* ms) {
  if (++ms->pending_steps >= kStepsPerCharge) {
    const int steps = ms->pending_steps;
    ms->pending_steps = 0;
    LuaSandbox::Charge(ms->L, steps);
  }
}

void Prepare(MatchState* ms, lua_State* L, const char* s, size_t ls, const char* p, size_t lp) {
  ms->L = L;
  ms->subject = s;
  ms->subject_end = s + ls;
  ms->pattern_end = p + lp;
  ms->depth = 0;
  ms->level = 0;
  ms->pending_steps = 0;
}

void Restart(MatchState* ms) {
  ms->level = 0;
  ms->depth = 0;
}

bool MatchClass(int c, int class_letter) {
  bool result;
  switch (std::tolower(class_letter)) {
    case 'a':
      result = std::isalpha(c);
      break;
    case 'c':
      result = std::iscntrl(c);
      break;
    case 'd':
      result = std::isdigit(c);
      break;
    case 'g':
      result = std::isgraph(c);
      break;
    case 'l':
      result = std::islower(c);
      break;
    case 'p':
      result = std::ispunct(c);
      break;
    case 's':
      result = std::isspace(c);
      break;
    case 'u':
      result = std::isupper(c);
      break;
    case 'w':
      result = std::isalnum(c);
      break;
    case 'x':
      result = std::isxdigit(c);
      break;
    default:
      return class_letter == c;  // an escaped non-letter stands for itself
  }
  return std::isupper(class_letter) ? !result : result;
}

// The end (one past) of the single-character class starting at `p`.
const char* ClassEnd(MatchState* ms, const char* p) {
  const char c = *p++;
  if (c == kEscape) {
    if (p >= ms->pattern_end) luaL_error(ms->L, "malformed pattern (ends with '%%')");
    return p + 1;
  }
  if (c == '[') {
    if (p < ms->pattern_end && *p == '^') ++p;
    // The first character of a set is taken literally, so "[]]" is the set of ']'.
    do {
      if (p >= ms->pattern_end) luaL_error(ms->L, "malformed pattern (missing ']')");
      const char member = *p++;
      if (member == kEscape) {
        if (p >= ms->pattern_end) luaL_error(ms->L, "malformed pattern (missing ']')");
        ++p;
      }
    } while (p >= ms->pattern_end || *p != ']');
    return p + 1;
  }
  return p;
}

// `open` points at '[' and `close` at its ']'.
bool MatchSet(int c, const char* open, const char* close) {
  const char* p = open + 1;
  bool include = true;
  if (*p == '^') {
    include = false;
    ++p;
  }
  for (; p < close; ++p) {
    if (*p == kEscape) {
      ++p;
      if (MatchClass(c, Byte(p))) return include;
    } else if (p + 2 < close && p[1] == '-') {
      if (Byte(p) <= c && c <= Byte(p + 2)) return include;
      p += 2;
    } else if (Byte(p) == c) {
      return include;
    }
  }
  return !include;
}

bool SingleMatch(MatchState* ms, const char* s, const char* p, const char* class_end) {
  if (s >= ms->subject_end) return false;
  const int c = Byte(s);
  switch (*p) {
    case '.':
      return true;
    case kEscape:
      return MatchClass(c, Byte(p + 1));
    case '[':
      return MatchSet(c, p, class_end - 1);
    default:
      return Byte(p) == c;
  }
}

const char* Match(MatchState* ms, const char* s, const char* p);

const char* MatchBalance(MatchState* ms, const char* s, const char* p) {
  if (p + 1 >= ms->pattern_end) luaL_error(ms->L, "malformed pattern (missing arguments to '%%b')");
  if (s >= ms->subject_end || *s != *p) return nullptr;
  const char open = p[0], close = p[1];
  int depth = 1;
  while (++s < ms->subject_end) {
    Step(ms);
    if (*s == close) {
      if (--depth == 0) return s + 1;
    } else if (*s == open) {
      ++depth;
    }
  }
  return nullptr;
}

const char* MaxExpand(MatchState* ms, const char* s, const char* p, const char* class_end) {
  ptrdiff_t count = 0;
  while (SingleMatch(ms, s + count, p, class_end)) {
    Step(ms);
    ++count;
  }
  for (; count >= 0; --count) {  // the longest run first, then shorter ones
    if (const char* end = Match(ms, s + count, class_end + 1)) return end;
  }
  return nullptr;
}

const char* MinExpand(MatchState* ms, const char* s, const char* p, const char* class_end) {
  for (;;) {
    if (const char* end = Match(ms, s, class_end + 1)) return end;
    if (!SingleMatch(ms, s, p, class_end)) return nullptr;
    ++s;
  }
}

const char* StartCapture(MatchState* ms, const char* s, const char* p, ptrdiff_t what) {
  if (ms->level >= kMaxCaptures) luaL_error(ms->L, "too many captures");
  ms->capture[ms->level].start = s;
  ms->capture[ms->level].length = what;
  ++ms->level;
  const char* end = Match(ms, s, p);
  if (end == nullptr) --ms->level;
  return end;
}

const char* EndCapture(MatchState* ms, const char* s, const char* p) {
  int open = ms->level - 1;
  while (open >= 0 && ms->capture[open].length != kCaptureOpen) --open;
  if (open < 0) luaL_error(ms->L, "invalid pattern capture");
  ms->capture[open].length = s - ms->capture[open].start;
  const char* end = Match(ms, s, p);
  if (end == nullptr) ms->capture[open].length = kCaptureOpen;
  return end;
}

int CheckedCapture(MatchState* ms, int digit) {
  const int index = digit - '1';
  if (index < 0 || index >= ms->level || ms->capture[index].length == kCaptureOpen) {
    luaL_error(ms->L, "invalid capture index %%%d", index + 1);
  }
  return index;
}

const char* MatchBackReference(MatchState* ms, const char* s, int digit) {
  const int index = CheckedCapture(ms, digit);
  const size_t length = static_cast<size_t>(ms->capture[index].length);
  LuaSandbox::Charge(ms->L, static_cast<int64_t>(length / 64));
  if (static_cast<size_t>(ms->subject_end - s) >= length &&
      std::memcmp(ms->capture[index].start, s, length) == 0) {
    return s + length;
  }
  return nullptr;
}

// Matches `p` at `s`; returns the end of the match or nullptr.
const char* Match(MatchState* ms, const char* s, const char* p) {
  if (++ms->depth > kMaxDepth) luaL_error(ms->L, "pattern too complex");
  for (;;) {
    Step(ms);
    if (p == ms->pattern_end) break;
    bool plain = false;
    switch (*p) {
      case '(':
        if (p + 1 < ms->pattern_end && p[1] == ')') {
          s = StartCapture(ms, s, p + 2, kCapturePosition);
        } else {
          s = StartCapture(ms, s, p + 1, kCaptureOpen);
        }
        break;
      case ')':
        s = EndCapture(ms, s, p + 1);
        break;
      case '$':
        if (p + 1 == ms->pattern_end) {
          if (s != ms->subject_end) s = nullptr;
        } else {
          plain = true;
        }
        break;
      case kEscape:
        if (p + 1 < ms->pattern_end && p[1] == 'b') {
          s = MatchBalance(ms, s, p + 2);
          if (s != nullptr) {
            p += 4;
            continue;
          }
        } else if (p + 1 < ms->pattern_end && p[1] == 'f') {
          p += 2;
          if (p >= ms->pattern_end || *p != '[') {
            luaL_error(ms->L, "missing '[' after '%%f' in pattern");
          }
          const char* set_end = ClassEnd(ms, p);
          const int previous = s == ms->subject ? 0 : Byte(s - 1);
          const int current = s < ms->subject_end ? Byte(s) : 0;
          if (!MatchSet(previous, p, set_end - 1) && MatchSet(current, p, set_end - 1)) {
            p = set_end;
            continue;
          }
          s = nullptr;
        } else if (p + 1 < ms->pattern_end && std::isdigit(Byte(p + 1))) {
          s = MatchBackReference(ms, s, Byte(p + 1));
          if (s != nullptr) {
            p += 2;
            continue;
          }
        } else {
          plain = true;
        }
        break;
      default:
        plain = true;
    }
    if (!plain) break;
    const char* class_end = ClassEnd(ms, p);
    const char suffix = class_end < ms->pattern_end ? *class_end : '\0';
    if (!SingleMatch(ms, s, p, class_end)) {
      if (suffix == '*' || suffix == '?' || suffix == '-') {  // zero repetitions are fine
        p = class_end + 1;
        continue;
      }
      s = nullptr;
      break;
    }
    if (suffix == '?') {
      if (const char* end = Match(ms, s + 1, class_end + 1)) {
        s = end;
        break;
      }
      p = class_end + 1;
      continue;
    }
    if (suffix == '+') {
      s = MaxExpand(ms, s + 1, p, class_end);
      break;
    }
    if (suffix == '*') {
      s = MaxExpand(ms, s, p, class_end);
      break;
    }
    if (suffix == '-') {
      s = MinExpand(ms, s, p, class_end);
      break;
    }
    ++s;
    p = class_end;
  }
  --ms->depth;
  return s;
}

void PushCapture(MatchState* ms, int index, const char* s, const char* e) {
  if (index >= ms->level) {
    if (index != 0) luaL_error(ms->L, "invalid capture index %%%d", index + 1);
    lua_pushlstring(ms->L, s, static_cast<size_t>(e - s));  // the whole match
    return;
  }
  const ptrdiff_t length = ms->capture[index].length;
  if (length == kCaptureOpen) luaL_error(ms->L, "unfinished capture");
  if (length == kCapturePosition) {
    lua_pushinteger(ms->L, ms->capture[index].start - ms->subject + 1);
  } else {
    lua_pushlstring(ms->L, ms->capture[index].start, static_cast<size_t>(length));
  }
}

// Pushes the captures (or the whole match when the pattern has none and `s` is set).
int PushCaptures(MatchState* ms, const char* s, const char* e) {
  const int count = (ms->level == 0 && s != nullptr) ? 1 : ms->level;
  luaL_checkstack(ms->L, count, "too many captures");
  for (int i = 0; i < count; ++i) PushCapture(ms, i, s, e);
  return count;
}

// Lua's string.find/match initial position: 1-based, negative from the end.
size_t StartIndex(lua_Integer position, size_t length) {
  if (position > 0) return static_cast<size_t>(position);
  if (position == 0) return 1;
  if (position < -static_cast<lua_Integer>(length)) return 1;
  return length + static_cast<size_t>(position) + 1;
}

bool HasSpecials(const char* p, size_t length) {
  for (size_t i = 0; i < length; ++i) {
    if (p[i] != '\0' && std::strchr("^$*+?.([%-", p[i]) != nullptr) return true;
  }
  return false;
}

// A plain substring search, charged for each candidate it compares.
const char* PlainFind(lua_State* L, const char* s, size_t ls, const char* p, size_t lp) {
  if (lp == 0) return s;
  if (lp > ls) return nullptr;
  const char* const last = s + (ls - lp);  // the last place a match can start
  const char* at = s;
  while (at <= last) {
    const void* hit = std::memchr(at, p[0], static_cast<size_t>(last - at) + 1);
    if (hit == nullptr) return nullptr;
    at = static_cast<const char*>(hit);
    LuaSandbox::Charge(L, 1 + static_cast<int64_t>(lp / 64));
    if (std::memcmp(at + 1, p + 1, lp - 1) == 0) return at;
    ++at;
  }
  return nullptr;
}

int FindOrMatch(lua_State* L, bool find) {
  size_t ls = 0, lp = 0;
  const char* s = luaL_checklstring(L, 1, &ls);
  const char* p = luaL_checklstring(L, 2, &lp);
  const size_t init = StartIndex(luaL_optinteger(L, 3, 1), ls) - 1;
  if (init > ls) {
    luaL_pushfail(L);
    return 1;
  }
  if (find && (lua_toboolean(L, 4) || !HasSpecials(p, lp))) {
    if (const char* at = PlainFind(L, s + init, ls - init, p, lp)) {
      lua_pushinteger(L, at - s + 1);
      lua_pushinteger(L, static_cast<lua_Integer>(at - s + static_cast<ptrdiff_t>(lp)));
      return 2;
    }
    luaL_pushfail(L);
    return 1;
  }
  const bool anchored = lp > 0 && *p == '^';
  if (anchored) {
    ++p;
    --lp;
  }
  MatchState ms;
  Prepare(&ms, L, s, ls, p, lp);
  const char* start = s + init;
  for (;;) {
    Restart(&ms);
    if (const char* end = Match(&ms, start, p)) {
      if (find) {
        lua_pushinteger(L, start - s + 1);
        lua_pushinteger(L, end - s);
        return PushCaptures(&ms, nullptr, nullptr) + 2;
      }
      return PushCaptures(&ms, start, end);
    }
    if (anchored || start >= ms.subject_end) break;
    ++start;
  }
  luaL_pushfail(L);
  return 1;
}

int Find(lua_State* L) { return FindOrMatch(L, true); }
int MatchFunction(lua_State* L) { return FindOrMatch(L, false); }

struct GmatchState {
  const char* next;  // where the next search starts
  const char* pattern;
  const char* last_match;  // end of the previous match: an empty match may not end there again
  MatchState ms;
};

int GmatchNext(lua_State* L) {
  auto* gm = static_cast<GmatchState*>(lua_touserdata(L, lua_upvalueindex(3)));
  gm->ms.L = L;
  for (const char* start = gm->next; start <= gm->ms.subject_end; ++start) {
    Restart(&gm->ms);
    const char* end = Match(&gm->ms, start, gm->pattern);
    if (end != nullptr && end != gm->last_match) {
      gm->next = gm->last_match = end;
      return PushCaptures(&gm->ms, start, end);
    }
  }
  return 0;
}

int Gmatch(lua_State* L) {
  size_t ls = 0, lp = 0;
  const char* s = luaL_checklstring(L, 1, &ls);
  const char* p = luaL_checklstring(L, 2, &lp);
  size_t init = StartIndex(luaL_optinteger(L, 3, 1), ls) - 1;
  if (init > ls) init = ls + 1;  // past the end: no match
  lua_settop(L, 2);              // the subject and the pattern stay alive as upvalues
  auto* gm = static_cast<GmatchState*>(lua_newuserdatauv(L, sizeof(GmatchState), 0));
  Prepare(&gm->ms, L, s, ls, p, lp);
  gm->next = s + init;
  gm->pattern = p;
  gm->last_match = nullptr;
  lua_pushcclosure(L, GmatchNext, 3);
  return 1;
}

void AppendReplacementText(MatchState* ms, luaL_Buffer* b, const char* s, const char* e) {
  lua_State* L = ms->L;
  size_t length = 0;
  const char* text = lua_tolstring(L, 3, &length);
  const char* const text_end = text + length;
  while (text < text_end) {
    const char* escape =
        static_cast<const char*>(std::memchr(text, kEscape, static_cast<size_t>(text_end - text)));
    if (escape == nullptr) break;
    luaL_addlstring(b, text, static_cast<size_t>(escape - text));
    const char* code = escape + 1;
    if (code >= text_end) {
      luaL_error(L, "invalid use of '%c' in replacement string", kEscape);
    } else if (*code == kEscape) {
      luaL_addchar(b, kEscape);
    } else if (*code == '0') {
      luaL_addlstring(b, s, static_cast<size_t>(e - s));
    } else if (std::isdigit(Byte(code))) {
      PushCapture(ms, *code - '1', s, e);
      luaL_tolstring(L, -1, nullptr);  // a position capture becomes its number's text
      lua_remove(L, -2);
      luaL_addvalue(b);
    } else {
      luaL_error(L, "invalid use of '%c' in replacement string", kEscape);
    }
    text = code + 1;
  }
  luaL_addlstring(b, text, static_cast<size_t>(text_end - text));
}

// Appends the replacement of the match s..e; returns whether the text changed.
bool AppendReplacement(MatchState* ms, luaL_Buffer* b, const char* s, const char* e,
                       int replacement_type) {
  lua_State* L = ms->L;
  if (replacement_type == LUA_TFUNCTION) {
    lua_pushvalue(L, 3);
    const int count = PushCaptures(ms, s, e);
    lua_call(L, count, 1);
  } else if (replacement_type == LUA_TTABLE) {
    PushCapture(ms, 0, s, e);
    lua_gettable(L, 3);
  } else {
    AppendReplacementText(ms, b, s, e);
    return true;
  }
  if (!lua_toboolean(L, -1)) {  // nil or false: keep the original text
    lua_pop(L, 1);
    luaL_addlstring(b, s, static_cast<size_t>(e - s));
    return false;
  }
  if (!lua_isstring(L, -1)) {
    luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
  }
  luaL_addvalue(b);
  return true;
}

int Gsub(lua_State* L) {
  size_t ls = 0, lp = 0;
  const char* s = luaL_checklstring(L, 1, &ls);
  const char* p = luaL_checklstring(L, 2, &lp);
  const int replacement_type = lua_type(L, 3);
  const lua_Integer max_replacements = luaL_optinteger(L, 4, static_cast<lua_Integer>(ls) + 1);
  luaL_argexpected(L,
                   replacement_type == LUA_TNUMBER || replacement_type == LUA_TSTRING ||
                       replacement_type == LUA_TFUNCTION || replacement_type == LUA_TTABLE,
                   3, "string/function/table");
  const bool anchored = lp > 0 && *p == '^';
  if (anchored) {
    ++p;
    --lp;
  }
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  MatchState ms;
  Prepare(&ms, L, s, ls, p, lp);
  const char* source = s;
  const char* last_match = nullptr;
  lua_Integer replaced = 0;
  bool changed = false;
  while (replaced < max_replacements) {
    Restart(&ms);
    const char* end = Match(&ms, source, p);
    if (end != nullptr && end != last_match) {
      ++replaced;
      changed = AppendReplacement(&ms, &b, source, end, replacement_type) || changed;
      source = last_match = end;
    } else if (source < ms.subject_end) {
      luaL_addchar(&b, *source++);
    } else {
      break;
    }
    if (anchored) break;
  }
  if (!changed) {
    lua_pushvalue(L, 1);
  } else {
    luaL_addlstring(&b, source, static_cast<size_t>(ms.subject_end - source));
    luaL_pushresult(&b);
  }
  lua_pushinteger(L, replaced);
  return 2;
}

// table.sort: the comparisons of a sort without a Lua comparator happen in C; they are
// charged up front (n·log2 n). A Lua comparator's own instructions are counted by the hook.
int Sort(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  const lua_Integer n = luaL_len(L, 1);
  if (n > 1) {
    int64_t log2 = 1;
    while ((lua_Integer{1} << log2) < n && log2 < 62) ++log2;
    LuaSandbox::Charge(L, static_cast<int64_t>(n) * log2);
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 0);
  return 0;
}

// Calls the original function (upvalue 1) and charges the length of the string it returns.
int ChargedByResult(lua_State* L) {
  const int nargs = lua_gettop(L);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, nargs, LUA_MULTRET);
  if (lua_gettop(L) > 0 && lua_type(L, 1) == LUA_TSTRING) {
    LuaSandbox::Charge(L, static_cast<int64_t>(lua_rawlen(L, 1) / 64));
  }
  return lua_gettop(L);
}

void WrapByResult(lua_State* L, const char* name) {
  lua_getfield(L, -1, name);
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    return;
  }
  lua_pushcclosure(L, ChargedByResult, 1);
  lua_setfield(L, -2, name);
}

}  // namespace

void InstallBoundedLibraries(lua_State* L) {
  lua_getglobal(L, "string");
  lua_pushcfunction(L, Find);
  lua_setfield(L, -2, "find");
  lua_pushcfunction(L, MatchFunction);
  lua_setfield(L, -2, "match");
  lua_pushcfunction(L, Gmatch);
  lua_setfield(L, -2, "gmatch");
  lua_pushcfunction(L, Gsub);
  lua_setfield(L, -2, "gsub");
  for (const char* name : {"rep", "reverse", "upper", "lower", "format", "char", "pack"}) {
    WrapByResult(L, name);
  }
  lua_pop(L, 1);
  lua_getglobal(L, "table");
  lua_getfield(L, -1, "sort");
  lua_pushcclosure(L, Sort, 1);
  lua_setfield(L, -2, "sort");
  WrapByResult(L, "concat");
  lua_pop(L, 1);
  lua_getglobal(L, "utf8");
  WrapByResult(L, "char");
  lua_pop(L, 1);
}

}  // namespace tuanthu
