/**
 * Admin steps grouped by whose admin they are for. When the recipient is at another organisation,
 * its steps are for its admin and only the sender-side steps (often only in some set-ups) are for
 * the user's admin; in one organisation every step is for "your admin".
 */
import type { AdminStep, GuidanceEntry } from "../../classifier/types";
import { type CommandShell, audienceOf, commandsOf, conditionOf } from "./guidanceFields";
import type { Organisations } from "./organisations";
import { type KnownValues, fillPlaceholders, unknownPlaceholders } from "./placeholders";

export interface ShownCommand {
  shell: CommandShell;
  /** As copied: known placeholders filled in. */
  text: string;
  /** Placeholders left in `text` that the reader must replace before running it. */
  unknown: string[];
}

export interface ShownStep {
  /** Index in the entry's adminSteps (stable across languages: the checklist keys on it). */
  index: number;
  text: string;
  where?: AdminStep["where"];
  commands: ShownCommand[];
  /** In a one-organisation list, the condition a sender-side step has ("Only if …"). */
  condition?: string;
}

/**
 * "recipient-org": the recipient organisation's admin. "sender-org": the user's admin, only if
 * `condition` holds when it is set. "same-org": one organisation, so every step is for the user's
 * admin. "either": the entry doesn't say whose steps they are and both admins may have to act.
 */
export type GroupAudience = "recipient-org" | "sender-org" | "same-org" | "either";

export interface StepGroup {
  audience: GroupAudience;
  condition?: string;
  steps: ShownStep[];
}

export function shownStep(step: AdminStep, index: number, values: KnownValues): ShownStep {
  const commands = commandsOf(step).map((c) => {
    const text = fillPlaceholders(c.text, values);
    return { shell: c.shell, text, unknown: unknownPlaceholders(text) };
  });
  const shown: ShownStep = { index, text: fillPlaceholders(step.text, values), commands };
  if (step.where) shown.where = step.where;
  return shown;
}

export function stepGroups(entry: GuidanceEntry, orgs: Organisations, values: KnownValues): StepGroup[] {
  const steps = entry.adminSteps.map((step, i) => ({ step, shown: shownStep(step, i, values), audience: audienceOf(step), condition: conditionOf(step) }));
  if (steps.length === 0) return [];
  if (orgs.relation === "same") {
    return [{ audience: "same-org", steps: steps.map((s) => (s.condition ? { ...s.shown, condition: s.condition } : s.shown)) }];
  }
  const who = new Set(entry.whoMustAct);
  const anyAudience = steps.some((s) => s.audience !== undefined);
  // Steps the entry doesn't assign go to the side that must act when only one does.
  const unassigned: GroupAudience =
    who.has("recipient-admin") && !who.has("sender-admin")
      ? "recipient-org"
      : who.has("sender-admin") && !who.has("recipient-admin")
        ? "sender-org"
        : anyAudience && who.has("recipient-admin")
          ? "recipient-org"
          : "either";
  const recipient: ShownStep[] = [];
  const either: ShownStep[] = [];
  const senderByCondition = new Map<string, ShownStep[]>();
  for (const s of steps) {
    const audience = s.audience ?? unassigned;
    if (audience === "recipient-org") recipient.push(s.shown);
    else if (audience === "sender-org") {
      const key = s.condition ?? "";
      senderByCondition.set(key, [...(senderByCondition.get(key) ?? []), s.shown]);
    } else either.push(s.shown);
  }
  const groups: StepGroup[] = [];
  if (recipient.length > 0) groups.push({ audience: "recipient-org", steps: recipient });
  // Unconditional sender steps first: they apply to everyone.
  const conditions = [...senderByCondition.keys()].sort((a, b) => (a === "" ? -1 : b === "" ? 1 : 0));
  for (const condition of conditions)
    groups.push({ audience: "sender-org", ...(condition ? { condition } : {}), steps: senderByCondition.get(condition) ?? [] });
  if (either.length > 0) groups.push({ audience: "either", steps: either });
  return groups;
}
