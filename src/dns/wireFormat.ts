/**
 * DNS wire format (RFC 1035) through dns-packet, and the checks that make a resolver's bytes
 * trustworthy enough to judge a domain by: right id, right question, not truncated.
 * dns-packet needs a Buffer; the explicit import resolves to Node's own in Node and to the
 * `buffer` package in the pane bundle (webpack 5 no longer polyfills it).
 */
import { Buffer } from "buffer";
import { decode, encode, RECURSION_DESIRED, type DecodedPacket } from "dns-packet";
import { type DohText, ENGLISH_DNS_SENTENCES } from "../i18n/dns/en";
import type { DnsRecordType, DohAnswer, DohResult } from "./types";

/** RFC 1035 header size; anything shorter can't be a DNS message. */
const HEADER_BYTES = 12;

const RCODE_NAMES: Record<number, string> = {
  0: "NOERROR",
  1: "FORMERR",
  2: "SERVFAIL",
  3: "NXDOMAIN",
  4: "NOTIMP",
  5: "REFUSED",
};

export interface Question {
  id: number;
  name: string;
  type: DnsRecordType;
}

export function encodeQuery(question: Question): Uint8Array<ArrayBuffer> {
  const bytes = encode({
    type: "query",
    id: question.id,
    flags: RECURSION_DESIRED,
    questions: [{ type: question.type, name: question.name, class: "IN" }],
  });
  // A plain copy: a valid fetch body everywhere, where a polyfill's Buffer subclass may not be.
  return Uint8Array.from(bytes);
}

/** Lower-case, no trailing dot: the form every comparison in this module uses. */
export const canonicalName = (name: string): string => (name.endsWith(".") ? name.slice(0, -1) : name).toLowerCase();

const textDecoder = new TextDecoder("utf-8", { fatal: false });

function txtText(data: unknown): string | undefined {
  // RFC 7208 §3.3: a TXT record's strings are joined with nothing between them.
  const chunks = Array.isArray(data) ? data : [data];
  let text = "";
  for (const chunk of chunks) {
    if (typeof chunk === "string") text += chunk;
    else if (chunk instanceof Uint8Array) text += textDecoder.decode(chunk);
    else return undefined;
  }
  return text;
}

function toAnswer(record: unknown): DohAnswer | undefined {
  if (typeof record !== "object" || record === null) return undefined;
  const { type, name, ttl, data } = record as { type?: unknown; name?: unknown; ttl?: unknown; data?: unknown };
  if (typeof name !== "string") return undefined;
  const base = { name: canonicalName(name), ttl: typeof ttl === "number" ? ttl : 0 };
  if (type === "CNAME" && typeof data === "string") return { type, ...base, target: canonicalName(data) };
  if (type === "TXT") {
    const text = txtText(data);
    return text === undefined ? undefined : { type, ...base, text };
  }
  if (type === "MX" && typeof data === "object" && data !== null) {
    const { preference, exchange } = data as { preference?: unknown; exchange?: unknown };
    if (typeof preference !== "number" || typeof exchange !== "string") return undefined;
    return { type, ...base, preference, exchange: canonicalName(exchange) };
  }
  // RRSIGs, A records of a CNAME chain and the like: not what the checks judge.
  return undefined;
}

/**
 * Judges a resolver's reply to `question`. Never throws: whatever the bytes, the result is typed.
 * `host` is the resolver's host, named in every failure message.
 */
export function decodeResponse(bytes: Uint8Array, question: Question, host: string, text: DohText = ENGLISH_DNS_SENTENCES.doh): DohResult {
  const garbled = (): DohResult => ({ ok: false, kind: "bad-response", message: text.garbled(host) });
  if (bytes.byteLength < HEADER_BYTES) return garbled();

  let packet: DecodedPacket;
  try {
    packet = decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    return garbled();
  }
  if (packet.type !== "response" || typeof packet.flags !== "number") return garbled();

  const questions = Array.isArray(packet.questions) ? packet.questions : [];
  const answersQuestion =
    packet.id === question.id &&
    questions.length === 1 &&
    typeof questions[0]?.name === "string" &&
    canonicalName(questions[0].name) === canonicalName(question.name) &&
    questions[0].type === question.type;
  if (!answersQuestion) return { ok: false, kind: "bad-response", message: text.mismatched(host) };

  // Over HTTPS there is no size limit to truncate for; a TC answer is incomplete, so don't judge by it.
  if (packet.flag_tc) return { ok: false, kind: "bad-response", message: text.truncated(host) };

  const rcode = packet.flags & 0xf;
  if (rcode === 3) return { ok: false, kind: "nxdomain", message: text.nxdomain(host, question.name) };
  if (rcode === 2) return { ok: false, kind: "servfail", message: text.servfail(host, question.name) };
  if (rcode === 5) return { ok: false, kind: "refused", message: text.refused(host, question.name) };
  if (rcode !== 0) return { ok: false, kind: "bad-response", message: text.otherRcode(host, RCODE_NAMES[rcode] ?? `RCODE ${rcode}`) };

  const answers: DohAnswer[] = [];
  for (const record of Array.isArray(packet.answers) ? packet.answers : []) {
    const answer = toAnswer(record);
    if (answer !== undefined) answers.push(answer);
  }
  return { ok: true, rcode: "NOERROR", answers };
}
