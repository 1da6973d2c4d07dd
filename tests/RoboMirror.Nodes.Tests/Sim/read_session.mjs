// Reads a `robomirror sim` session.mcap with the official readers: @mcap/core's indexed reader (CRCs
// validated) and its streaming reader, decoding every message with @foxglove/rosmsg2-serialization from the
// file's own ros2msg schemas. Prints per-topic message counts, the turn events' kind names and the session
// metadata as JSON; exit code 1 with a message on any problem. Uses the packages pinned in
// tests/interop/mcap (npm ci there first):
//   node read_session.mjs INTEROP_MCAP_FOLDER FILE.mcap
import { createRequire } from "node:module";
import { join } from "node:path";
import { open, readFile } from "node:fs/promises";

const [interop, file] = process.argv.slice(2);
const require = createRequire(join(interop, "package.json"));
const { McapIndexedReader, McapStreamReader } = require("@mcap/core");
const { FileHandleReadable } = require("@mcap/nodejs");
const { loadDecompressHandlers } = require("@mcap/support");
const { parse } = require("@foxglove/rosmsg");
const { MessageReader } = require("@foxglove/rosmsg2-serialization");

function fail(message) {
  process.stderr.write(`read_session.mjs: ${message}\n`);
  process.exit(1);
}

const decompressHandlers = await loadDecompressHandlers();
const readers = new Map();
function decode(schema, data) {
  if (schema?.encoding !== "ros2msg") {
    fail(`schema ${schema?.name} has encoding '${schema?.encoding}', expected 'ros2msg'`);
  }
  let reader = readers.get(schema.name);
  if (reader === undefined) {
    reader = new MessageReader(parse(new TextDecoder().decode(schema.data), { ros2: true }));
    readers.set(schema.name, reader);
  }
  return reader.readMessage(data);
}

const handle = await open(file, "r");
const counts = {};
const kinds = [];
const metadata = {};
try {
  const reader = await McapIndexedReader.Initialize({ readable: new FileHandleReadable(handle), decompressHandlers });
  if (reader.header.profile !== "ros2") {
    fail(`profile '${reader.header.profile}', expected 'ros2'`);
  }
  for await (const message of reader.readMessages({ validateCrcs: true })) {
    const channel = reader.channelsById.get(message.channelId);
    if (channel.messageEncoding !== "cdr") {
      fail(`${channel.topic}: message encoding '${channel.messageEncoding}'`);
    }
    const value = decode(reader.schemasById.get(channel.schemaId), message.data);
    counts[channel.topic] = (counts[channel.topic] ?? 0) + 1;
    if (channel.topic === "/robomirror/turn_events") {
      kinds.push(value.kind_name);
    }
  }
  for await (const record of reader.readMetadata()) {
    metadata[record.name] = Object.fromEntries(record.metadata);
  }
  if (Number(reader.statistics?.messageCount) !== Object.values(counts).reduce((a, b) => a + b, 0)) {
    fail(`statistics count ${reader.statistics?.messageCount} differs from the messages read`);
  }
} finally {
  await handle.close();
}

const stream = new McapStreamReader({ decompressHandlers, validateCrcs: true });
stream.append(new Uint8Array(await readFile(file)));
let streamed = 0;
for (let record; (record = stream.nextRecord()); ) {
  if (record.type === "Message") {
    streamed++;
  }
}
if (!stream.done()) {
  fail("the streaming reader did not reach the footer");
}

process.stdout.write(JSON.stringify({ counts, kinds, metadata, streamed }) + "\n");
