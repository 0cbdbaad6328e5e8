#include "lua_values.h"

#include <cmath>

namespace tuanthu {
namespace {

bool Convert(lua_State* L, int index, nlohmann::json* out, std::string* error, bool skip_functions,
             int depth, Lang lang) {
  if (depth > 16) {
    *error = Tr(lang, "các bảng lồng nhau quá sâu (tối đa 16 tầng)", "tables nested too deeply");
    return false;
  }
  index = lua_absindex(L, index);
  switch (lua_type(L, index)) {
    case LUA_TNIL:
      *out = nullptr;
      return true;
    case LUA_TBOOLEAN:
      *out = static_cast<bool>(lua_toboolean(L, index));
      return true;
    case LUA_TNUMBER:
      if (lua_isinteger(L, index)) {
        *out = static_cast<int64_t>(lua_tointeger(L, index));
      } else {
        const double value = lua_tonumber(L, index);
        if (!std::isfinite(value)) {
          *error = Tr(lang, "các số phải hữu hạn", "numbers must be finite");
          return false;
        }
        *out = value;
      }
      return true;
    case LUA_TSTRING: {
      size_t length = 0;
      const char* text = lua_tolstring(L, index, &length);
      *out = std::string(text, length);
      return true;
    }
    case LUA_TTABLE: {
      if (!lua_checkstack(L, 4)) {
        *error = Tr(lang, "hết ngăn xếp Lua", "Lua stack exhausted");
        return false;
      }
      const lua_Integer length = static_cast<lua_Integer>(lua_rawlen(L, index));
      lua_Integer count = 0;
      lua_pushnil(L);
      while (lua_next(L, index)) {
        ++count;
        lua_pop(L, 1);
      }
      if (count > 0 && count == length) {
        *out = nlohmann::json::array();
        for (lua_Integer i = 1; i <= length; ++i) {
          lua_rawgeti(L, index, i);
          nlohmann::json item;
          const bool ok = Convert(L, -1, &item, error, skip_functions, depth + 1, lang);
          lua_pop(L, 1);
          if (!ok) return false;
          out->push_back(std::move(item));
        }
        return true;
      }
      *out = count == 0 ? nlohmann::json::array() : nlohmann::json::object();
      if (count == 0) return true;
      lua_pushnil(L);
      while (lua_next(L, index)) {
        if (lua_type(L, -2) != LUA_TSTRING) {
          lua_pop(L, 2);
          *error = Tr(lang, "khóa của bảng phải là tên (hoặc bảng là một danh sách 1..n)",
                      "table keys must be names (or the table a list 1..n)");
          return false;
        }
        const std::string key = lua_tostring(L, -2);
        if (lua_isfunction(L, -1) && skip_functions) {
          lua_pop(L, 1);
          continue;
        }
        nlohmann::json item;
        if (!Convert(L, -1, &item, error, skip_functions, depth + 1, lang)) {
          lua_pop(L, 2);
          if (error->find("'") == std::string::npos)
            *error = Format(Tr(lang, "trường '{0}': {1}", "field '{0}': {1}"), {key, *error});
          return false;
        }
        (*out)[key] = std::move(item);
        lua_pop(L, 1);
      }
      return true;
    }
    default:
      *error =
          Format(Tr(lang, "giá trị kiểu {0} không dùng được ở đây", "a {0} cannot be a value here"),
                 {luaL_typename(L, index)});
      return false;
  }
}

}  // namespace

bool LuaToJson(lua_State* L, int index, nlohmann::json* out, std::string* error,
               bool skip_functions, Lang lang) {
  return Convert(L, index, out, error, skip_functions, 0, lang);
}

void PushJson(lua_State* L, const nlohmann::json& value) {
  luaL_checkstack(L, 3, "pushing a value");
  switch (value.type()) {
    case nlohmann::json::value_t::null:
      lua_pushnil(L);
      break;
    case nlohmann::json::value_t::boolean:
      lua_pushboolean(L, value.get<bool>());
      break;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
      lua_pushinteger(L, value.get<lua_Integer>());
      break;
    case nlohmann::json::value_t::number_float:
      lua_pushnumber(L, value.get<double>());
      break;
    case nlohmann::json::value_t::string:
      lua_pushlstring(L, value.get_ref<const std::string&>().data(),
                      value.get_ref<const std::string&>().size());
      break;
    case nlohmann::json::value_t::array: {
      lua_createtable(L, static_cast<int>(value.size()), 0);
      lua_Integer i = 1;
      for (const auto& item : value) {
        PushJson(L, item);
        lua_rawseti(L, -2, i++);
      }
      break;
    }
    case nlohmann::json::value_t::object: {
      lua_createtable(L, 0, static_cast<int>(value.size()));
      for (const auto& [key, item] : value.items()) {
        PushJson(L, item);
        lua_setfield(L, -2, key.c_str());
      }
      break;
    }
    default:
      lua_pushnil(L);
  }
}

}  // namespace tuanthu
