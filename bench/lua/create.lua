-- POST /api/ with Token authentication: random whole-telescope or instrument-level downtimes in 2011, a year no
-- scheduler window of the benchmark reaches, so the writes do not change the read figures measured afterwards.
-- The token is the script argument.
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

local telescopes = {
  {"ogg", "clma", "2m0a", "2M0-SCICAM-MUSCAT"}, {"coj", "doma", "1m0a", "1M0-SCICAM-SINISTRO"},
  {"lsc", "aqwa", "0m4a", "0M4-SCICAM-SBIG"}, {"elp", "domb", "1m0a", "1M0-NRES-SCICAM"},
  {"tfn", "aqwa", "0m4b", "0M4-SCICAM-QHY600"}, {"cpt", "domc", "1m0a", "1M0-SCICAM-SINISTRO"},
}
local token = "missing"
local n = 0

function init(args)
  math.randomseed(os.time() * 1000 + (seed or 0))
  token = args[1] or token
end

function request()
  n = n + 1
  local t = telescopes[math.random(1, #telescopes)]
  local start = 1293840000 + math.random(0, 360 * 86400) -- within 2011
  local stop = start + math.random(3600, 14 * 86400)
  local instrument = ""
  if math.random(1, 5) == 1 then instrument = t[4] end
  local body = string.format('{"start":"%s","end":"%s","site":"%s","enclosure":"%s","telescope":"%s",'
      .. '"instrument_type":"%s","reason":"bench write %d-%d"}',
      os.date("!%Y-%m-%dT%H:%M:%SZ", start), os.date("!%Y-%m-%dT%H:%M:%SZ", stop), t[1], t[2], t[3],
      instrument, seed or 0, n)
  return wrk.format("POST", "/api/", {["Content-Type"] = "application/json",
      ["Authorization"] = "Token " .. token}, body)
end
