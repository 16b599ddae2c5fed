/**
 * Exchange Server 2013/2016/2019 on-premises (also seen for hybrid senders): "<server> rejected
 * your message to the following email addresses:", the recipient, "<server> gave this error:"
 * with the reply under it, then the classic administrators' section (ndr-knowledge.md §4.3).
 */
import { cleanHost } from "../codes";
import type { LayoutModule, LineRule } from "./engine/types";
import { hashAngleReply, hashReply, remoteServerReturned, remoteUnderRecipient } from "./exchangeClassic";
import { generatingServer, remoteServer } from "./exchangeOnline";

/** "<server> gave this error:" then the reply on the following lines. */
const gaveThisError: LineRule = (s, t, lower) => {
  if (!lower.endsWith(" gave this error:")) return false;
  const host = t.slice(0, t.length - " gave this error:".length);
  if (host && s.current) s.current.remoteMta = cleanHost(host);
  s.setDiag(s.following(s.i), t, true);
  return true;
};

export const exchange2013: LayoutModule = {
  id: "exchange-2013",
  family: "exchange-onprem",
  markers: ["rejected your message to the following email addresses", "rejected your message to the following e-mail addresses", " gave this error:"],
  subjects: ["undeliverable:"],
  headers: ["x-ms-exchange-message-is-ndr"],
  rules: [generatingServer, remoteServer, gaveThisError, remoteUnderRecipient, remoteServerReturned, hashAngleReply, hashReply],
  repliesOnlyWhereMarked: true,
};
