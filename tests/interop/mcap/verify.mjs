// Reads an MCAP file written by RoboMirror with the official MCAP readers (@mcap/core indexed and
// streaming) and decodes every message with @foxglove/rosmsg2-serialization from the file's own ros2msg
// schema, then compares everything with what the C# test says it recorded.
//
//   node verify.mjs complete FILE.mcap EXPECTED.json   -> exit 0 and a JSON report when all matches
//   node verify.mjs truncated FILE.mcap                -> JSON report of what each reader can read
//
// Exit code 1 with a message on stderr on any mismatch.
import { readFile, open } from "node:fs/promises";
import { crc32 } from "node:zlib";
import { isDeepStrictEqual } from "node:util";
import { McapIndexedReader, McapStreamReader } from "@mcap/core";
import { FileHandleReadable } from "@mcap/nodejs";
import { loadDecompressHandlers } from "@mcap/support";
import { parse } from "@foxglove/rosmsg";
import { MessageReader } from "@foxglove/rosmsg2-serialization";

const [mode, file, expectedFile] = process.argv.slice(2);

function fail(message) {
  process.stderr.write(`verify.mjs: ${message}\n`);
  process.exit(1);
}

// Plain JSON view of a decoded message: typed arrays become arrays, bigints numbers (or strings).
function normalize(value) {
  if (typeof value === "bigint") {
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  }
  if (ArrayBuffer.isView(value)) {
    return Array.from(value, normalize);
  }
  if (Array.isArray(value)) {
    return value.map(normalize);
  }
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]));
  }
  return value;
}

class Decoder {
  #readers = new Map();

  decode(schema, channel, data) {
    if (schema === undefined) {
      fail(`channel ${channel.id} (${channel.topic}) has no schema`);
    }
    let reader = this.#readers.get(schema.id);
    if (reader === undefined) {
      const text = new TextDecoder().decode(schema.data);
      reader = new MessageReader(parse(text, { ros2: true }));
      this.#readers.set(schema.id, reader);
    }
    return normalize(reader.readMessage(data));
  }
}

function checkChannel(channel, schema) {
  if (channel.messageEncoding !== "cdr") {
    fail(`channel ${channel.topic}: message encoding '${channel.messageEncoding}', expected 'cdr'`);
  }
  if (!channel.metadata.has("offered_qos_profiles")) {
    fail(`channel ${channel.topic}: no offered_qos_profiles metadata`);
  }
  if (schema?.encoding !== "ros2msg") {
    fail(`channel ${channel.topic}: schema encoding '${schema?.encoding}', expected 'ros2msg'`);
  }
}

async function readIndexed(path, decompressHandlers) {
  const handle = await open(path, "r");
  try {
    const reader = await McapIndexedReader.Initialize({ readable: new FileHandleReadable(handle), decompressHandlers });
    const decoder = new Decoder();
    const messages = [];
    for await (const message of reader.readMessages({ validateCrcs: true })) {
      const channel = reader.channelsById.get(message.channelId);
      const schema = reader.schemasById.get(channel.schemaId);
      checkChannel(channel, schema);
      messages.push({
        topic: channel.topic,
        sequence: message.sequence,
        logTime: message.logTime.toString(),
        publishTime: message.publishTime.toString(),
        value: decoder.decode(schema, channel, message.data),
      });
    }
    const metadata = [];
    for await (const record of reader.readMetadata()) {
      metadata.push({ name: record.name, values: Object.fromEntries(record.metadata) });
    }
    const attachments = [];
    for await (const record of reader.readAttachments({ validateCrcs: true })) {
      attachments.push({
        name: record.name,
        mediaType: record.mediaType,
        logTime: record.logTime.toString(),
        createTime: record.createTime.toString(),
        dataBase64: Buffer.from(record.data).toString("base64"),
      });
    }
    return { reader, messages, metadata, attachments };
  } finally {
    await handle.close();
  }
}

function readStream(bytes, decompressHandlers) {
  const reader = new McapStreamReader({ decompressHandlers, validateCrcs: true });
  const schemas = new Map();
  const channels = new Map();
  const decoder = new Decoder();
  const messages = [];
  let error;
  try {
    reader.append(bytes);
    for (let record; (record = reader.nextRecord()); ) {
      if (record.type === "Schema") {
        schemas.set(record.id, record);
      } else if (record.type === "Channel") {
        channels.set(record.id, record);
      } else if (record.type === "Message") {
        const channel = channels.get(record.channelId);
        const schema = schemas.get(channel.schemaId);
        checkChannel(channel, schema);
        messages.push({
          topic: channel.topic,
          sequence: record.sequence,
          logTime: record.logTime.toString(),
          publishTime: record.publishTime.toString(),
          value: decoder.decode(schema, channel, record.data),
        });
      }
    }
  } catch (e) {
    error = e.message;
  }
  return { messages, done: reader.done(), error };
}

