/**
 * Whose organisation is whose: the pane knows the user's domain (the mailbox owner's, and the
 * bounced message's sender) and the recipient's. When they differ, the recipient's admin is
 * someone else's admin, and the pane says so instead of handing their steps to the user's admin.
 */
import type { Diagnosis, RecipientDiagnosis } from "../../classifier/types";
import { addressIn, plainDomainOf, sameOrganisationDomain } from "../common/addresses";
import { consumerProvider } from "./consumerMail";

export interface Organisations {
  /** The failed recipient's domain (plain DNS name), when known. */
  recipientDomain?: string;
  /** The first failed address, as the report gave it. */
  recipient?: string;
  /** The user's domain: the bounced message's sender's, else the mailbox owner's. */
  senderDomain?: string;
  /** The bounced message's sender address (else the mailbox owner's): fills <sender>. */
  sender?: string;
  /** "same": one organisation; "different": two; "unknown": one side isn't known. */
  relation: "same" | "different" | "unknown";
  /** Set when the recipient's mailbox is at a personal-mail provider (Gmail, Outlook.com, …): its name. */
  consumerProvider?: string;
}

export function organisationsOf(
  diagnosis: Pick<Diagnosis, "original">,
  recipient: Pick<RecipientDiagnosis, "address"> | undefined,
  mailboxOwner: string | undefined,
): Organisations {
  const recipientDomain = plainDomainOf(recipient?.address);
  const originalSender = addressIn(diagnosis.original?.from);
  const owner = addressIn(mailboxOwner);
  const senderDomains = [plainDomainOf(originalSender), plainDomainOf(owner)].filter((d): d is string => d !== undefined);
  const org: Organisations = { relation: "unknown" };
  if (recipient?.address) org.recipient = recipient.address;
  if (recipientDomain) org.recipientDomain = recipientDomain;
  const sender = originalSender ?? owner;
  if (sender) org.sender = sender;
  if (senderDomains[0]) org.senderDomain = senderDomains[0];
  if (recipientDomain && senderDomains.length > 0) {
    org.relation = senderDomains.some((d) => sameOrganisationDomain(d, recipientDomain)) ? "same" : "different";
  }
  const provider = consumerProvider(recipientDomain);
  if (provider && org.relation !== "same") org.consumerProvider = provider;
  return org;
}
