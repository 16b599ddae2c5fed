import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import { useStrings } from "../i18n/LocaleProvider";
import { copyText } from "./clipboard";
import { usePreStyles } from "./preStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  bar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

type CopyState = "idle" | "copied" | "failed";

interface CodeBlockProps {
  /** Exactly what Copy puts on the clipboard. */
  code: string;
  label: string;
  /** How the code is shown, when it is marked up (e.g. placeholders to replace); `code` as text otherwise. */
  children?: ReactNode;
}

/** A command to run, with a Copy button (admins paste these into a shell). */
export function CodeBlock({ code, label, children }: CodeBlockProps) {
  const styles = useStyles();
  const pre = usePreStyles().pre;
  const { t } = useStrings();
  const [copy, setCopy] = useState<CopyState>("idle");
  return (
    <div className={styles.root}>
      {/* A focusable region: keyboard users can scroll a long command (axe scrollable-region-focusable).
          Wrapped lines are only visual: Copy copies the exact text, so no break reaches the shell. */}
      <pre className={pre} role="region" aria-label={label} tabIndex={0}>
        <code>{children ?? code}</code>
      </pre>
      <div className={styles.bar}>
        <Button size="small" onClick={async () => setCopy((await copyText(code)) ? "copied" : "failed")}>
          {t("code.copy")}
        </Button>
        <span role="status">
          {copy === "copied" && <Caption1>{t("code.copied")}</Caption1>}
          {copy === "failed" && <Caption1>{t("code.copyFailed")}</Caption1>}
        </span>
      </div>
    </div>
  );
}
