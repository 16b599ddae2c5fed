/**
 * The pane's side of the block trust model: what each candidate's block scan is told (from the
 * host, never the message), and how the readings of one opened message and its attachments come
 * together. The worker did the reading (scanBlocks.ts); this only chooses among plain results.
 */
import type { BounceCandidate, ItemSummary } from "../../outlook/types";
import type { ForwardReading } from "../../roundtrip";
import { basisFor } from "../../roundtrip/basis";
import type { BlockScan } from "../reader/parse/protocol";

/** What the admin view lists as ignored, at most (forwardBlocks.ts caps each reading the same). */
const MAX_IGNORED = 50;

/** How to read one candidate's blocks: Outlook's sender for the open item, the file's own for a dropped file, nobody for a paste. */
export function blockScanFor(candidate: BounceCandidate, item: ItemSummary | undefined): BlockScan {
  switch (candidate.origin) {
    case "item-attachment":
    case "file-attachment":
      return { role: "attachment" };
    case "message":
      return item?.from ? { role: "message", sender: item.from, senderSource: "outlook" } : { role: "message" };
    case "mailbox":
      // Read from the mailbox through Graph: the server's sender, as Outlook would report it.
      return candidate.mailboxItem?.from ? { role: "message", sender: candidate.mailboxItem.from, senderSource: "outlook" } : { role: "message" };
    case "dropped-file":
      return { role: "message", senderSource: "file-header" };
    case "pasted-text":
      return { role: "message" };
  }
}

/**
 * One reading for what the admin opened. Of the message readings (several only when several
 * files were dropped at once), the first with a usable block decides, else the first with a
 * problem in its own part, else the first. Blocks ignored anywhere are all listed. `hasBounce`:
 * a bounce came with the message and this pane classified it (perhaps as an attachment, read
 * after the message): the used block is then compared with it, not taken on the sender's word.
 */
export function combineForward(readings: ReadonlyArray<{ role: BlockScan["role"]; reading: ForwardReading }>, hasBounce: boolean): ForwardReading | undefined {
  const messages = readings.filter((r) => r.role === "message").map((r) => r.reading);
  const main = messages.find((r) => r.used) ?? messages.find((r) => r.ownProblems.length > 0) ?? messages[0];
  const ignored = readings.flatMap((r) => r.reading.ignored).slice(0, MAX_IGNORED);
  if (!main) return ignored.length > 0 ? { ownProblems: [], ignored, sender: { source: "unknown" }, blocks: [] } : undefined;
  const used = main.used && { ...main.used, ...basisFor(hasBounce || main.used.basis === "bounce") };
  return { ...main, ...(used ? { used } : {}), ignored };
}

/** Whether the reading has a block for the admin view: one to use, or one of the forwarder's that is damaged. */
export function hasOwnBlock(forward: ForwardReading | undefined): boolean {
  return (forward?.blocks.length ?? 0) > 0;
}
