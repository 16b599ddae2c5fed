/**
 * A local stand-in for the slice of Microsoft Graph the pane uses, so the recent-bounces list is
 * tested end to end without a tenant: a Node HTTP server on 127.0.0.1 at a random port.
 *
 * - GET /v1.0/me/messages: $filter (./odataFilter.ts), $orderby=receivedDateTime desc|asc, $top,
 *   $skip, $select, $expand=singleValueExtendedProperties($filter=id eq '…'), @odata.nextLink.
 *   Graph's rule that the $orderby property comes first in $filter is enforced (InefficientFilter).
 * - GET /v1.0/me/messages/{id}/$value: the message's MIME, byte for byte from the file it was read from.
 * - GET /v1.0/me/messages/{id}?$select=subject,body,internetMessageHeaders: the fallback, with
 *   `Prefer: outlook.body-content-type="text"` honoured.
 * - Bearer tokens checked (401 InvalidAuthenticationToken otherwise); CORS answered as Graph does.
 * - Faults on demand: any status with Graph's error body (401, 403, 404, 429/503 with Retry-After,
 *   400 InefficientFilter), a dropped connection, slow answers, a refused bounce filter, deleted messages.
 *
 * Messages come from real files read at test time (test/fixtures and ../shared/corpus); nothing is
 * copied into the repository.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { basename } from "node:path";
import PostalMime from "postal-mime";
import { evaluate, FilterSyntaxError, firstProperty, mentions, parseFilter } from "./odataFilter";

export interface StandInMessage {
  id: string;
  /** The file it came from (for test messages). */
  file: string;
  receivedDateTime: string;
  subject: string;
  from: { name: string; address: string };
  internetMessageId: string;
  messageClass: string;
  headers: Array<{ name: string; value: string }>;
  mime: Buffer;
  text: string;
  html?: string;
}

export type FaultTarget = "list" | "value" | "message" | "any";

export interface Fault {
  on: FaultTarget;
  /** An HTTP status answered with Graph's error body, or "drop" to cut the connection. */
  status: number | "drop";
  /** Graph's error code; defaults per status (e.g. 429 TooManyRequests). */
  code?: string;
  retryAfter?: string;
  /** How many requests it hits; unlimited when absent. */
  times?: number;
  /** Only requests whose URL contains this. */
  urlIncludes?: string;
}

export interface StandInRequest {
  method: string;
  url: string;
  target: FaultTarget | "other";
  authorized: boolean;
  at: number;
}

export interface GraphStandIn {
  /** http://127.0.0.1:port */
  origin: string;
  /** What nextLinks are built on (`${publicOrigin}/v1.0`): the client's configured base. */
  base: string;
  messages: StandInMessage[];
  requests: StandInRequest[];
  /** Most requests ever answered at the same time. */
  maxInFlight: number;
  fault(f: Fault): void;
  clearFaults(): void;
  /** Every answer waits this long first. */
  slowMs: number;
  /** Answer 400 InefficientFilter to any $filter that goes beyond receivedDateTime (Graph's unknown T4). */
  refuseBounceFilter: boolean;
  /** The message disappears (deleted between list and pick). */
  remove(id: string): void;
  /** Tokens accepted from now on (revoking one makes Graph answer 401). */
  tokens: Set<string>;
  close(): Promise<void>;
}

const DEFAULT_CODES: Record<number, string> = {
  400: "BadRequest",
  401: "InvalidAuthenticationToken",
  403: "ErrorAccessDenied",
  404: "ErrorItemNotFound",
  429: "ApplicationThrottled",
  500: "InternalServerError",
  503: "ServiceUnavailable",
  504: "GatewayTimeout",
};

function unfoldHeaders(mime: Buffer): Array<{ name: string; value: string }> {
  const text = mime.toString("latin1");
  const end = text.search(/\r?\n\r?\n/);
  const block = (end < 0 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/g, " ");
  const headers: Array<{ name: string; value: string }> = [];
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  return headers;
}

