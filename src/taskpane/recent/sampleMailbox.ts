/**
 * The preview's sample mailbox: the bundled sample bounces behind the same MailboxSource the
 * Graph client implements, so a new user sees the list behave (headlines, picking, the diagnosis,
 * the forward) without a tenant. Labelled as samples wherever it shows; nothing is fetched.
 */
import type { MailboxMessage, MailboxSource } from "../../graph/types";
import { SAMPLES } from "../input/samples";

/** A header of the sample's own head, unfolded (plain string scanning: the samples are ours, but no regex is needed). */
function header(eml: string, name: string): string {
  const lines = eml.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
  const wanted = `${name.toLowerCase()}:`;
  for (let i = 0; i < lines.length && lines[i] !== ""; i++) {
    if (!lines[i].toLowerCase().startsWith(wanted)) continue;
    let value = lines[i].slice(wanted.length);
    for (let j = i + 1; j < lines.length && (lines[j].startsWith(" ") || lines[j].startsWith("\t")); j++) value += ` ${lines[j].trim()}`;
    return value.trim();
  }
  return "";
}

/** "Name <a@b>" → "a@b". */
function address(from: string): string {
  const open = from.lastIndexOf("<");
  const close = from.lastIndexOf(">");
  return (open >= 0 && close > open ? from.slice(open + 1, close) : from).trim();
}

export function sampleMailbox(now: Date = new Date()): MailboxSource {
  // Spread over the last few days, newest first, as a real list would be.
  const messages: MailboxMessage[] = SAMPLES.map((s, i) => ({
    id: `sample:${s.id}`,
    subject: header(s.eml, "Subject"),
    receivedDateTime: new Date(now.getTime() - (i * 9 + 1) * 60 * 60 * 1000).toISOString(),
    from: { address: address(header(s.eml, "From")) },
    messageClass: "REPORT.IPM.Note.NDR",
  }));
  return {
    kind: "samples",
    listBounces: async () => ({ ok: true, value: { bounces: messages, filteredHere: false, scanned: messages.length } }),
    async fetchBounce(id) {
      const sample = SAMPLES.find((s) => `sample:${s.id}` === id);
      if (!sample) return { ok: false, failure: { kind: "not-found", step: "Sample mailbox", message: `No sample ${id}.` } };
      return { ok: true, value: { id, input: sample.eml, path: "sample", bytes: sample.eml.length } };
    },
    // There is no open message outside Outlook.
    findBouncesOf: async () => ({ ok: true, value: { byHeaders: [], toCheck: [] } }),
  };
}
