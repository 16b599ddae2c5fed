import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { MailboxFailure } from "../../graph/types";
import { copyText } from "../common/clipboard";
import { StateMessage } from "../common/StateMessage";
import { useStrings } from "../i18n/LocaleProvider";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, alignItems: "flex-start", overflowWrap: "anywhere" },
  link: { wordBreak: "break-all" },
});

interface Props {
  title: string;
  failure: MailboxFailure;
  /** Shown for "consent-blocked": where the admin consents for everyone. */
  adminConsentUrl?: string;
  onRetry?(): void;
  retryLabel?: string;
}

/**
 * A failure of the mailbox search in plain words, with Microsoft's code (what an admin searches
 * for) and the way forward: Try again, or the admin-consent link when only an admin can consent.
 */
export function MailboxFailureMessage({ title, failure, adminConsentUrl, onRetry, retryLabel }: Props) {
  const styles = useStyles();
  const { t } = useStrings();
  const [copied, setCopied] = useState(false);
  // As the Diagnostics panel writes it: Graph's or MSAL's code, then the HTTP status.
  const code = [failure.code, failure.status !== undefined ? `HTTP ${failure.status}` : undefined].filter(Boolean).join(" / ");
  return (
    <StateMessage intent={failure.kind === "not-found" ? "warning" : "error"} title={title}>
      <div className={styles.stack}>
        <Text>{t(`recent.failure.${failure.kind}`)}</Text>
        {failure.retryAfterSeconds !== undefined && <Text>{t("recent.retryAfter", { seconds: failure.retryAfterSeconds })}</Text>}
        {code && <Text size={200}>{t("recent.code", { code })}</Text>}
        {failure.kind === "consent-blocked" && adminConsentUrl && (
          <>
            <Text>{t("recent.adminConsent")}</Text>
            <Link className={styles.link} href={adminConsentUrl} target="_blank" rel="noopener noreferrer">
              {adminConsentUrl}
            </Link>
            <Button size="small" onClick={() => void copyText(adminConsentUrl).then((ok) => setCopied(ok))}>
              {copied ? t("recent.linkCopied") : t("recent.copyLink")}
            </Button>
          </>
        )}
        {onRetry && (
          <Button size="small" onClick={onRetry}>
            {retryLabel ?? t("recent.retry")}
          </Button>
        )}
      </div>
    </StateMessage>
  );
}
