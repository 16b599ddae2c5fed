/**
 * The guidance table writes the recipient's domain as "<domain>" because its texts and commands
 * serve every bounce. Where the pane knows the domain, it shows the real one, so an admin can copy
 * a command as it stands. Only plain DNS names are filled in: anything else stays a placeholder.
 */
import type { AdminStep } from "../../classifier/types";

const PLACEHOLDER = "<domain>";
const EXO_MX_PLACEHOLDER = "<domain>.mail.protection.outlook.com";

function isPlainDomain(domain: string): boolean {
  if (domain.length < 3 || domain.length > 253 || !domain.includes(".")) return false;
  for (let i = 0; i < domain.length; i++) {
    const c = domain.charCodeAt(i);
    const ok = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d;
    if (!ok) return false;
  }
  return !domain.startsWith(".") && !domain.endsWith(".") && !domain.includes("..");
}

/** The domain of a recipient address, when it is a plain DNS name. */
export function plainDomainOf(address: string | undefined): string | undefined {
  if (!address || address.length > 400) return undefined;
  const at = address.lastIndexOf("@");
  if (at < 0) return undefined;
  let domain = address.slice(at + 1).trim().toLowerCase();
  while (domain.endsWith(">") || domain.endsWith("]") || domain.endsWith(".")) domain = domain.slice(0, -1);
  return isPlainDomain(domain) ? domain : undefined;
}

export function fillDomain(text: string, domain: string | undefined): string {
  if (!domain || !text.includes(PLACEHOLDER) || !isPlainDomain(domain)) return text;
  // Exchange Online's MX host is the domain with its dots turned into hyphens (contoso.co.uk →
  // contoso-co-uk.mail.protection.outlook.com), not the domain followed by the suffix.
  const exoMx = `${domain.split(".").join("-")}.mail.protection.outlook.com`;
  return text.split(EXO_MX_PLACEHOLDER).join(exoMx).split(PLACEHOLDER).join(domain);
}

export function stepsForDomain(steps: readonly AdminStep[], domain: string | undefined): AdminStep[] {
  return steps.map((step) => ({
    ...step,
    text: fillDomain(step.text, domain),
    ...(step.commands !== undefined ? { commands: step.commands.map((c) => ({ ...c, text: fillDomain(c.text, domain) })) } : {}),
  }));
}
