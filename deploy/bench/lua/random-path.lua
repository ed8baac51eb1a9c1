-- wrk script: each request takes a random line of $WRK_LINES and puts it into $WRK_PATH in place of {}.
local lines = {}
local template = os.getenv("WRK_PATH")

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

for line in io.lines(os.getenv("WRK_LINES")) do
  if #line > 0 then lines[#lines + 1] = urlencode(line) end
end
math.randomseed(os.time())

request = function()
  if #lines == 0 then return wrk.format("GET", template) end
  local value = lines[math.random(#lines)]
  return wrk.format("GET", (template:gsub("{}", function() return value end)))
end
