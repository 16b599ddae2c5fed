/**
 * Opens a new message to the admin (Office.js has no forward API). Nothing is sent: the user
 * reviews the draft and presses Send. Limits are enforced here too, because Office throws on any
 * parameter over its limit and the caller may have miscounted.
 */
import { isAdminAddress } from "../classifier/mail/address";
import { ATTACHMENT_NAME_MAX_CHARS, cutChars, cutHtmlBody, SUBJECT_MAX_CHARS } from "./formLimits";
import { callOffice, toFailure } from "./officeErrors";
import { isMailboxSetSupported, REQUIRES } from "./requirementSets";
import type { ActionResult, ForwardRequest } from "./types";

/** EWS item ids are documented as at most 100 characters; longer ones are refused by Office. */
const ITEM_ID_MAX_CHARS = 100;

export function canOpenNewMessageForm(office: typeof Office): boolean {
  const mailbox = mailboxOf(office);
  return (
    isMailboxSetSupported(office, REQUIRES.newMessageForm) &&
    (typeof mailbox?.displayNewMessageForm === "function" || typeof mailbox?.displayNewMessageFormAsync === "function")
  );
}

function mailboxOf(office: typeof Office): Office.Mailbox | undefined {
  try {
    return office.context?.mailbox ?? undefined;
  } catch {
    return undefined;
  }
}

export interface CurrentItemRef {
  itemId?: string;
  subject?: string;
}

export function buildMessageForm(office: typeof Office, request: ForwardRequest, current: CurrentItemRef | undefined): Office.MessageForm {
  const form: Office.MessageForm = {
    toRecipients: [request.to.trim()],
    subject: cutChars(request.subject, SUBJECT_MAX_CHARS),
    htmlBody: cutHtmlBody(request.htmlBody),
  };
  const itemId = current?.itemId;
  if (request.attachCurrentItem && itemId && itemId.length <= ITEM_ID_MAX_CHARS) {
    const name = cutChars((current?.subject ?? "").trim() || "Original message", ATTACHMENT_NAME_MAX_CHARS);
    form.attachments = [{ type: office.MailboxEnums.AttachmentType.Item, itemId, name }];
  }
  return form;
}

export async function openNewMessageForm(
  office: typeof Office,
  request: ForwardRequest,
  current: CurrentItemRef | undefined,
  timeoutMs?: number,
): Promise<ActionResult> {
  if (!isAdminAddress(request.to)) {
    return { ok: false, message: "Set a valid admin address first.", key: "invalidAdmin" };
  }
  const mailbox = mailboxOf(office);
  if (!mailbox || !canOpenNewMessageForm(office)) {
    return { ok: false, message: "This Outlook can't open a new message from an add-in. Copy the details instead.", key: "noForm" };
  }
  let form: Office.MessageForm;
  try {
    form = buildMessageForm(office, request, current);
  } catch (e) {
    return { ok: false, message: "The message couldn't be prepared.", key: "prepareFailed", failure: toFailure("buildMessageForm", e) };
  }

  if (isMailboxSetSupported(office, REQUIRES.newMessageFormAsync) && typeof mailbox.displayNewMessageFormAsync === "function") {
    const r = await callOffice<void>(office, "displayNewMessageFormAsync", (cb) => mailbox.displayNewMessageFormAsync(form, cb), timeoutMs);
    if (r.ok) return { ok: true };
    const unconfirmed = r.failure.code === "Timeout";
    const message = unconfirmed
      ? "Outlook didn't confirm that the new message opened. If no draft appeared, try again or copy the details."
      : "Outlook couldn't open the new message. Copy the details instead.";
    return { ok: false, message, key: unconfirmed ? "formUnconfirmed" : "formFailed", failure: r.failure };
  }

  try {
    mailbox.displayNewMessageForm(form);
    return { ok: true };
  } catch (e) {
    return {
      ok: false,
      message: "Outlook couldn't open the new message. Copy the details instead.",
      key: "formFailed",
      failure: toFailure("displayNewMessageForm", e),
    };
  }
}
