/**
 * The guidance fields the pane reads beyond title/cause/steps (/work/team/guidance-contract.md):
 * read through these helpers so every view falls back the same way when an entry leaves one
 * empty (a headline-less row shows its title; a blank detail is no detail).
 */
import type { AdminStep, CommandShell, GuidanceEntry, StepAudience, StepCommand } from "../../classifier/types";

export type { CommandShell, StepAudience, StepCommand };

const nonBlank = (text: string | undefined): string | undefined => (typeof text === "string" && text.trim() ? text : undefined);

/** The heading of the user view: the entry's headline, else its title. */
export function headlineOf(entry: GuidanceEntry): string {
  return nonBlank(entry.headline) ?? entry.title;
}

export function detailOf(entry: GuidanceEntry): string | undefined {
  return nonBlank(entry.detail);
}

export function tellRecipientOf(entry: GuidanceEntry): string | undefined {
  return nonBlank(entry.tellRecipient);
}

/** True when the entry's wording (Exchange terms, Microsoft's article) fits only Microsoft's servers. */
export function isMicrosoftWording(entry: GuidanceEntry): boolean {
  return entry.provider === "microsoft";
}

export function audienceOf(step: AdminStep): StepAudience | undefined {
  return step.audience === "recipient-org" || step.audience === "sender-org" ? step.audience : undefined;
}

export function conditionOf(step: AdminStep): string | undefined {
  return nonBlank(step.condition);
}

/** One entry per shell; blank ones are left out. */
export function commandsOf(step: AdminStep): StepCommand[] {
  return (step.commands ?? []).filter((c) => typeof c.text === "string" && c.text.trim() !== "");
}
