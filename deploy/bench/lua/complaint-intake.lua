-- wrk script: anonymous online complaints, each with different content (no duplicate detection).
local counter = 0
local seed = 0

function setup(thread)
  seed = seed + 1
  thread:set("id", seed)
end

function init(args)
  math.randomseed(os.time() + id)
end

request = function()
  counter = counter + 1
  local body = '{"kind":"COMPLAINT","subjectKind":"ITEM","subjectRef":"410108-AJ-XK-002","anonymous":true,'
    .. '"content":"基准测试：烟花爆竹零售点许可办理超时 ' .. id .. '-' .. counter .. '-' .. math.random(1000000000) .. '"}'
  return wrk.format("POST", "/api/v1/cases", { ["Content-Type"] = "application/json" }, body)
end
