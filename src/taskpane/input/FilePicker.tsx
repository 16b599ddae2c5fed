import { Button, makeStyles } from "@fluentui/react-components";
import { type ChangeEvent, useId, useRef } from "react";
import { useStrings } from "../i18n/LocaleProvider";

const useStyles = makeStyles({
  // The native input stays in the DOM (and accessible by its label) but the Button is what shows.
  // Full width, like Explain and "Check another bounce": one width for the panel's actions.
  root: { display: "flex", flexDirection: "column" },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

export function FilePicker({ onFile }: { onFile(file: File): void }) {
  const styles = useStyles();
  const { t } = useStrings();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) onFile(file);
    // Allow choosing the same file again after fixing something.
    e.target.value = "";
  };
  return (
    <div className={styles.root}>
      <label htmlFor={id} className={styles.hidden}>
        {t("input.openFileLabel")}
      </label>
      <input
        id={id}
        ref={input}
        type="file"
        accept=".eml,.msg,message/rfc822,application/vnd.ms-outlook"
        className={styles.hidden}
        onChange={onChange}
        tabIndex={-1}
      />
      <Button onClick={() => input.current?.click()}>{t("input.openFileButton")}</Button>
    </div>
  );
}
