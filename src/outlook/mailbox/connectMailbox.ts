/**
 * Connecting to the mailbox, in the lazily loaded "mailbox" chunk with MSAL and the Graph client:
 * checks the account Outlook signs in with, opens the Graph client through nested app
 * authentication, and wraps it so every failure it returns is logged for the Diagnostics panel.
 */
import type { MailboxFailure, MailboxResult, MailboxSource } from "../../graph/types";
import { openGraphMailbox } from "./graphAccess";
import type { OfficeMailboxOptions } from "./officeMailbox";

function read<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/** A source that logs every failure it returns (a cancelled request is not a failure). */
export function logged(source: MailboxSource, note: (f: MailboxFailure) => void): MailboxSource {
  const watch = async <T>(pending: Promise<MailboxResult<T>>): Promise<MailboxResult<T>> => {
    const r = await pending;
    if (!r.ok && r.failure.kind !== "aborted") note(r.failure);
    return r;
  };
  return {
    kind: source.kind,
    listBounces: async (cursor, list) => {
      const r = await watch(source.listBounces(cursor, list));
      // Graph refused the bounce filter and the list fell back to dates: worth a line in diagnostics.
      if (r.ok && r.value.fallbackFrom) note(r.value.fallbackFrom);
      return r;
    },
    fetchBounce: async (id, options) => {
      const r = await watch(source.fetchBounce(id, options));
      // The body + headers fallback worked, but why the MIME didn't is worth a line in diagnostics.
      if (r.ok && r.value.fallbackFrom && options.purpose === "open") note(r.value.fallbackFrom);
      return r;
    },
    findBouncesOf: (message, find) => watch(source.findBouncesOf(message, find)),
    ...(source.onWait ? { onWait: source.onWait.bind(source) } : {}),
  };
}

export async function connectMailbox(office: typeof Office, options: OfficeMailboxOptions): Promise<MailboxResult<MailboxSource>> {
  const address = read(() => office.context?.mailbox?.userProfile?.emailAddress);
  // Office.auth.getAuthContext (NestedAppAuth 1.1) says which account Outlook signs in with; a
  // personal Microsoft account has no Exchange Online mailbox for Graph to read.
  const auth = read(() => (office as { auth?: { getAuthContext?: () => Promise<{ authorityType?: string }> } }).auth);
  if (typeof auth?.getAuthContext === "function") {
    const context = await auth.getAuthContext().catch(() => undefined);
    if (context?.authorityType === "msa") {
      return {
        ok: false,
        failure: {
          kind: "mailbox-unsupported",
          step: "Office.auth.getAuthContext",
          code: "msa",
          message: "Outlook is signed in with a personal Microsoft account.",
        },
      };
    }
  }
  try {
    const open = options.open ?? openGraphMailbox;
    const source = await open({ clientId: options.clientId, mailbox: typeof address === "string" && address ? address : "me" });
    return { ok: true, value: logged(source, options.note) };
  } catch (e) {
    const failure: MailboxFailure =
      e !== null && typeof e === "object" && "failure" in e
        ? (e as { failure: MailboxFailure }).failure
        : { kind: "sign-in", step: "Connecting to the mailbox", message: e instanceof Error ? e.message : String(e) };
    return { ok: false, failure };
  }
}
