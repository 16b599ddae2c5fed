/**
 * The lazily loaded half of the mailbox search (webpack chunk "mailbox"): MSAL's nestable client
 * and the Graph client. Loaded only after the user turns the search on (src/outlook/mailbox/
 * officeMailbox.ts imports it with import()), so the pane's first view carries neither.
 *
 * - createNestablePublicClientApplication, and only its nested (NAA) form: when Outlook provides
 *   no bridge, MSAL would fall back to a standard browser client with its own redirects and
 *   requests to login.microsoftonline.com; the factory below refuses that instead.
 * - Delegated Mail.Read only. acquireTokenSilent, then acquireTokenPopup when interaction is
 *   required (consent the first time, MFA, sign-in). No redirect flows (NAA has none).
 * - Tokens in memory only (cacheLocation "memoryStorage"): nothing of the sign-in is written to
 *   the browser's storage; Outlook keeps the account, so a new pane gets a token silently.
 */
import { createNestablePublicClientApplication, type IPublicClientApplication } from "@azure/msal-browser";
import { createGraphClient, type GraphClient } from "../../graph/client";
import { MailboxError, type FetchLike, type TokenProvider } from "../../graph/types";
import { authFailure, needsInteraction } from "./authFailure";

export const GRAPH_SCOPES = ["Mail.Read"];
/** Work and school accounts only: personal (Outlook.com) mailboxes have no Exchange Online to ask. */
export const AUTHORITY = "https://login.microsoftonline.com/organizations";

class NoNestedAppAuth extends Error {
  readonly errorCode = "nested_app_auth_unavailable";
  constructor() {
    super("Outlook provided no nested app authentication bridge (window.nestedAppAuthBridge).");
  }
}

export interface GraphMailboxOptions {
  clientId: string;
  /** The mailbox's address (userProfile.emailAddress): Graph requests are limited per mailbox. */
  mailbox: string;
  fetch?: FetchLike;
  /** Tests: an MSAL client already made. */
  pca?: IPublicClientApplication;
}

export async function createNaaClient(clientId: string): Promise<IPublicClientApplication> {
  try {
    return await createNestablePublicClientApplication(
      { auth: { clientId, authority: AUTHORITY }, cache: { cacheLocation: "memoryStorage" } },
      undefined,
      undefined,
      () => {
        throw new NoNestedAppAuth();
      },
    );
  } catch (e) {
    throw new MailboxError(authFailure(e, "init"));
  }
}

export function naaTokenProvider(pca: IPublicClientApplication): TokenProvider {
  return async (options) => {
    try {
      const silent = await pca.acquireTokenSilent({ scopes: GRAPH_SCOPES, forceRefresh: options?.forceRefresh === true });
      return silent.accessToken;
    } catch (e) {
      if (!needsInteraction(e)) throw new MailboxError(authFailure(e, "silent"));
      // No window unasked: the caller says so, and the user can then ask.
      if (options?.interactive === false) {
        const failure = authFailure(e, "silent");
        throw new MailboxError(failure.kind === "conditional-access" ? failure : { ...failure, kind: "interaction-required" });
      }
    }
    try {
      const interactive = await pca.acquireTokenPopup({ scopes: GRAPH_SCOPES });
      return interactive.accessToken;
    } catch (e) {
      throw new MailboxError(authFailure(e, "popup"));
    }
  };
}

export async function openGraphMailbox(options: GraphMailboxOptions): Promise<GraphClient> {
  const pca = options.pca ?? (await createNaaClient(options.clientId));
  // A plain function value: window.fetch called as a method of another object throws "Illegal invocation".
  const fetchImpl: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  return createGraphClient({ fetch: fetchImpl, token: naaTokenProvider(pca), mailbox: options.mailbox });
}
