// Reference side of RoboMirror's byte-exact CDR test: serializes and deserializes ROS 2 messages with
// Foxglove's @foxglove/rosmsg2-serialization, from the same ros2msg definitions RoboMirror generates from.
//
//   node cdr-interop.js CASES.json
//
// CASES.json: [{ "name", "definition" (ros2msg text with dependencies), "message" (field values),
//               "payload" (hex of RoboMirror's bytes) }, ...]. Floats that JSON cannot hold come as
// {"$float": "NaN" | "Infinity" | "-Infinity"}.
// Prints [{ "name", "payload" (hex of Foxglove's bytes for "message"), "decoded" (Foxglove's reading of
// RoboMirror's "payload") }, ...] as JSON on stdout, with the same float convention. Exit code 1 and a
// message on stderr on any failure.
"use strict";
const { readFileSync } = require("node:fs");
const { parse } = require("@foxglove/rosmsg");
const { MessageReader, MessageWriter } = require("@foxglove/rosmsg2-serialization");

function fail(message) {
  process.stderr.write(`cdr-interop.js: ${message}\n`);
  process.exit(1);
}

function revive(_key, value) {
  if (value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 1 && "$float" in value) {
    return Number(value.$float);
  }
  return value;
}

// JSON view of a decoded value: typed arrays become arrays, non-finite floats tagged, bigints numbers.
function plain(value) {
  if (typeof value === "number" && !Number.isFinite(value)) {
    return { $float: String(value) };
  }
  if (typeof value === "bigint") {
    return Number(value);
  }
  if (ArrayBuffer.isView(value)) {
    return Array.from(value, plain);
  }
  if (Array.isArray(value)) {
    return value.map(plain);
  }
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

const [casesFile] = process.argv.slice(2);
if (casesFile === undefined) {
  fail("usage: node cdr-interop.js CASES.json");
}

const cases = JSON.parse(readFileSync(casesFile, "utf8"), revive);
const results = [];
for (const c of cases) {
  try {
    const definitions = parse(c.definition, { ros2: true });
    const written = new MessageWriter(definitions).writeMessage(c.message);
    const decoded = new MessageReader(definitions).readMessage(Buffer.from(c.payload, "hex"));
    results.push({ name: c.name, payload: Buffer.from(written).toString("hex"), decoded: plain(decoded) });
  } catch (error) {
    fail(`case ${c.name}: ${error.stack ?? error}`);
  }
}
process.stdout.write(JSON.stringify(results));
