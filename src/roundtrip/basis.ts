import type { UsedBlock } from "./forwardBlocks";

/**
 * What a used block may be taken for, given whether a bounce came with the message and this pane
 * classified it itself. The one rule, for readForwardBlocks and for a pane that learns of the
 * bounce only after the block was read (an attached bounce is read as its own candidate).
 */
export function basisFor(hasBounce: boolean): Pick<UsedBlock, "basis" | "copyableCommands"> {
  return hasBounce ? { basis: "bounce", copyableCommands: true } : { basis: "sender-claims", copyableCommands: false };
}
