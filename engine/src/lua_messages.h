// Lua's own error texts (the parser's, the VM's, the string library's, SQLite's in ctx.query)
// said again in Vietnamese, so that a pack author reads one language. Unknown texts pass through.
#pragma once

#include <string>

#include "tuanthu/lang.h"

namespace tuanthu {

// `message` as Lua (or the sandbox) wrote it, e.g. "pack.lua:3: attempt to call a nil value
// (global 'x')"; in English returned as it is.
std::string LuaMessageIn(Lang lang, std::string message);

}  // namespace tuanthu
