import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { copyText } from "../common/clipboard";
import { useStrings } from "../i18n/LocaleProvider";
import type { ProblemModel } from "./problemModel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS, minWidth: 0 },
});

type CopyState = "idle" | "copied" | "failed";

function CopyAction({ label, text, hint, demoted }: { label: string; text: string; hint: string; demoted: boolean }) {
  const styles = useStyles();
  const { t } = useStrings();
  const [state, setState] = useState<CopyState>("idle");
  return (
    <div className={styles.root}>
      <Button appearance={demoted ? "secondary" : "primary"} onClick={async () => setState((await copyText(text)) ? "copied" : "failed")}>
        {label}
      </Button>
      <Caption1>{hint}</Caption1>
      <span role="status">
        {state === "copied" && <Caption1>{t("action.copied")}</Caption1>}
        {state === "failed" && <Caption1>{t("action.copyFailed")}</Caption1>}
      </span>
    </div>
  );
}

/**
 * What the user can do themselves when their own admin can't fix it: copy the address to correct
 * it, or copy the message for the other organisation. When only the recipient can act (a full
 * mailbox), the user's own steps say to tell them another way, and there is no button.
 * `demoted` while another form's button is the pane's primary one.
 */
export function UserAction({ model, demoted }: { model: ProblemModel; demoted: boolean }) {
  const { t } = useStrings();
  const action = model.action;
  const domain = model.orgs.recipientDomain;
  switch (action.kind) {
    case "copy-address":
      return <CopyAction label={t("action.copyAddress")} text={action.address} hint={t("action.copyAddressHint")} demoted={demoted} />;
    case "copy-note":
      return model.note ? (
        <CopyAction
          label={t("action.copyNote")}
          text={model.note}
          hint={domain ? t("action.copyNoteHint", { domain }) : t("action.copyNoteHintUnknown")}
          demoted={demoted}
        />
      ) : null;
    // "Let them know another way" is one of the user's steps already: said once, no button.
    default:
      return null;
  }
}
