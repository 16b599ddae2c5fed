/**
 * The admin view's checklist: the guidance's admin steps grouped by organisation, as on the user
 * view, seen from the admin's side. The MX step is where the live DNS checks belong.
 */
import type { GuidanceEntry } from "../../classifier/types";
import { organisationsOf, type Organisations } from "../diagnosis/organisations";
import { knownValues } from "../diagnosis/placeholders";
import { type ShownStep, type StepGroup, stepGroups } from "../diagnosis/stepGroups";
import type { AdminModel } from "./adminModel";
import { isReadOnlyCommand } from "./readOnlyCommands";

export interface AdminChecklistModel {
  orgs: Organisations;
  groups: StepGroup[];
  /** The first step about the recipient domain's MX record: the live DNS checks go inside it. */
  mxStep?: number;
  /**
   * Steps (by index) whose commands that change configuration were left out, and how many: the
   * diagnosis is the sender's claim, not verified (model.copyableCommands false).
   */
  withheld: Record<number, number>;
}

/** Keeps only the commands that look, counting what went, when nothing may be copied that changes configuration. */
function withoutChanges(groups: StepGroup[], withheld: Record<number, number>): StepGroup[] {
  return groups.map((group) => ({
    ...group,
    steps: group.steps.map((step) => {
      const kept = step.commands.filter((c) => isReadOnlyCommand(c.text, c.shell));
      if (kept.length < step.commands.length) withheld[step.index] = step.commands.length - kept.length;
      return { ...step, commands: kept };
    }),
  }));
}

function isMxStep(step: ShownStep): boolean {
  return /\bMX\b/.test(step.text) || step.commands.some((c) => /\bMX\b/i.test(c.text));
}

/**
 * `fallbackSender`: who the user is when the report doesn't say (the forward's sender, else the
 * admin's own mailbox: the user is usually in the admin's organisation).
 */
export function adminChecklistModel(guidance: GuidanceEntry, model: AdminModel, fallbackSender: string | undefined): AdminChecklistModel {
  const recipient = model.recipients[0];
  const orgs = organisationsOf({ original: model.originalSender ? { from: model.originalSender } : undefined }, recipient, fallbackSender);
  const values = knownValues(recipient?.address, orgs.sender);
  const withheld: Record<number, number> = {};
  const all = stepGroups(guidance, orgs, values);
  const groups = model.copyableCommands ? all : withoutChanges(all, withheld);
  const mx = groups.flatMap((g) => g.steps).find(isMxStep);
  return { orgs, groups, ...(mx ? { mxStep: mx.index } : {}), withheld };
}
