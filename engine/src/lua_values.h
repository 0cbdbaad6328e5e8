// Conversions between Lua values and JSON, for pack parameters and the custom-rule API.
#pragma once

#include <lua.hpp>
#include <nlohmann/json.hpp>
#include <string>

namespace tuanthu {

// Converts the value at `index`. Tables with keys 1..n become arrays, other tables objects with
// string keys. Functions are refused unless `skip_functions` (then they are left out). Returns
// false with *error on a value that has no JSON form (or nesting deeper than 16).
bool LuaToJson(lua_State* L, int index, nlohmann::json* out, std::string* error,
               bool skip_functions);

// Pushes `value` as a Lua value (null becomes nil).
void PushJson(lua_State* L, const nlohmann::json& value);

}  // namespace tuanthu
