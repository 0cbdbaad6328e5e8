// Conversions between Lua values and JSON, for pack parameters and the custom-rule API.
#pragma once

#include <lua.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "tuanthu/lang.h"

namespace tuanthu {

// Converts the value at `index`. Tables with keys 1..n become arrays, other tables objects with
// string keys. Functions are refused unless `skip_functions` (then they are left out). Returns
// false with *error, in `lang`, on a value that has no JSON form (or nesting deeper than 16).
bool LuaToJson(lua_State* L, int index, nlohmann::json* out, std::string* error,
               bool skip_functions, Lang lang = Lang::kEn);

// Pushes `value` as a Lua value (null becomes nil).
void PushJson(lua_State* L, const nlohmann::json& value);

}  // namespace tuanthu
