// The library functions whose work happens in C, where the instruction hook never fires,
// replaced by versions that charge their work to the sandbox (LuaSandbox::Charge) so that the
// instruction budget and the time limit hold inside them too:
//   string.find, match, gmatch, gsub   a Lua 5.4 pattern matcher that counts its steps
//   table.sort                         charged n·log2(n) comparisons up front
//   string.rep, table.concat, ...      charged by the length of what they return
// The semantics are those of the Lua 5.4 manual (§6.4.1 Patterns).
#pragma once

#include <lua.hpp>

namespace tuanthu {

// Replaces the functions above in the `string` and `table` tables of `L` (the string
// metatable's __index is the same table, so method calls use them too).
void InstallBoundedLibraries(lua_State* L);

}  // namespace tuanthu
