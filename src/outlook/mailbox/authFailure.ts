/**
 * MSAL's errors under nested app authentication, turned into the pane's failure kinds. MSAL hands
 * the bridge's answer over as AuthError subclasses with `errorCode` (e.g. "access_denied",
 * "user_cancelled", "interaction_required") and Entra's message, which starts with its AADSTS
 * number; the number says what happened more precisely than the code (Entra's error reference:
 * https://learn.microsoft.com/entra/identity-platform/reference-error-codes). Pure: no MSAL import.
 */
import type { MailboxFailure, MailboxFailureKind } from "../../graph/types";

export const SIGN_IN_STEP = "Sign-in (nested app auth, Mail.Read)";

/** The user said no on the consent screen. */
const DECLINED = new Set([65004]);
/** Only an admin may consent in this tenant (user consent off, or a risky-app policy). */
const ADMIN_ONLY = new Set([65001, 90093, 90094, 90095, 900941, 900981]);
/** Conditional Access: AADSTS53000–53999 (device, location, approved app, …) and 530xxx. */
function isConditionalAccess(n: number): boolean {
  return (n >= 53000 && n <= 53999) || (n >= 530000 && n <= 530999);
}

interface MsalLike {
  errorCode?: unknown;
  errorMessage?: unknown;
  subError?: unknown;
  message?: unknown;
  name?: unknown;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

export function aadstsNumber(message: string): number | undefined {
  const m = /AADSTS(\d{5,7})/.exec(message);
  return m ? Number(m[1]) : undefined;
}

/** `phase`: a silent request's "consent required" is normal (the window comes next); after the window it is final. */
export function authFailure(error: unknown, phase: "init" | "silent" | "popup"): MailboxFailure {
  const e = (error !== null && typeof error === "object" ? error : {}) as MsalLike;
  const errorCode = text(e.errorCode) || (typeof error === "string" ? error : "");
  const message = (text(e.errorMessage) || text(e.message) || "The sign-in failed.").slice(0, 300);
  const sub = text(e.subError);
  const aadsts = aadstsNumber(message) ?? aadstsNumber(sub);
  const code = [errorCode || undefined, sub || undefined, aadsts !== undefined ? `AADSTS${aadsts}` : undefined].filter(Boolean).join(" / ") || undefined;
  const kind = kindOf(errorCode, sub, aadsts, phase);
  return { kind, step: SIGN_IN_STEP, ...(code ? { code } : {}), message };
}

function kindOf(errorCode: string, sub: string, aadsts: number | undefined, phase: "init" | "silent" | "popup"): MailboxFailureKind {
  if (phase === "init" || errorCode === "nested_app_auth_bridge_disabled" || errorCode === "bridge_unavailable" || errorCode === "NestedAppAuthUnavailable")
    return "no-naa";
  if (aadsts !== undefined) {
    if (isConditionalAccess(aadsts)) return "conditional-access";
    if (DECLINED.has(aadsts)) return "consent-refused";
    if (ADMIN_ONLY.has(aadsts) && phase === "popup") return "consent-blocked";
  }
  if (errorCode === "user_cancelled" || errorCode === "user_canceled") return "consent-refused";
  if (errorCode === "popup_window_error" || errorCode === "empty_window_error" || errorCode === "popup_blocked") return "popup-blocked";
  if (errorCode === "no_network_connectivity" || errorCode === "network_error") return "network";
  if (errorCode === "interaction_required" || errorCode === "consent_required" || errorCode === "login_required" || sub === "consent_required")
    return "interaction-required";
  return "sign-in";
}

/** Whether a silent request failed only because the user has to see a window (consent, MFA, sign-in). */
export function needsInteraction(error: unknown): boolean {
  const e = (error !== null && typeof error === "object" ? error : {}) as MsalLike;
  if (text(e.name) === "InteractionRequiredAuthError") return true;
  const code = text(e.errorCode);
  return ["interaction_required", "consent_required", "login_required", "invalid_grant"].includes(code);
}
