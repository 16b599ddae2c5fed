import { readFileSync } from "node:fs";
import { join } from "node:path";
import { classify } from "../../src/classifier";
import type { Diagnosis } from "../../src/classifier/types";

export const FIXTURES = join(__dirname, "..", "fixtures");

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export function classifyFixture(name: string): Promise<Diagnosis> {
  return classify(fixtureBytes(name));
}
