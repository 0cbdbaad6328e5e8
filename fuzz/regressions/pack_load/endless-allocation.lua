pack { parent = "vn" }
local t = {} while true do t[#t+1] = {} end