/** What Exchange would file the message as (assumed: a foreign DSN becomes a report item; research notes §2.3). */
export function messageClassOf(headers: Array<{ name: string; value: string }>, mime: Buffer): string {
  const type = headers.find((h) => h.name.toLowerCase() === "content-type")?.value.toLowerCase() ?? "";
  if (type.startsWith("multipart/report") && type.includes("disposition-notification")) return "REPORT.IPM.Note.IPNRN";
  if (type.startsWith("multipart/report") && type.includes("delivery-status")) {
    const text = mime.toString("latin1");
    if (/^Action:\s*failed/im.test(text)) return "REPORT.IPM.Note.NDR";
    if (/^Action:\s*delayed/im.test(text)) return "REPORT.IPM.Note.Delayed.DR";
    return "REPORT.IPM.Note.DR";
  }
  return "IPM.Note";
}

/** An opaque, Graph-looking id (AAMkAG…), stable for a file so tests can find a message again. */
function graphId(index: number, file: string): string {
  const raw = Buffer.from(`stand-in:${index}:${basename(file)}`).toString("base64url");
  return `AAMkAGStandIn${raw}`;
}

export interface MailboxOptions {
  /** The newest message's received time; later files are older. */
  newest?: Date;
  /** Minutes between consecutive messages. */
  spacingMinutes?: number;
}

/** Reads the files (in the order given, newest first) into stand-in messages. */
export async function mailboxFromFiles(files: string[], options: MailboxOptions = {}): Promise<StandInMessage[]> {
  const newest = (options.newest ?? new Date()).getTime();
  const spacing = (options.spacingMinutes ?? 7) * 60 * 1000;
  const messages: StandInMessage[] = [];
  for (const [index, file] of files.entries()) {
    const mime = readFileSync(file);
    messages.push(await messageFromMime(mime, { id: graphId(index, file), file, received: new Date(newest - index * spacing) }));
  }
  return messages;
}

export async function messageFromMime(mime: Buffer, at: { id: string; file: string; received: Date }): Promise<StandInMessage> {
  const headers = unfoldHeaders(mime);
  const parsed = await PostalMime.parse(mime);
  const fromAddress = parsed.from && "address" in parsed.from ? parsed.from : undefined;
  return {
    id: at.id,
    file: at.file,
    receivedDateTime: `${at.received.toISOString().slice(0, 19)}Z`,
    subject: parsed.subject ?? "",
    from: { name: fromAddress?.name ?? "", address: fromAddress?.address ?? "" },
    internetMessageId: parsed.messageId ?? `<${at.id}@stand-in.example>`,
    messageClass: messageClassOf(headers, mime),
    headers,
    mime,
    text: parsed.text ?? "",
    html: parsed.html ?? undefined,
  };
}

const SELECTABLE = new Set(["id", "subject", "receivedDateTime", "from", "internetMessageId", "internetMessageHeaders", "body"]);

function project(m: StandInMessage, select: string[] | undefined, expandClass: string | undefined, preferText: boolean): Record<string, unknown> {
  const all: Record<string, unknown> = {
    id: m.id,
    subject: m.subject,
    receivedDateTime: m.receivedDateTime,
    from: { emailAddress: { name: m.from.name, address: m.from.address } },
    internetMessageId: m.internetMessageId,
    internetMessageHeaders: m.headers,
    body: preferText || !m.html ? { contentType: "text", content: m.text } : { contentType: "html", content: m.html },
  };
  const out: Record<string, unknown> = { "@odata.etag": `W/"${m.id.slice(-8)}"`, id: m.id };
  // Graph leaves internetMessageHeaders out unless selected.
  for (const key of select ?? Object.keys(all).filter((k) => k !== "internetMessageHeaders")) out[key] = all[key];
  if (expandClass !== undefined) {
    out.singleValueExtendedProperties = expandClass.toLowerCase() === "string 0x001a" ? [{ id: "String 0x001A", value: m.messageClass }] : [];
  }
  return out;
}

function resolverFor(m: StandInMessage) {
  return (path: string): unknown => {
    switch (path) {
      case "receivedDateTime":
        return m.receivedDateTime;
      case "subject":
        return m.subject;
      case "internetMessageId":
        return m.internetMessageId;
      case "from/emailAddress/address":
        return m.from.address;
      case "from/emailAddress/name":
        return m.from.name;
      case "singleValueExtendedProperties":
        return [{ id: "String 0x001A", value: m.messageClass }];
      default:
        throw new FilterSyntaxError(`Could not find a property named '${path}' on type 'microsoft.graph.message'.`);
    }
  };
}

