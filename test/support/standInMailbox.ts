/**
 * The stand-in's mailbox: real bounce files read at test time — our fixtures and the shared corpus
 * (../shared/corpus, beside the repository as in CI) — interleaved with ordinary mail, receipts and
 * auto-replies that the bounce filter must leave out. Nothing is copied into the repository.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { mailboxFromFiles, type MailboxOptions, type StandInMessage } from "./graphStandIn";

export const FIXTURES_DIR = resolve(__dirname, "../fixtures");
export const CORPUS_MAILDIR = resolve(__dirname, "../../../shared/corpus/set-of-emails/maildir");

/** Our own fixtures, newest first: bounces, and look-alikes that are not bounce reports. */
export const FIXTURE_FILES = [
  "exo-new-5.4.1-relay-access-denied.eml",
  "not-bounce-ordinary.eml",
  "exo-classic-5.4.1-dbeb-recipient-rejected.eml",
  "read-receipt.eml",
  "postfix-5.1.1-8bit-windows-1252-euro-quotes-dash.eml",
  "auto-reply.eml",
  "exo-classic-fr-5.1.1-non-remis.eml",
  "delay-4.4.7.eml",
  "dsn-only-5.1.1.eml",
  "not-bounce-quotes-ndr-text.eml",
  "exo-new-5.4.1-dbeb-recipient-rejected.eml",
  "postfix-dbeb-5.4.1-from-outlook-protection.eml",
].map((f) => join(FIXTURES_DIR, f));

export function corpusFiles(): string[] {
  const dir = join(CORPUS_MAILDIR, "bsd");
  if (!existsSync(dir)) throw new Error(`${dir} is missing: the shared corpus must be beside the repository (../shared), as in CI.`);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .map((f) => join(dir, f));
}

/** Fixtures first (newest), then the corpus: a mailbox of about 190 messages over a few days. */
export function testMailbox(options: MailboxOptions = {}): Promise<StandInMessage[]> {
  return mailboxFromFiles([...FIXTURE_FILES, ...corpusFiles()], { spacingMinutes: 20, ...options });
}
