-- The observatory schedulers' query: downtimes overlapping a random 14-day window between 2013 and 2027
-- (the data set spans 2012-2028), as GET /api/?ends_after=..&starts_before=.. without credentials.
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

function init(args)
  math.randomseed(os.time() * 1000 + (seed or 0))
end

local FROM = 1356998400 -- 2013-01-01T00:00:00Z
local TO = 1798761600   -- 2027-01-01T00:00:00Z
local DAY = 86400

function request()
  local a = FROM + math.random(0, math.floor((TO - FROM) / DAY)) * DAY
  local b = a + 14 * DAY
  local path = "/api/?ends_after=" .. os.date("!%Y-%m-%d%%20%H:%M:%S", a)
      .. "&starts_before=" .. os.date("!%Y-%m-%d%%20%H:%M:%S", b)
  return wrk.format("GET", path)
end
