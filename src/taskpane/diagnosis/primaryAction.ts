/**
 * The one primary action, right after the user's steps, follows who must act: the forward to the
 * user's admin when that admin can do something; otherwise a way for the user to act (copy the
 * address to correct it, copy a message for the other organisation, or let the recipient know
 * another way). The forward is always still there, as a secondary action.
 */
import type { Reason } from "../../classifier/types";
import type { Organisations } from "./organisations";
import type { StepGroup } from "./stepGroups";

export type PrimaryAction =
  | { kind: "forward" }
  /** The other organisation's admin must act: copy what to send them. */
  | { kind: "copy-note" }
  /** The address is wrong or gone: copy it, correct it, write again. */
  | { kind: "copy-address"; address: string }
  /** Only the recipient can act (a full mailbox): tell them another way; no button. */
  | { kind: "another-way" }
  /** Only the user can act, and their steps say how. */
  | { kind: "none" };

/** Reasons where the address itself is the problem: the user corrects it. */
const ADDRESS_REASONS: ReadonlySet<Reason> = new Set(["userunknown", "hasmoved", "hostunknown", "syntaxerror"]);
/** Reasons only the recipient themselves can fix. */
const RECIPIENT_ONLY_REASONS: ReadonlySet<Reason> = new Set(["mailboxfull", "suspend"]);

export interface ActionInputs {
  whoMustAct: readonly string[];
  reason: Reason;
  recipient?: string;
  orgs: Organisations;
  groups: readonly StepGroup[];
}

export function primaryActionFor({ whoMustAct, reason, recipient, orgs, groups }: ActionInputs): PrimaryAction {
  const who = new Set(whoMustAct);
  const anyAdmin = who.has("recipient-admin") || who.has("sender-admin");
  if (orgs.relation === "same" && anyAdmin) return { kind: "forward" };
  // The user's admin can act for everyone only with steps that aren't tied to a set-up.
  const senderAdminCan = who.has("sender-admin") && groups.some((g) => (g.audience === "sender-org" && !g.condition) || g.audience === "either");
  if (senderAdminCan) return { kind: "forward" };
  if (ADDRESS_REASONS.has(reason) && who.has("sender") && recipient) return { kind: "copy-address", address: recipient };
  // A personal mailbox (Gmail, Outlook.com, …) has no admin to write to: only the recipient can act.
  if (RECIPIENT_ONLY_REASONS.has(reason) || (orgs.consumerProvider && who.has("recipient-admin"))) return { kind: "another-way" };
  if (who.has("recipient-admin")) return { kind: "copy-note" };
  if (who.has("sender") && !who.has("sender-admin")) return { kind: "none" };
  return { kind: "forward" };
}
