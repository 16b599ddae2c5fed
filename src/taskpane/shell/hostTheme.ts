import type { HostInfo } from "../../outlook/types";

/** The Office host reports Outlook's theme (from officeTheme colours); the preview has none. */
export function hostPrefersDark(info: HostInfo): boolean {
  return info.theme === "dark";
}