export interface StandInOptions {
  messages: StandInMessage[];
  /** Bearer tokens accepted. */
  tokens: string[];
  /** The origin the client talks to (the pane: https://graph.microsoft.com); defaults to the server's own. */
  publicOrigin?: string;
}

export async function startGraphStandIn(options: StandInOptions): Promise<GraphStandIn> {
  const messages = [...options.messages];
  const faults: Array<Fault & { left: number }> = [];
  const sockets = new Set<Socket>();
  let inFlight = 0;

  const state: Omit<GraphStandIn, "origin" | "base" | "close"> = {
    messages,
    requests: [],
    maxInFlight: 0,
    fault: (f) => faults.push({ ...f, left: f.times ?? Number.POSITIVE_INFINITY }),
    clearFaults: () => {
      faults.length = 0;
    },
    slowMs: 0,
    refuseBounceFilter: false,
    remove(id) {
      const at = messages.findIndex((m) => m.id === id);
      if (at >= 0) messages.splice(at, 1);
    },
    tokens: new Set(options.tokens),
  };

  const cors = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "request-id, client-request-id, Retry-After, Content-Length",
  };

  function send(res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
    res.writeHead(status, {
      ...cors,
      "Content-Type": Buffer.isBuffer(body) ? "text/plain" : "application/json; odata.metadata=minimal",
      "Content-Length": String(bytes.length),
      "request-id": `standin-${state.requests.length}`,
      ...extra,
    });
    res.end(bytes);
  }

  function error(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, string> = {}): void {
    send(res, status, { error: { code, message, innerError: { "request-id": `standin-${state.requests.length}`, date: new Date().toISOString() } } }, extra);
  }

  function targetOf(path: string): FaultTarget | "other" {
    if (path === "/v1.0/me/messages") return "list";
    if (/^\/v1\.0\/me\/messages\/[^/]+\/\$value$/.test(path)) return "value";
    if (/^\/v1\.0\/me\/messages\/[^/]+$/.test(path)) return "message";
    return "other";
  }

  function handle(req: IncomingMessage, res: ServerResponse, publicBase: string): void {
    const url = new URL(req.url ?? "/", "http://stand-in");
    const target = targetOf(url.pathname);
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        ...cors,
        "Access-Control-Allow-Methods": "GET",
        "Access-Control-Allow-Headers": "Authorization, Accept, Prefer, Content-Type, client-request-id",
        "Access-Control-Max-Age": "3600",
      });
      res.end();
      return;
    }
    const auth = req.headers.authorization ?? "";
    const authorized = auth.startsWith("Bearer ") && state.tokens.has(auth.slice("Bearer ".length));
    state.requests.push({ method: req.method ?? "", url: url.pathname + url.search, target, authorized, at: Date.now() });

    const fault = faults.find(
      (f) => f.left > 0 && (f.on === "any" || f.on === target) && (!f.urlIncludes || decodeURIComponent(req.url ?? "").includes(f.urlIncludes)),
    );
    if (fault) {
      fault.left--;
      if (fault.status === "drop") {
        req.socket.destroy();
        return;
      }
      const extra: Record<string, string> = fault.retryAfter !== undefined ? { "Retry-After": fault.retryAfter } : {};
      return error(res, fault.status, fault.code ?? DEFAULT_CODES[fault.status] ?? "UnknownError", `Stand-in fault: HTTP ${fault.status}.`, extra);
    }
    if (req.method !== "GET") return error(res, 405, "BadRequest", "Only GET is implemented.");
    if (!authorized) return error(res, 401, "InvalidAuthenticationToken", "Access token is empty or invalid.");

    if (target === "list") return list(url, res, publicBase);
    if (target === "value" || target === "message") {
      const id = decodeURIComponent(url.pathname.split("/")[4] ?? "");
      const message = messages.find((m) => m.id === id);
      if (!message) return error(res, 404, "ErrorItemNotFound", "The specified object was not found in the store.");
      if (target === "value") return send(res, 200, message.mime);
      const select = url.searchParams
        .get("$select")
        ?.split(",")
        .map((s) => s.trim());
      const unknown = select?.find((s) => !SELECTABLE.has(s));
      if (unknown) return error(res, 400, "RequestBroker--ParseUri", `Could not find a property named '${unknown}'.`);
      const preferText = /outlook\.body-content-type\s*=\s*"?text"?/i.test(String(req.headers.prefer ?? ""));
      return send(res, 200, project(message, select, undefined, preferText));
    }
    error(res, 400, "BadRequest", `Unsupported segment in ${url.pathname}.`);
  }

  function list(url: URL, res: ServerResponse, publicBase: string): void {
    const params = url.searchParams;
    const filterText = params.get("$filter");
    const orderby = params.get("$orderby");
    let filter: ReturnType<typeof parseFilter> | undefined;
    try {
      filter = filterText ? parseFilter(filterText) : undefined;
    } catch (e) {
      return error(res, 400, "BadRequest", `Invalid filter clause: ${(e as Error).message}`);
    }
    const orderProperty = orderby?.split(/\s+/)[0];
    if (filter && orderProperty && firstProperty(filter) !== orderProperty) {
      return error(res, 400, "InefficientFilter", "The restriction or sort order is too complex for this operation.");
    }
    if (filter && state.refuseBounceFilter && (mentions(filter, "singleValueExtendedProperties") || mentions(filter, "from/emailAddress/address"))) {
      return error(res, 400, "InefficientFilter", "The restriction or sort order is too complex for this operation.");
    }
    const select = params
      .get("$select")
      ?.split(",")
      .map((s) => s.trim());
    const unknown = select?.find((s) => !SELECTABLE.has(s));
    if (unknown) return error(res, 400, "RequestBroker--ParseUri", `Could not find a property named '${unknown}'.`);
    const expand = params.get("$expand");
    let expandClass: string | undefined;
    if (expand) {
      const m = /^singleValueExtendedProperties\(\$filter=id eq '([^']*)'\)$/.exec(expand);
      if (!m) return error(res, 400, "BadRequest", `Unsupported $expand ${expand}`);
      expandClass = m[1];
    }
    let rows: StandInMessage[];
    try {
      rows = messages.filter((m) => !filter || evaluate(filter, resolverFor(m)));
    } catch (e) {
      return error(res, 400, "BadRequest", (e as Error).message);
    }
    if (orderProperty === "receivedDateTime") {
      const desc = /\sdesc$/i.test(orderby ?? "");
      rows.sort((a, b) => (desc ? -1 : 1) * (Date.parse(a.receivedDateTime) - Date.parse(b.receivedDateTime)));
    } else if (orderProperty) {
      return error(res, 400, "BadRequest", `Unsupported $orderby ${orderby}`);
    }
    const top = Math.min(Number(params.get("$top") ?? "10") || 10, 1000);
    const skip = Number(params.get("$skip") ?? "0") || 0;
    const slice = rows.slice(skip, skip + top);
    const body: Record<string, unknown> = {
      "@odata.context": `${publicBase}/$metadata#users('me')/messages`,
      value: slice.map((m) => project(m, select, expandClass, false)),
    };
    if (skip + top < rows.length) {
      const next = new URLSearchParams(params);
      next.set("$skip", String(skip + top));
      body["@odata.nextLink"] = `${publicBase}/me/messages?${next.toString().replace(/\+/g, "%20")}`;
    }
    send(res, 200, body);
  }

  const server: Server = createServer((req, res) => {
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      inFlight--;
    };
    res.on("close", finish);
    const publicBase = `${options.publicOrigin ?? origin}/v1.0`;
    const go = (): void => {
      try {
        handle(req, res, publicBase);
      } catch (e) {
        error(res, 500, "InternalServerError", (e as Error).message);
      }
    };
    if (state.slowMs > 0 && req.method !== "OPTIONS") setTimeout(go, state.slowMs);
    else go();
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return Object.assign(state, {
    origin,
    base: `${options.publicOrigin ?? origin}/v1.0`,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  }) as GraphStandIn;
}
