/**
 * The pane's own state around the reading: which view is on screen (user or admin), whether the
 * input panel is open, and what came of a drop. Kept out of App so App reads as the pane's layout.
 */
import { type DragEvent, useCallback, useEffect, useMemo, useState } from "react";
import type { DroppedFile, MailHost, OfficeFailure } from "../../outlook/types";
import type { AdminModel } from "../admin/adminModel";
import { adminModelFor, opensInAdminView } from "../admin/adminState";
import { hasOwnBlock } from "../admin/forwardState";
import { useStrings } from "../i18n/LocaleProvider";
import { localizeState } from "../i18n/localizeState";
import { candidatesFromFiles, candidatesFromHostDrop, type DropResult } from "../input/droppedCandidates";
import { useHostDrop } from "../input/useHostDrop";
import type { FirstRead } from "../reader/firstRead";
import { type ClassifyFn, defaultParser, inThreadParser, type MessageParser } from "../reader/parse/messageParser";
import type { ReaderState } from "../reader/readerState";
import { type BounceReader, useBounceReader } from "../reader/useBounceReader";

export type View = "admin" | "user";

export interface PaneState {
  reader: BounceReader;
  /** The parse worker's client (in jest, the in-thread one): other readers of message content use it too. */
  parser: MessageParser;
  /** The reading with guidance in the pane's language. */
  state: ReaderState;
  adminModel?: AdminModel;
  view: View;
  chooseView(view: View): void;
  /** The admin view is on screen. */
  showAdmin: boolean;
  /** The input panel is open (preview, nothing explained, or the user asked for it). */
  inputOpen: boolean;
  /** Mounted once opened, hidden after, so typed text survives. */
  inputMounted: boolean;
  openInput(): void;
  dragging: boolean;
  dropProblem?: string;
  onPaneDragOver(e: DragEvent<HTMLElement>): void;
  onPaneDrop(e: DragEvent<HTMLElement>): void;
}

function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes("Files");
}

export function usePaneState(host: MailHost, classify: ClassifyFn | undefined, firstRead: FirstRead | undefined): PaneState {
  const { t, locale, localizeEntry } = useStrings();
  // Tests hand in a classify function (jsdom has no Worker); the pane parses in its worker.
  const parser = useMemo(() => (classify ? inThreadParser(classify) : defaultParser()), [classify]);
  const reader = useBounceReader(host, parser, t, firstRead);
  const { explainAll } = reader;
  const state = useMemo(() => localizeState(reader.state, localizeEntry), [reader.state, localizeEntry]);
  const adminModel = useMemo(() => adminModelFor(state, { t, localizeEntry }), [state, t, localizeEntry]);
  const preview = host.info.mode === "preview";

  // The choice belongs to one reading (picking another candidate keeps it); a new message opens in its own default.
  // The raw reading, not the localized copy: guidance translations arriving must not reset the choice.
  const reading: unknown = reader.state.status === "success" ? reader.state.results : reader.state;
  const [viewChoice, setViewChoice] = useState<{ reading: unknown; view: View }>();
  const view: View = viewChoice && viewChoice.reading === reading ? viewChoice.view : opensInAdminView(state, host.info.mailboxOwner) ? "admin" : "user";
  const chooseView = useCallback((next: View) => setViewChoice({ reading, view: next }), [reading]);

  // The input panel is the way forward whenever there's nothing (or the wrong thing) on screen.
  // In Outlook it folds away again when a diagnosis arrives (the bounce is what matters then),
  // but stays mounted, hidden, so text typed into it survives.
  // A forward carrying a diagnosis block is something to show (the admin view), not a dead end.
  const blockOnly = state.status === "no-bounce" && hasOwnBlock(state.forward);
  const needsInput = state.status === "no-item" || (state.status === "no-bounce" && !blockOnly) || state.status === "error";
  const diagnosed = state.status === "success" || blockOnly;
  const [showInput, setShowInput] = useState(false);
  const [inputMounted, setInputMounted] = useState(false);
  useEffect(() => {
    if (needsInput) setShowInput(true);
    else if (diagnosed) setShowInput(false);
  }, [needsInput, diagnosed]);
  const inputOpen = preview || showInput || needsInput;
  useEffect(() => {
    if (inputOpen) setInputMounted(true);
  }, [inputOpen]);
  const openInput = useCallback(() => setShowInput(true), []);

  const [dropProblem, setDropProblem] = useState<string>();
  const takeDrop = useCallback(
    (result: DropResult) => {
      setDropProblem(result.problems.length > 0 ? result.problems.join(" ") : undefined);
      if (result.candidates.length > 0) explainAll(result.candidates);
      else setShowInput(true);
    },
    [explainAll],
  );
  // Outlook on the web and new Outlook hand drops over through Office, wherever they land on the pane.
  const { dragging } = useHostDrop(
    host,
    useCallback((files: DroppedFile[], failures: OfficeFailure[]) => takeDrop(candidatesFromHostDrop(files, failures, t)), [takeDrop, t]),
  );
  // Classic Windows (.msg) and Mac (.eml) use HTML5 drops; anywhere on the pane counts, so a file
  // dropped beside the drop zone isn't opened by the webview instead.
  const onPaneDragOver = useCallback((e: DragEvent<HTMLElement>) => {
    if (hasFiles(e)) e.preventDefault();
  }, []);
  const onPaneDrop = useCallback(
    (e: DragEvent<HTMLElement>) => {
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length === 0) return;
      e.preventDefault();
      void candidatesFromFiles(files, t, locale).then(takeDrop);
    },
    [t, locale, takeDrop],
  );

  return {
    reader,
    parser,
    state,
    adminModel,
    view,
    chooseView,
    showAdmin: adminModel !== undefined && view === "admin",
    inputOpen,
    inputMounted,
    openInput,
    dragging,
    dropProblem,
    onPaneDragOver,
    onPaneDrop,
  };
}
