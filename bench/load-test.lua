-- wrk script for bench/load-test: POSTs a round-robin mix of the contract's queries to /graphql and counts as an
-- error every answer that is not HTTP 200 or that carries GraphQL "errors".
local bodies = {
  '{"query":"{ roadmaps { id title phases { number title } } }"}',
  '{"query":"query($id: ID!) { roadmap(id: $id) { id title topics { id title phase { number } } tools { id name } projects { id title } } }","variables":{"id":"ai-engineer"}}',
  '{"query":"query($id: ID!) { topic(id: $id) { id title summary phase { number title } requires { topic { id } } tools { id } } }","variables":{"id":"rag"}}',
  '{"query":"query($t: ID!) { prerequisites(topic: $t) { depth topic { id title } } }","variables":{"t":"agents"}}',
  '{"query":"query($t: ID!) { dependents(topic: $t, transitive: false) { depth topic { id } } }","variables":{"t":"python"}}',
  '{"query":"query($g: [ID!]!, $k: [ID!]) { learningPath(goals: $g, known: $k) { totalHours steps { topic { id title estimatedHours } } } }","variables":{"g":["rag","agents"],"k":["python"]}}',
  '{"query":"query($k: [ID!]!) { nextTopics(known: $k) { id title } }","variables":{"k":["python","prompt-engineering"]}}',
  '{"query":"query($s: [ID!]!) { projectsCovering(skills: $s, match: ANY) { project { id title } covered { id } missing { id } } }","variables":{"s":["rag","embeddings"]}}',
  '{"query":"query($q: String!) { search(text: $q, first: 10) { __typename } }","variables":{"q":"retrieval"}}',
}

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  errors = 0
  answers = 0
  first_error = ""
  counter = tonumber(wrk.thread:get("id")) or 0
end

function request()
  counter = counter + 1
  local body = bodies[(counter % #bodies) + 1]
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Accept"] = "application/json"}, body)
end

function response(status, headers, body)
  answers = answers + 1
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    errors = errors + 1
    if first_error == "" then
      first_error = status .. " " .. string.sub(body, 1, 300)
    end
  end
end

function done(summary, latency, requests)
  local errs, answered, first = 0, 0, ""
  for _, thread in ipairs(threads) do
    errs = errs + thread:get("errors")
    answered = answered + thread:get("answers")
    if first == "" then first = thread:get("first_error") end
  end
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f graphql_or_http_errors=%d socket_errors=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errs, socket, summary.errors.status))
  if first ~= "" then io.write("FIRST ERROR " .. first .. "\n") end
end
