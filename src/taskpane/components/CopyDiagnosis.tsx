import { Button, Field, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { copyText } from "../lib/clipboard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

type CopyState = "idle" | "copied" | "failed";

/** Where no new-message form can be opened (mobile), the user copies the write-up instead. */
export function CopyDiagnosis({ text, appearance = "primary" }: { text: string; appearance?: "primary" | "secondary" }) {
  const styles = useStyles();
  const [state, setState] = useState<CopyState>("idle");
  return (
    <div className={styles.root}>
      <Button appearance={appearance} onClick={async () => setState((await copyText(text)) ? "copied" : "failed")}>
        Copy diagnosis
      </Button>
      <div role="status">
        {state === "copied" && <Text>Copied. Paste it into a message to your email admin.</Text>}
        {state === "failed" && <Text>Copying didn't work here. Select the text below and copy it yourself.</Text>}
      </div>
      {state === "failed" && (
        <Field label="Diagnosis text">
          <Textarea value={text} readOnly resize="vertical" rows={8} onFocus={(e) => e.currentTarget.select()} />
        </Field>
      )}
    </div>
  );
}
