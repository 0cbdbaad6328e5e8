// Writing a draft as Lua: pack.lua (every rule preceded by the sentences it quotes, the
// left-over sentences at the end) and pack_test.lua (the deadline and threshold readings as tests
// on both sides of their edge, so that `tuanthu rules test` shows at once whether "trước ngày" or
// "> 98%" was read as the official meant).
#pragma once

#include <string>

#include "draft/drafter.h"

namespace tuanthu::draft {

std::string RenderPackLua(const DraftPack& pack);

// Empty when the draft has no dated obligation or share target to test.
std::string RenderPackTestLua(const DraftPack& pack);

// A Lua string literal.
std::string LuaString(const std::string& text);

}  // namespace tuanthu::draft
