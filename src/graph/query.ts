/**
 * The Graph queries for the mailbox's bounce reports (../shared/docs/graph-naa.md §2.3), built in
 * one place so the stand-in's tests and the client agree on them.
 *
 * - Bounce reports: PidTagMessageClass (the extended property `String 0x001A`) starting with
 *   `REPORT.IPM.Note.NDR` (not delivery receipts `…DR` or read reports `…IPNRN`), plus, because other
 *   servers' bounces can arrive as ordinary mail, messages from postmaster@ or mailer-daemon@.
 * - `receivedDateTime` comes first in $filter because it is the $orderby property: Graph answers
 *   `InefficientFilter` otherwise. If Graph refuses the bounce clauses anyway, the client falls
 *   back to the date-only query and applies `isBounceCandidate` itself.
 * - /me/messages, not the Inbox: a bounce the user filed or deleted is still theirs to explain.
 */
import type { MailboxMessage, MessageHeader } from "./types";

export const GRAPH_BASE = "https://graph.microsoft.com/v1.0";
export const MESSAGE_CLASS_PROPERTY = "String 0x001A";
export const NDR_CLASS_PREFIX = "REPORT.IPM.Note.NDR";
export const BOUNCE_SENDER_PREFIXES = ["postmaster@", "mailer-daemon@"] as const;
export const RECENT_DAYS = 30;
/** One screen of the list. */
export const PAGE_SIZE = 25;
/** The date-only fallback reads bigger pages: most messages are not bounces. */
export const FALLBACK_PAGE_SIZE = 100;

const SELECT = ["id", "subject", "receivedDateTime", "from", "internetMessageId"];
const EXPAND_CLASS = `singleValueExtendedProperties($filter=id eq '${MESSAGE_CLASS_PROPERTY}')`;

/** Midnight-free, second-precision UTC, as Graph's examples write it. */
export function graphDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

export function recentSince(now: Date, days = RECENT_DAYS): Date {
  return new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
}

/** OData string literal: quotes doubled. */
function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function bounceClause(): string {
  const byClass = `singleValueExtendedProperties/any(ep: ep/id eq ${literal(MESSAGE_CLASS_PROPERTY)} and startswith(ep/value,${literal(NDR_CLASS_PREFIX)}))`;
  const bySender = BOUNCE_SENDER_PREFIXES.map((p) => `startswith(from/emailAddress/address,${literal(p)})`);
  return `(${[byClass, ...bySender].join(" or ")})`;
}

export type ListMode = "server" | "client";

export interface ListQuery {
  since: Date;
  /** "server": Graph filters the bounces; "client": date only, filtered by isBounceCandidate. */
  mode: ListMode;
  /** Adds internetMessageHeaders (the sent-message match reads In-Reply-To/References). */
  withHeaders?: boolean;
  top?: number;
  base?: string;
}

/** The first page's URL; later pages follow Graph's @odata.nextLink. */
export function bounceListUrl(query: ListQuery): string {
  const base = query.base ?? GRAPH_BASE;
  const date = `receivedDateTime ge ${graphDate(query.since)}`;
  const filter = query.mode === "server" ? `${date} and ${bounceClause()}` : date;
  const select = query.withHeaders ? [...SELECT, "internetMessageHeaders"] : SELECT;
  const params = new URLSearchParams();
  params.set("$filter", filter);
  params.set("$orderby", "receivedDateTime desc");
  params.set("$top", String(query.top ?? (query.mode === "server" ? PAGE_SIZE : FALLBACK_PAGE_SIZE)));
  params.set("$select", select.join(","));
  params.set("$expand", EXPAND_CLASS);
  // URLSearchParams writes spaces as "+", which OData servers read as a literal plus in $filter.
  return `${base}/me/messages?${params.toString().replace(/\+/g, "%20")}`;
}

/** Graph ids are URL-safe base64 but may carry "/" or "+" in older formats: always encode. */
export function messageUrl(id: string, base = GRAPH_BASE): string {
  return `${base}/me/messages/${encodeURIComponent(id)}`;
}

export function mimeUrl(id: string, base = GRAPH_BASE): string {
  return `${messageUrl(id, base)}/$value`;
}

/** The fallback when $value is too large or fails: the text body and the internet headers. */
export function bodyAndHeadersUrl(id: string, base = GRAPH_BASE): string {
  return `${messageUrl(id, base)}?$select=subject,body,internetMessageHeaders`;
}

/** What the server-side filter keeps, for the date-only fallback (case-insensitive, as Graph's value filter is). */
export function isBounceCandidate(message: Pick<MailboxMessage, "messageClass" | "from">): boolean {
  const cls = (message.messageClass ?? "").toUpperCase();
  if (cls.startsWith(NDR_CLASS_PREFIX.toUpperCase())) return true;
  const address = (message.from?.address ?? "").toLowerCase();
  return BOUNCE_SENDER_PREFIXES.some((p) => address.startsWith(p));
}

/** A nextLink is followed only on the Graph origin we were configured with: the bearer token goes with it. */
export function isOwnLink(link: string, base = GRAPH_BASE): boolean {
  try {
    const url = new URL(link);
    const own = new URL(base);
    return url.origin === own.origin && url.pathname.startsWith(own.pathname.replace(/\/?$/, "/"));
  } catch {
    return false;
  }
}

/** The first header of that name (case-insensitive). */
export function headerValue(headers: readonly MessageHeader[] | undefined, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return headers?.find((h) => h.name.toLowerCase() === wanted)?.value;
}
