/**
 * A real RFC 8484 resolver on 127.0.0.1 for the tests: it decodes the wire-format question the
 * engine sends and answers from a zone the test defines, or misbehaves on purpose for names
 * marked with a behaviour. Nothing is mocked on the client side: the engine uses Node's fetch.
 */
import { decode, encode, RECURSION_AVAILABLE, RECURSION_DESIRED, TRUNCATED_RESPONSE, type Answer, type DecodedPacket } from "dns-packet";
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Misbehaviour =
  | { kind: "rcode"; rcode: number }
  | { kind: "delay"; ms: number }
  | { kind: "garbage"; bytes: Buffer }
  | { kind: "http-status"; status: number }
  | { kind: "content-type"; contentType: string; body: string }
  | { kind: "cut-body" }
  | { kind: "wrong-id" }
  | { kind: "wrong-question" }
  | { kind: "truncated-flag" }
  | { kind: "oversized" };

export interface TestZone {
  /** Owner name (lower-case, no trailing dot) → its records. Names not listed get NXDOMAIN. */
  records: Record<string, Answer[]>;
  /** Names (and everything under them) that misbehave instead of answering. */
  misbehave?: Record<string, Misbehaviour>;
}

export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  question?: { id: number; name: string; type: string };
}

export interface DohTestServer {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

const RCODE_NXDOMAIN = 3;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function misbehaviourFor(zone: TestZone, name: string): Misbehaviour | undefined {
  for (const [marked, how] of Object.entries(zone.misbehave ?? {})) {
    if (name === marked || name.endsWith(`.${marked}`)) return how;
  }
  return undefined;
}

function responseFor(zone: TestZone, query: DecodedPacket, extra: { rcode?: number; flags?: number; id?: number; questionName?: string } = {}): Buffer {
  const question = query.questions?.[0];
  if (question === undefined) throw new Error("query without a question");
  const name = question.name.toLowerCase();
  const owned = zone.records[name];
  const rcode = extra.rcode ?? (owned === undefined ? RCODE_NXDOMAIN : 0);
  const answers = rcode === 0 ? (owned ?? []).filter((a) => a.type === question.type) : [];
  return encode({
    type: "response",
    id: extra.id ?? query.id,
    flags: RECURSION_DESIRED | RECURSION_AVAILABLE | (extra.flags ?? 0) | rcode,
    questions: [{ ...question, name: extra.questionName ?? question.name }],
    answers,
  });
}

function send(res: ServerResponse, status: number, contentType: string, body: Buffer | string): void {
  res.writeHead(status, { "Content-Type": contentType });
  res.end(body);
}

async function handle(zone: TestZone, requests: SeenRequest[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const seen: SeenRequest = { method: req.method ?? "", path: url.pathname, headers: req.headers };
  requests.push(seen);
  const wire = req.method === "GET" ? Buffer.from(url.searchParams.get("dns") ?? "", "base64url") : await readBody(req);
  let query: DecodedPacket;
  try {
    query = decode(wire);
  } catch {
    send(res, 400, "text/plain", "not a DNS message");
    return;
  }
  const question = query.questions?.[0];
  if (question === undefined) {
    send(res, 400, "text/plain", "no question");
    return;
  }
  seen.question = { id: query.id ?? -1, name: question.name, type: question.type };
  const how = misbehaviourFor(zone, question.name.toLowerCase());
  const dns = (packet: Buffer) => send(res, 200, "application/dns-message", packet);

  switch (how?.kind) {
    case undefined:
      return dns(responseFor(zone, query));
    case "rcode":
      return dns(responseFor(zone, query, { rcode: how.rcode }));
    case "delay": {
      const timer = setTimeout(() => dns(responseFor(zone, query)), how.ms);
      res.on("close", () => clearTimeout(timer));
      return;
    }
    case "garbage":
      return dns(how.bytes);
    case "http-status":
      return send(res, how.status, "text/plain", "resolver failure");
    case "content-type":
      return send(res, 200, how.contentType, how.body);
    case "cut-body": {
      const whole = responseFor(zone, query);
      return dns(whole.subarray(0, Math.floor(whole.length / 2)));
    }
    case "wrong-id":
      return dns(responseFor(zone, query, { id: ((query.id ?? 0) + 1) & 0xffff }));
    case "wrong-question":
      return dns(responseFor(zone, query, { questionName: `other-${question.name}` }));
    case "truncated-flag":
      return dns(responseFor(zone, query, { flags: TRUNCATED_RESPONSE }));
    case "oversized":
      return dns(Buffer.concat([responseFor(zone, query), Buffer.alloc(70_000)]));
  }
}

export async function startDohTestServer(zone: TestZone): Promise<DohTestServer> {
  const requests: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    handle(zone, requests, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, "text/plain", "test server error");
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/dns-query`,
    requests,
    close: async () => {
      // Delayed answers keep sockets open; a test run must not wait for them.
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

/** A resolver address nobody listens on: bound once to get a free port, then released. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, "close");
  return `http://127.0.0.1:${port}/dns-query`;
}
