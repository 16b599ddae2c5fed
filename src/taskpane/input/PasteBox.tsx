import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { intlLocale } from "../../i18n/locale";
import { useStrings } from "../i18n/LocaleProvider";
import { pastedTextProblem } from "./localCandidates";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The text stays in the box after Explain, so nothing typed is lost if the result isn't what was expected. */
export function PasteBox({ onExplain }: { onExplain(text: string): void }) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string>();
  const explain = () => {
    const issue = pastedTextProblem(text, t, intlLocale(locale));
    setProblem(issue);
    if (!issue) onExplain(text);
  };
  return (
    <div className={styles.root}>
      <Field label={t("input.pasteLabel")} validationState={problem ? "error" : "none"} validationMessage={problem}>
        <Textarea
          value={text}
          onChange={(_, data) => {
            setText(data.value);
            if (problem) setProblem(undefined);
          }}
          resize="vertical"
          rows={5}
        />
      </Field>
      <Button onClick={explain}>{t("input.explain")}</Button>
    </div>
  );
}
