import { Button, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { copyText } from "../common/clipboard";
import { useStrings } from "../i18n/LocaleProvider";
import { diagnosisText } from "./diagnosisText";
import type { ReportContext } from "./reportModel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

type CopyState = "idle" | "copied" | "failed";

/**
 * Where no new-message form can be opened (mobile), or opening it failed, the user copies the
 * write-up instead. Its own chunk (with the write-up's builder): most readings never need it.
 */
export function CopyDiagnosis({ context, appearance = "primary" }: { context: ReportContext; appearance?: "primary" | "secondary" }) {
  const styles = useStyles();
  const { t } = useStrings();
  const text = useMemo(() => diagnosisText(context), [context]);
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
