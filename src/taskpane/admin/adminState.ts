/**
 * Whether the pane opens in the admin view: a diagnosis block in the forwarder's own part, or a
 * bounce someone else forwarded. A block found only where the forwarder didn't write it (a quoted
 * bounce, a subject, an attachment) opens nothing: a hostile bounce can't switch the view.
 */
import type { ItemSummary } from "../../outlook/types";
import type { ReaderState } from "../reader/readerState";
import { type AdminWords, buildAdminModel, isForwardedNdr, type AdminModel } from "./adminModel";
import { hasOwnBlock } from "./forwardState";
import { forwardedBySomeoneElse } from "./readerRole";

/** `state` already carries localized guidance; `words` words the differences and block-only guidance. */
export function adminModelFor(state: ReaderState, words?: AdminWords): AdminModel | undefined {
  if (state.status === "success") {
    const result = state.results[state.selected] ?? state.results[0];
    if (!hasOwnBlock(state.forward) && !(result && isForwardedNdr(result))) return undefined;
    return buildAdminModel(state.forward, state.results, state.selected, words);
  }
  if (state.status === "no-bounce" && hasOwnBlock(state.forward)) return buildAdminModel(state.forward, [], 0, words);
  return undefined;
}

/**
 * Whether a reading opens in the admin view: the message carries a diagnosis block, or the first
 * bounce in it was forwarded or attached by someone other than the mailbox owner (`mailboxOwner`,
 * userProfile.emailAddress). Decided by the first result, so picking another candidate later
 * doesn't flip the view under the user.
 */
export function opensInAdminView(state: ReaderState, mailboxOwner?: string): boolean {
  if (state.status === "success") {
    const first = state.results[0];
    return hasOwnBlock(state.forward) || (first !== undefined && forwardedBySomeoneElse(first, mailboxOwner));
  }
  return state.status === "no-bounce" && hasOwnBlock(state.forward);
}

export function itemDateOf(state: ReaderState): string | undefined {
  if (state.status === "success") return state.item?.date ?? state.results[0]?.source.item?.date;
  if (state.status === "no-bounce") return state.item?.date;
  return undefined;
}

/** The open message, whatever was found in it: the admin view names it. */
export function itemOf(state: ReaderState): ItemSummary | undefined {
  return state.status === "success" || state.status === "no-bounce" || state.status === "error" ? state.item : undefined;
}
