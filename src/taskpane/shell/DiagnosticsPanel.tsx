import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import { Suspense } from "react";
import type { HostDiagnostics, MailHost } from "../../outlook/types";
import { LazyFallback } from "../common/LazyFallback";
import { useStrings } from "../i18n/LocaleProvider";
import { LazyDiagnosticsDetails } from "./lazyViews";

function read(host: MailHost): HostDiagnostics | undefined {
  try {
    return host.diagnostics();
  } catch {
    return undefined;
  }
}

/**
 * Collapsed by default: host, platform, version, requirement sets, the read path that worked and
 * every Office failure with its code. Host facts only, so it is safe to copy into a support ticket.
 * The contents load when the panel is first opened.
 */
export function DiagnosticsPanel({ host }: { host: MailHost }) {
  const { t } = useStrings();
  // Read on every render: the pane re-renders after each read, and the host's log changes with it.
  const d = read(host);
  if (!d) return null;
  return (
    <Accordion collapsible>
      <AccordionItem value="diagnostics">
        <AccordionHeader as="h2">{t("diag.heading")}</AccordionHeader>
        <AccordionPanel>
          <Suspense fallback={<LazyFallback />}>
            <LazyDiagnosticsDetails diagnostics={d} />
          </Suspense>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
