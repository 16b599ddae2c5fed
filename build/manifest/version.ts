/**
 * Manifest versions. The admin center updates a line-of-business add-in only when the new
 * manifest's version is greater than the deployed one ("Update will work only if the version of
 * the new add-in is greater than that of the existing add-in", manage-deployment-of-add-ins.md).
 */
import { VERSION_PATTERN } from "./checks";

export function parseVersion(value: string): number[] | undefined {
  const v = value.trim();
  if (!VERSION_PATTERN.test(v)) return undefined;
  const parts = v.split(".").map(Number);
  while (parts.length < 4) parts.push(0);
  return parts;
}

export function formatVersion(parts: readonly number[]): string {
  return parts.join(".");
}

export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** "0.1.0" (package.json) → [0, 1, 0, 0]. */
export function versionFromPackage(packageVersion: string): number[] {
  const core = packageVersion.split(/[-+]/)[0];
  const parsed = parseVersion(core);
  if (!parsed) throw new Error(`package.json version ${packageVersion} can't be a manifest version`);
  return parsed;
}

/**
 * The next manifest version: the package's version when it is newer than what was written before,
 * else the previous one with its last part raised by one.
 */
export function nextVersion(packageVersion: readonly number[], previous: readonly number[] | undefined): number[] {
  if (!previous || compareVersions(packageVersion, previous) > 0) return [...packageVersion];
  if (previous[3] >= 99999) throw new Error(`version ${formatVersion(previous)} can't be raised further in its last part; pass --version`);
  return [previous[0], previous[1], previous[2], previous[3] + 1];
}
