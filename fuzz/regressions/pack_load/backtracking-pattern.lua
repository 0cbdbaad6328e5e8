pack { parent = "vn", effective = "2026-04-29" }
local s = string.find(string.rep("a", 24), string.rep("a*", 24) .. "b")
