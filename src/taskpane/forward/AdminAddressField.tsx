import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { type FormEvent, type Ref } from "react";
import { useStrings } from "../i18n/LocaleProvider";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface AdminAddressFieldProps {
  value: string;
  onChange(value: string): void;
  onSubmit(): void;
  onCancel?(): void;
  /** Validation message (not an address) — shown under the input. */
  error?: string;
  hint?: string;
  submitLabel: string;
  busy: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** The admin's address, asked once and then remembered by the host. */
export function AdminAddressField({ value, onChange, onSubmit, onCancel, error, hint, submitLabel, busy, inputRef }: AdminAddressFieldProps) {
  const styles = useStyles();
  const { t } = useStrings();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={t("address.formLabel")}>
      <Field label={t("address.label")} validationState={error ? "error" : "none"} validationMessage={error} hint={hint}>
        <Input ref={inputRef} type="email" value={value} onChange={(_, data) => onChange(data.value)} placeholder="helpdesk@contoso.com" autoComplete="email" />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" onClick={onCancel} disabled={busy}>
            {t("address.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
