/**
 * Guidance is written for every bounce, with "<domain>" where the recipient's domain goes. A
 * summary group has one recipient domain, so its fix shows the real one and an admin can copy the
 * command as it stands. The domain comes from a message, so it is filled in only when it passes
 * the strict host-name check the DNS checks use (LDH labels: none starts with "-", no spaces,
 * quotes or shell syntax). `bob@-f.netrc` keeps "<domain>": it would otherwise become
 * `dig MX -f.netrc`, an option instead of a name.
 */
import { EXO_MX_PLACEHOLDER, exchangeOnlineMxHost } from "../../classifier/mail/exoMxHost";
import { parseDomain } from "../../dns/domainName";
import type { TopFix } from "./report";

const PLACEHOLDER = "<domain>";

/** The domain in the form a command may carry (lowercase ASCII, IDNs in punycode), or undefined. */
export function commandSafeDomain(domain: string): string | undefined {
  const parsed = parseDomain(domain);
  return parsed.ok ? parsed.domain : undefined;
}

function fill(text: string, domain: string): string {
  if (!text.includes(PLACEHOLDER)) return text;
  const exoMx = exchangeOnlineMxHost(domain);
  const withMx = exoMx ? text.split(EXO_MX_PLACEHOLDER).join(exoMx) : text;
  return withMx.split(PLACEHOLDER).join(domain);
}

/** The fix with the group's domain in its step and command, or the fix unchanged. */
export function fixForDomain(fix: TopFix, domain: string): TopFix {
  const texts = [fix.adminStep, fix.command ?? ""];
  if (!texts.some((t) => t.includes(PLACEHOLDER))) return fix;
  const safe = commandSafeDomain(domain);
  if (!safe) return fix;
  const out: TopFix = { ...fix, adminStep: fill(fix.adminStep, safe) };
  if (fix.command !== undefined) out.command = fill(fix.command, safe);
  return out;
}
