import type { Actor } from "../../classifier/types";

/** The badge text for who has to act, in the words a sender understands. */
export const ACTOR_LABEL: Record<Actor, string> = {
  sender: "You",
  "sender-admin": "Your admin",
  "recipient-admin": "The recipient's admin",
};

export function actorLabels(actors: readonly Actor[]): string[] {
  const seen = new Set<Actor>();
  const labels: string[] = [];
  for (const actor of actors) {
    if (seen.has(actor)) continue;
    seen.add(actor);
    labels.push(ACTOR_LABEL[actor]);
  }
  return labels;
}
