import { Button, Checkbox, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import type { MailHost } from "../../outlook/types";
import { diagnosisText } from "../forward/diagnosisText";
import type { ReportContext } from "../forward/reportModel";
import { useForward } from "../hooks/useForward";
import { isEmailAddress } from "../lib/emailAddress";
import { errorMessage } from "../lib/withTimeout";
import { AdminAddressField } from "./AdminAddressField";
import { CopyDiagnosis } from "./CopyDiagnosis";
import { StateMessage } from "./StateMessage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, overflowWrap: "anywhere" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

function initialSetting(host: MailHost): { address: string; fromOrganisation: boolean } {
  try {
    const setting = host.getAdminAddressSetting();
    return { address: setting?.address ?? "", fromOrganisation: setting?.source === "organisation" };
  } catch {
    return { address: "", fromOrganisation: false };
  }
}

const INVALID = "Enter an email address, for example helpdesk@contoso.com.";

export function ForwardToAdmin({ host, context: baseContext }: { host: MailHost; context: ReportContext }) {
  const styles = useStyles();
  // Off by default: quoting the bounce is the user's choice (it can carry names and addresses).
  const [includeBounceText, setIncludeBounceText] = useState(false);
  const context = useMemo(() => ({ ...baseContext, includeBounceText }), [baseContext, includeBounceText]);
  const { state, forward } = useForward(host, context);
  const [initial] = useState(() => initialSetting(host));
  const [saved, setSaved] = useState(initial.address);
  // Once the user saves their own address, it is theirs (and wins over the organisation's default).
  const [fromOrganisation, setFromOrganisation] = useState(initial.fromOrganisation);
  const [draft, setDraft] = useState(saved);
  const [editing, setEditing] = useState(false);
  /** True when the field was opened by pressing Forward: saving then continues to the forward. */
  const [forwardAfterSave, setForwardAfterSave] = useState(false);
  const [invalid, setInvalid] = useState<string>();
  const [saveError, setSaveError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const text = useMemo(() => diagnosisText(context), [context]);

  const includeBox = (
    <Checkbox
      checked={includeBounceText}
      onChange={(_, data) => setIncludeBounceText(data.checked === true)}
      label="Include the bounce text"
    />
  );

  if (!host.canOpenForm) {
    return (
      <section className={styles.root} aria-label="Send to your admin">
        <h2 className={styles.heading}>Send it to your admin</h2>
        <Text>This Outlook can't open a new message from an add-in. Copy the diagnosis and paste it into a message to your email admin.</Text>
        {includeBox}
        <CopyDiagnosis text={text} />
      </section>
    );
  }

  const askForAddress = (andForward: boolean) => {
    setDraft(saved);
    setEditing(true);
    setForwardAfterSave(andForward);
    setInvalid(undefined);
    setSaveError(undefined);
    // Focus after the field renders.
    setTimeout(() => inputRef.current?.focus(), 0);
  };

  const onForward = () => {
    if (saved && isEmailAddress(saved)) void forward(saved);
    else askForAddress(true);
  };

  const onSave = async () => {
    const address = draft.trim();
    if (!isEmailAddress(address)) {
      setInvalid(INVALID);
      return;
    }
    setInvalid(undefined);
    setSaving(true);
    let ok = false;
    try {
      const result = await host.saveAdminAddress(address);
      ok = result.ok;
      if (!result.ok) setSaveError(result.message);
    } catch (error) {
      setSaveError(errorMessage(error));
    }
    setSaving(false);
    if (ok) {
      setSaved(address);
      setFromOrganisation(false);
      setSaveError(undefined);
      setEditing(false);
    }
    // A failed save keeps the field and its value; the user asked to forward, so that still happens.
    if (forwardAfterSave) {
      setForwardAfterSave(false);
      await forward(address);
    }
  };

  return (
    <section className={styles.root} aria-label="Send to your admin">
      <h2 className={styles.heading}>Send it to your admin</h2>
      {includeBox}
      <div className={styles.row}>
        <Button appearance="primary" onClick={onForward} disabled={state.status === "opening" || saving}>
          Forward to my admin
        </Button>
        {state.status === "opening" && <Spinner size="tiny" label="Opening a new message…" />}
      </div>
      {saved && !editing && (
        <div className={styles.row}>
          <Text size={200}>{fromOrganisation ? `Your organisation's helpdesk address (set by your admin): ${saved}` : `Your admin: ${saved}`}</Text>
          <Button size="small" appearance="subtle" onClick={() => askForAddress(false)}>
            Change
          </Button>
        </div>
      )}
      {editing && (
        <AdminAddressField
          value={draft}
          onChange={(v) => {
            setDraft(v);
            if (invalid) setInvalid(undefined);
          }}
          onSubmit={() => void onSave()}
          onCancel={() => {
            setEditing(false);
            setForwardAfterSave(false);
          }}
          error={invalid}
          hint={forwardAfterSave ? "Who should get this? Enter your email admin's address once; it's remembered for next time." : undefined}
          submitLabel={forwardAfterSave ? "Save and forward" : "Save"}
          busy={saving}
          inputRef={inputRef}
        />
      )}
      {saveError && (
        <StateMessage intent="error" title="The address wasn't saved">
          <Text>
            {saveError} Your typed address is kept, so you can try saving again.
          </Text>
        </StateMessage>
      )}
      <div role="status">
        {state.status === "opened" && (
          <StateMessage intent="success" title="Message ready">
            <Text>A new message to {state.to} is open. Nothing is sent until you press Send.</Text>
          </StateMessage>
        )}
      </div>
      {state.status === "failed" && (
        <>
          <StateMessage intent="error" title="Couldn't open a new message">
            <Text>{state.message} You can copy the diagnosis instead and paste it into a message.</Text>
          </StateMessage>
          <CopyDiagnosis text={text} appearance="secondary" />
        </>
      )}
    </section>
  );
}
