import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { copyText } from "../common/clipboard";
import { oneLine } from "../common/oneLine";
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
 * it, copy the message for the other organisation, or a plain step (tell them another way).
 * `demoted` while another form's button is the pane's primary one.
 */
export function UserAction({ model, demoted }: { model: ProblemModel; demoted: boolean }) {
  const { t } = useStrings();
  const action = model.action;
  const domain = model.orgs.recipientDomain;
  switch (action.kind) {
    case "copy-address":
      return (
        <CopyAction label={t("action.copyAddress")} text={action.address} hint={t("action.copyAddressHint", { address: oneLine(action.address) })} demoted={demoted} />
      );
    case "copy-note":
      return model.note ? (
        <CopyAction
          label={domain ? t("action.copyNote", { domain }) : t("action.copyNoteUnknown")}
          text={model.note}
          hint={domain ? t("action.copyNoteHint", { domain }) : t("action.copyNoteHintUnknown")}
          demoted={demoted}
        />
      ) : null;
    case "another-way":
      return <Text weight="semibold">{t("action.anotherWay", { recipient: model.orgs.recipient ? oneLine(model.orgs.recipient) : t("fill.recipient") })}</Text>;
    default:
      return null;
  }
}
