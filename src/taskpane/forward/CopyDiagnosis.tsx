import { Button, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { copyText } from "../common/clipboard";
import { useStrings } from "../i18n/LocaleProvider";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

type CopyState = "idle" | "copied" | "failed";

/** Where no new-message form can be opened (mobile), the user copies the write-up instead. */
export function CopyDiagnosis({ text, appearance = "primary" }: { text: string; appearance?: "primary" | "secondary" }) {
  const styles = useStyles();
  const { t } = useStrings();
  const [state, setState] = useState<CopyState>("idle");
  return (
    <div className={styles.root}>
      <Button appearance={appearance} onClick={async () => setState((await copyText(text)) ? "copied" : "failed")}>
        {t("copy.button")}
      </Button>
      <div role="status">
        {state === "copied" && <Text>{t("copy.done")}</Text>}
        {state === "failed" && <Text>{t("copy.failed")}</Text>}
      </div>
      {state === "failed" && (
        <Field label={t("copy.field")}>
          <Textarea value={text} readOnly resize="vertical" rows={8} onFocus={(e) => e.currentTarget.select()} />
        </Field>
      )}
    </div>
  );
}
