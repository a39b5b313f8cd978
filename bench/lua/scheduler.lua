-- The observatory schedulers' query: downtimes overlapping a 14-day window between 2013 and 2027 (the data set
-- spans 2012-2028), as GET /api/?ends_after=..&starts_before=.. without credentials.
-- Argument (after --): how many distinct windows the requests draw from. Without it every request takes a random
-- day of the 14 years (~5 100 windows: almost every answer is built afresh); with e.g. 16, requests repeat 16 windows,
-- as the schedulers repeat their query between writes.
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

local FROM = 1356998400 -- 2013-01-01T00:00:00Z
local TO = 1798761600   -- 2027-01-01T00:00:00Z
local DAY = 86400
local DAYS = math.floor((TO - FROM) / DAY)
local windows = nil

function init(args)
  math.randomseed(os.time() * 1000 + (seed or 0))
  windows = tonumber(args[1])
end

function request()
  local day
  if windows then
    day = math.floor(math.random(0, windows - 1) * DAYS / windows)
  else
    day = math.random(0, DAYS)
  end
  local a = FROM + day * DAY
  local b = a + 14 * DAY
  local path = "/api/?ends_after=" .. os.date("!%Y-%m-%d%%20%H:%M:%S", a)
      .. "&starts_before=" .. os.date("!%Y-%m-%d%%20%H:%M:%S", b)
  return wrk.format("GET", path)
end