const byKey = (messages) => new Map(messages.map((m) => [`${m.topic}#${m.sequence}`, m]));

function compareMessages(label, actual, expected) {
  if (actual.length !== expected.length) {
    fail(`${label}: read ${actual.length} messages, ${expected.length} were recorded`);
  }
  const actualByKey = byKey(actual);
  for (const want of expected) {
    const got = actualByKey.get(`${want.topic}#${want.sequence}`);
    if (got === undefined) {
      fail(`${label}: message ${want.topic} #${want.sequence} is missing`);
    }
    if (!isDeepStrictEqual(got, want)) {
      fail(`${label}: message ${want.topic} #${want.sequence} differs:\n  read     ${JSON.stringify(got)}\n  recorded ${JSON.stringify(want)}`);
    }
  }
}

const decompressHandlers = await loadDecompressHandlers();
const bytes = new Uint8Array(await readFile(file));

if (mode === "complete") {
  const expected = JSON.parse(await readFile(expectedFile, "utf8"));
  const indexed = await readIndexed(file, decompressHandlers);
  const { reader } = indexed;
  if (reader.header.profile !== "ros2") {
    fail(`header profile '${reader.header.profile}', expected 'ros2'`);
  }
  for (const want of expected.channels) {
    const channel = [...reader.channelsById.values()].find((c) => c.topic === want.topic);
    if (channel === undefined) {
      fail(`summary has no channel ${want.topic}`);
    }
    const schema = reader.schemasById.get(channel.schemaId);
    if (schema.name !== want.schemaName) {
      fail(`channel ${want.topic}: schema name '${schema.name}', expected '${want.schemaName}'`);
    }
    if (channel.metadata.get("offered_qos_profiles") !== want.offeredQosProfiles) {
      fail(`channel ${want.topic}: offered_qos_profiles differ:\n${channel.metadata.get("offered_qos_profiles")}`);
    }
  }
  compareMessages("indexed reader", indexed.messages, expected.messages);
  if (!isDeepStrictEqual(indexed.metadata, expected.metadata)) {
    fail(`metadata differ: read ${JSON.stringify(indexed.metadata)}`);
  }
  if (!isDeepStrictEqual(indexed.attachments, expected.attachments)) {
    fail(`attachments differ: read ${JSON.stringify(indexed.attachments)}`);
  }
  const stats = reader.statistics;
  if (stats === undefined || Number(stats.messageCount) !== expected.messages.length) {
    fail(`statistics message count ${stats?.messageCount}, expected ${expected.messages.length}`);
  }
  if (stats.chunkCount !== reader.chunkIndexes.length) {
    fail(`statistics chunk count ${stats.chunkCount}, but ${reader.chunkIndexes.length} chunk indexes`);
  }
  const dataCrc = crc32(bytes.subarray(0, Number(reader.dataEndOffset)));
  if (reader.dataSectionCrc === undefined || dataCrc !== reader.dataSectionCrc) {
    fail(`data section CRC ${dataCrc}, Data End says ${reader.dataSectionCrc}`);
  }
  const stream = readStream(bytes, decompressHandlers);
  if (stream.error !== undefined || !stream.done) {
    fail(`streaming reader: ${stream.error ?? "did not reach the footer"}`);
  }
  compareMessages("streaming reader", stream.messages, expected.messages);
  process.stdout.write(JSON.stringify({
    indexedMessages: indexed.messages.length,
    streamMessages: stream.messages.length,
    chunks: reader.chunkIndexes.length,
    compression: [...new Set(reader.chunkIndexes.map((c) => c.compression))],
    dataCrc: "ok",
  }) + "\n");
} else if (mode === "truncated") {
  let indexedError = null;
  try {
    await readIndexed(file, decompressHandlers);
  } catch (e) {
    indexedError = e.message;
  }
  const stream = readStream(bytes, decompressHandlers);
  process.stdout.write(JSON.stringify({
    indexedError,
    streamMessages: stream.messages.length,
    streamDone: stream.done,
    streamError: stream.error ?? null,
    streamSequences: stream.messages.map((m) => `${m.topic}#${m.sequence}:${JSON.stringify(m.value)}`),
  }) + "\n");
} else {
  fail("usage: node verify.mjs complete FILE.mcap EXPECTED.json | truncated FILE.mcap");
}
