/**
 * Everything the "Send it to your admin" section holds: whether the full bounce text goes along,
 * the admin address (./useAdminAddress.ts), the forward itself (./useForward.ts) and the plain
 * text for Copy. ForwardToAdmin only renders it.
 */
import { useEffect, useMemo, useState } from "react";
import type { MailHost } from "../../outlook/types";
import { useEvidenceTexts } from "../diagnosis/EvidenceTexts";
import { useStrings } from "../i18n/LocaleProvider";
import type { ReportContext } from "./reportModel";
import { type AdminAddress, useAdminAddress } from "./useAdminAddress";
import { type ForwardState, useForward } from "./useForward";

export interface ForwardPanel {
  includeFullText: boolean;
  setIncludeFullText(on: boolean): void;
  address: AdminAddress;
  forward: ForwardState;
  /** What the write-up (forward and Copy) is built from. */
  context: ReportContext;
  onForward(): void;
  onSave(): void;
}

export function useForwardPanel(host: MailHost, baseContext: ReportContext, onFormOpenChange?: (open: boolean) => void): ForwardPanel {
  const { t, locale } = useStrings();
  // Off by default: the full bounce text can carry names and addresses; the user chooses.
  const [includeFullText, setIncludeFullText] = useState(false);
  // The copy and the forward word the classifier's warnings as the pane does.
  const evidenceTexts = useEvidenceTexts();
  const context = useMemo(() => ({ ...baseContext, includeBounceText: includeFullText, evidenceTexts }), [baseContext, includeFullText, evidenceTexts]);
  const { state, forward } = useForward(host, context, t, locale);
  const address = useAdminAddress(host);
  const editing = address.state.editing;
  useEffect(() => onFormOpenChange?.(editing), [editing, onFormOpenChange]);
  useEffect(() => () => onFormOpenChange?.(false), [onFormOpenChange]);

  return {
    includeFullText,
    setIncludeFullText,
    address,
    forward: state,
    context,
    onForward: () => {
      const to = address.usable();
      if (to) void forward(to);
      else address.ask(true);
    },
    onSave: () => {
      void address.save().then((to) => {
        if (to) return forward(to);
        return undefined;
      });
    },
  };
}
