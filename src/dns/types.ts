/**
 * The DNS engine's public vocabulary: what one DoH query returns and what a domain check says.
 * The admin view renders these; it never sees wire-format packets.
 */
import type { DnsSentences } from "../i18n/dns/en";

/** The record types the checks need. */
export type DnsRecordType = "MX" | "TXT" | "CNAME";

/** One answer record, already decoded into plain values (names lower-case, no trailing dot). */
export type DohAnswer =
  | { type: "MX"; name: string; ttl: number; preference: number; exchange: string }
  | { type: "TXT"; name: string; ttl: number; text: string }
  | { type: "CNAME"; name: string; ttl: number; target: string };

/** Why a query produced no usable answer. Each has its own sentence in strings.ts. */
export type DohFailureKind =
  | "timeout"
  | "nxdomain"
  | "servfail"
  | "refused"
  | "unreachable"
  | "http-error"
  | "bad-response"
  /** The caller's AbortSignal fired (the admin closed the view or started another check). */
  | "aborted"
  /** The name or the resolver URL was rejected before anything was sent. */
  | "invalid-request";

export interface DohSuccess {
  ok: true;
  rcode: "NOERROR";
  answers: DohAnswer[];
}

export interface DohFailure {
  ok: false;
  kind: DohFailureKind;
  /** A sentence for the admin that names the resolver. */
  message: string;
  /** HTTP status, for kind "http-error". */
  status?: number;
}

export type DohResult = DohSuccess | DohFailure;

/** The subset of fetch the engine uses, so tests and hosts can inject their own. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface DohOptions {
  /** RFC 8484 endpoint. https only, except loopback hosts. Default: DEFAULT_RESOLVER_URL. */
  resolverUrl?: string;
  /** Default: the global fetch. */
  fetch?: FetchLike;
  /** Per query, covering connect, headers and body. Default 5000 ms. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /**
   * POST is RFC 8484's main form. GET (?dns=base64url) needs no CORS preflight, which helps with
   * resolvers that answer the simple request but not OPTIONS.
   */
  method?: "POST" | "GET";
  /** The language of every message the look-up and the verdicts produce. Default: English. */
  sentences?: DnsSentences;
}

/** "mx" | "mx-single" | "spf" | "autodiscover": the checks the sentences have titles for. */
export type CheckId = keyof DnsSentences["titles"];
export type CheckStatus = "pass" | "warn" | "fail" | "error";

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  title: string;
  /** Plain words, including what was found. */
  detail: string;
  /** The records found, as text (e.g. "10 contoso-com.mail.protection.outlook.com"). */
  records: string[];
}

export type DomainCheckReport =
  | {
      ok: true;
      /** The domain as queried: lower-case ASCII (punycode for IDNs). */
      domain: string;
      resolverHost: string;
      /** In order: mx, mx-single (only when MX records were found), spf, autodiscover. */
      results: CheckResult[];
    }
  /** The domain or the resolver URL was rejected; nothing was sent. */
  | { ok: false; message: string };
