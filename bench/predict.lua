-- wrk script of bench/api.sh: POST /api/ml/predict with a realistic state of iso-1 (queues vary).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("GREENWAVE_TOKEN")
local counter = 0
request = function()
  counter = counter + 1
  local q = counter % 13
  local body = string.format(
    '{"intersectionId":"iso-1","timestamp":"%s","currentPhase":%d,"timeInPhase":%d,' ..
    '"laneGroups":[{"id":"N_T","queue":%d,"arrivals":3},{"id":"S_T","queue":%d,"arrivals":2},' ..
    '{"id":"E_T","queue":%d,"arrivals":4},{"id":"W_T","queue":%d,"arrivals":1},' ..
    '{"id":"N_L","queue":%d},{"id":"E_L","queue":%d}]}',
    os.getenv("GREENWAVE_AT"), counter % 4, 5 + counter % 40, q, 12 - q, (q * 3) % 11, q % 5, q % 3, (q + 1) % 4)
  return wrk.format(nil, "/api/ml/predict", nil, body)
end
