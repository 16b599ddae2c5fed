/**
 * A deliberately plain address check for the admin field: one "@", no spaces or list separators,
 * a dot in the domain. Outlook does the real validation when the message is sent; this only
 * catches typos such as a missing domain or a pasted display name.
 */
const ADDRESS = /^[^\s@<>()[\]",;:\\]+@[^\s@<>()[\]",;:\\]+\.[^\s@<>()[\]",;:\\.]+$/;

/** RFC 5321 limits a path to 256 octets including the angle brackets. */
const MAX_ADDRESS_LENGTH = 254;

export function isEmailAddress(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_ADDRESS_LENGTH) return false;
  if (trimmed.includes("..")) return false;
  return ADDRESS.test(trimmed);
}
