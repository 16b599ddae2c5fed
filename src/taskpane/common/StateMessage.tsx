import { MessageBar, MessageBarBody, MessageBarTitle, type MessageBarIntent } from "@fluentui/react-components";
import type { ReactNode } from "react";

interface StateMessageProps {
  intent: MessageBarIntent;
  title: string;
  children?: ReactNode;
}

/** One MessageBar per pane state; the intent is the severity. */
export function StateMessage({ intent, title, children }: StateMessageProps) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
