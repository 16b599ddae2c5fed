import { useCallback, useRef, useState } from "react";
import { loadEvidenceTexts } from "../../i18n/evidence";
import type { Locale } from "../../i18n/locale";
import type { Translate } from "../../i18n/translate";
import type { MailHost } from "../../outlook/types";
import { errorMessage } from "../common/withTimeout";
import type { ReportContext } from "./reportModel";

export type ForwardState = { status: "idle" } | { status: "opening" } | { status: "opened"; to: string } | { status: "failed"; message: string };

/** Builds the forward and asks the host to open it; the user still has to press Send. */
/** `t` words the host's refusal when it names one (ActionResult.key); Office's own text otherwise. */
/** `locale`: the classifier's warnings go into the forward in this language (fetched here if the pane hasn't yet). */
export function useForward(host: MailHost, context: ReportContext, t?: Translate, locale?: Locale) {
  const [state, setState] = useState<ForwardState>({ status: "idle" });
  const busy = useRef(false);

  const forward = useCallback(
    async (to: string) => {
      if (busy.current) return;
      busy.current = true;
      setState({ status: "opening" });
      try {
        // The forward's builder (and the block encoder) loads on first use: most readings never forward.
        const { composeForward } = await import(/* webpackChunkName: "forward" */ "./composeForward");
        const evidenceTexts = context.evidenceTexts ?? (locale && locale !== "en" ? await loadEvidenceTexts(locale) : undefined);
        const request = composeForward({ ...context, evidenceTexts, to, locale });
        const result = await host.openForward(request);
        if (result.ok) setState({ status: "opened", to: request.to });
        else setState({ status: "failed", message: result.key && t ? t(`host.${result.key}`) : result.message });
      } catch (error) {
        setState({ status: "failed", message: errorMessage(error) });
      } finally {
        busy.current = false;
      }
    },
    [host, context, t, locale],
  );

  return { state, forward };
}
