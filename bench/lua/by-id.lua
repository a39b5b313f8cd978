-- GET /api/{id}/ over random ids of the loaded data set (ids 1..MAX_ID, MAX_ID given as the script argument).
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

local max_id = 100000
function init(args)
  math.randomseed(os.time() * 1000 + (seed or 0))
  if args[1] then max_id = tonumber(args[1]) end
end

function request()
  return wrk.format("GET", "/api/" .. math.random(1, max_id) .. "/")
end
