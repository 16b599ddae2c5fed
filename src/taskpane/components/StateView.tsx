import { Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { MessageKind } from "../../classifier/types";
import type { MailHost } from "../../outlook/types";
import type { ReaderState } from "../hooks/readerState";
import { DiagnosisView } from "./DiagnosisView";
import { GetItInHints } from "./GetItInHints";
import { CurrentItemBanner } from "./ItemBanner";
import { canDragIntoPane } from "../lib/clientLimits";
import { StateMessage } from "./StateMessage";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

const KIND_LABEL: Record<MessageKind | "unreadable", string> = {
  bounce: "a bounce",
  delay: "a delay notice",
  "delivery-report": "a delivery report (the message arrived)",
  "auto-reply": "an automatic reply",
  "read-receipt": "a read receipt",
  "feedback-report": "a spam complaint report",
  "not-bounce": "an ordinary message",
  unreadable: "couldn't be read",
};

interface StateViewProps {
  host: MailHost;
  state: ReaderState;
  onSelect(index: number): void;
}

export function StateView({ host, state, onSelect }: StateViewProps) {
  const styles = useStyles();
  switch (state.status) {
    case "loading":
      return <Spinner label="Reading this message…" />;
    case "no-item":
      return (
        <div className={styles.stack}>
          <StateMessage intent="info" title="No message to read">
            <Text>
              {host.info.mode === "preview"
                ? "There's no Outlook message here. Open, drop or paste a bounce below, or try a sample."
                : "Outlook doesn't let add-ins open bounce reports (non-delivery reports), so this pane can't see the one you selected."}
            </Text>
          </StateMessage>
          {host.info.mode !== "preview" && <GetItInHints canDrag={canDragIntoPane(host.info)} />}
        </div>
      );
    case "no-bounce":
      return (
        <div className={styles.stack}>
          {state.item && <CurrentItemBanner item={state.item} />}
          <StateMessage intent="info" title="No bounce found">
            <Text>
              {state.item ? `"${state.item.subject || "(no subject)"}" doesn't look like a bounce.` : "That doesn't look like a bounce."} If you're trying to
              explain a bounce report, Outlook won't hand it to add-ins directly:
            </Text>
          </StateMessage>
          <GetItInHints canDrag={canDragIntoPane(host.info)} />
          {state.lookedAt.length > 0 && (
            <>
              <Text weight="semibold">What we looked at:</Text>
              <ul className={styles.list} aria-label="What we looked at">
                {state.lookedAt.map((l, i) => (
                  <li key={i}>
                    {l.label}: {KIND_LABEL[l.kind]}
                    {l.note ? ` (${l.note})` : ""}
                  </li>
                ))}
              </ul>
            </>
          )}
          {state.failures.length > 0 && <Text size={200}>Some parts couldn't be read: {state.failures.map((f) => f.step).join(", ")}.</Text>}
        </div>
      );
    case "error":
      return (
        <div className={styles.stack}>
          {state.item && <CurrentItemBanner item={state.item} />}
          <StateMessage intent="error" title="Outlook couldn't give us this message">
            <Text>{state.message}</Text>
          </StateMessage>
          {state.failures.length > 0 && (
            <ul className={styles.list} aria-label="What failed">
              {state.failures.map((f, i) => (
                <li key={i}>
                  {f.step}
                  {f.code !== undefined ? ` (${String(f.code)})` : ""}: {f.message}
                </li>
              ))}
            </ul>
          )}
          <Text>What to try: close and reopen the message, then open NDR Assistant again. If that doesn't help, copy the bounce's text and paste it below.</Text>
        </div>
      );
    case "success":
      return <DiagnosisView host={host} results={state.results} selected={state.selected} onSelect={onSelect} />;
  }
}
