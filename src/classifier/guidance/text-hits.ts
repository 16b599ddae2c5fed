/**
 * Which compiled fragments occur in one text: the result of one automaton scan, kept in a
 * reusable mark array so a call allocates nothing per fragment.
 */
export class TextHits {
  /** Fragment ids found, each once, in the order first seen. */
  readonly found: number[] = [];

  constructor(
    private readonly seen: Uint32Array,
    private readonly mark: number,
  ) {}

  /** Like `containsAll`: an empty list matches nothing. */
  hasAll(ids: readonly number[]): boolean {
    if (ids.length === 0) return false;
    for (const id of ids) if (this.seen[id] !== this.mark) return false;
    return true;
  }

  hasAny(ids: readonly number[]): boolean {
    for (const id of ids) if (this.seen[id] === this.mark) return true;
    return false;
  }
}
