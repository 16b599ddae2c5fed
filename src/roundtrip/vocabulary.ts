/**
 * Runtime copies of the classifier's and host's string unions, so a decoded block can be checked
 * against them. The `Exhaustive` checks fail to compile when a union gains a member these lists
 * lack, so the validator can't silently reject a newer classifier's output.
 */
import type { Confidence, Layout, MessageKind, Reason } from "../classifier/types";
import type { ReadPath } from "../shared/hostReport";

type Exhaustive<Union, List extends readonly Union[]> = [Exclude<Union, List[number]>] extends [never] ? List : never;

function exhaustive<Union>() {
  return <const List extends readonly Union[]>(list: Exhaustive<Union, List>): readonly Union[] => list;
}

export const REASONS = exhaustive<Reason>()([
  "authfailure",
  "badreputation",
  "blocked",
  "contenterror",
  "delivered",
  "exceedlimit",
  "expired",
  "failedstarttls",
  "feedback",
  "filtered",
  "hasmoved",
  "hostunknown",
  "mailboxfull",
  "mailererror",
  "mesgtoobig",
  "networkerror",
  "norelaying",
  "notaccept",
  "notcompliantrfc",
  "onhold",
  "policyviolation",
  "rejected",
  "requireptr",
  "securityerror",
  "spamdetected",
  "speeding",
  "suppressed",
  "suspend",
  "syntaxerror",
  "systemerror",
  "systemfull",
  "toomanyconn",
  "undefined",
  "userunknown",
  "vacation",
  "virusdetected",
]);

export const KINDS = exhaustive<MessageKind>()(["bounce", "delay", "delivery-report", "auto-reply", "read-receipt", "feedback-report", "not-bounce"]);

export const LAYOUTS = exhaustive<Layout>()([
  "exo-new",
  "exo-classic",
  "exchange-onprem",
  "rfc3464",
  "postfix",
  "sendmail",
  "exim",
  "qmail",
  "gmail",
  "other-mta",
  "text-only",
  "none",
]);

export const CONFIDENCES = exhaustive<Confidence>()(["high", "medium", "low"]);

export const READ_PATHS = exhaustive<ReadPath>()([
  "mime",
  "html+headers",
  "body",
  "item-attachment",
  "file-attachment",
  "drop",
  "paste",
  "file",
  "sample",
  "graph-mime",
  "graph-body+headers",
]);

export const HOST_MODES = exhaustive<"outlook" | "preview">()(["outlook", "preview"]);

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (list as readonly string[]).includes(value);
}
