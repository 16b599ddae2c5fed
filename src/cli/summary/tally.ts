/**
 * Accumulates diagnoses into groups as files are read, so a batch keeps only counts and file
 * names, never the Diagnosis objects themselves.
 */
import type { Diagnosis, GuidanceEntry, Reason } from "../../classifier/types";
import { codeOf, failedRecipients, recipientDomain, serverLabel } from "./keys";
import type { Group, NotBounce, SubTotal, Summary, TopFix, Unreadable } from "./report";

interface GroupAcc {
  reason: Reason;
  code: string;
  domain: string;
  server: string;
  count: number;
  fixVotes: Map<string, number>;
  files: string[];
}

interface SubAcc {
  count: number;
  files: number;
  lastFile: string;
}

type Dimension = "reason" | "code" | "domain" | "server";
const DIMENSIONS: readonly Dimension[] = ["reason", "code", "domain", "server"];

function toTopFix(g: GuidanceEntry | undefined): TopFix {
  if (!g) return { id: "", title: "", adminStep: "" };
  const step = g.adminSteps?.[0];
  const fix: TopFix = { id: g.id, title: g.title, adminStep: step?.text ?? "" };
  if (step?.where?.label) fix.where = step.where.url ? `${step.where.label} (${step.where.url})` : step.where.label;
  const command = step?.commands?.[0]?.text;
  if (command) fix.command = command;
  return fix;
}

function byCountThenKey(a: SubTotal, b: SubTotal): number {
  return b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function compareGroups(a: Group, b: Group): number {
  if (a.count !== b.count) return b.count - a.count;
  for (const k of DIMENSIONS) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  return 0;
}

export class Tally {
  private readonly groups = new Map<string, GroupAcc>();
  private readonly subs: Record<Dimension, Map<string, SubAcc>> = { reason: new Map(), code: new Map(), domain: new Map(), server: new Map() };
  private readonly fixes = new Map<string, TopFix>();
  private readonly notBounces: NotBounce[] = [];
  private readonly unreadable: Unreadable[] = [];
  private files = 0;
  private bounces = 0;
  private recipients = 0;

  add(file: string, d: Diagnosis): void {
    this.files++;
    if (!d.isBounce) {
      this.notBounces.push({ file, kind: d.kind });
      return;
    }
    this.bounces++;
    const server = serverLabel(d.reportingMta);
    for (const r of failedRecipients(d)) {
      this.recipients++;
      const keys: Record<Dimension, string> = { reason: r.reason, code: codeOf(r), domain: recipientDomain(r.address), server };
      const id = keys.reason + "\u0000" + keys.code + "\u0000" + keys.domain + "\u0000" + keys.server;
      let g = this.groups.get(id);
      if (!g) {
        g = { reason: r.reason, code: keys.code, domain: keys.domain, server, count: 0, fixVotes: new Map(), files: [] };
        this.groups.set(id, g);
      }
      g.count++;
      // One report's recipients arrive together, so checking the last file is enough to dedupe.
      if (g.files[g.files.length - 1] !== file) g.files.push(file);
      const fixId = r.guidance?.id ?? "";
      if (!this.fixes.has(fixId)) this.fixes.set(fixId, toTopFix(r.guidance));
      g.fixVotes.set(fixId, (g.fixVotes.get(fixId) ?? 0) + 1);
      for (const dim of DIMENSIONS) this.countIn(dim, keys[dim], file);
    }
  }

  addUnreadable(file: string, error: string): void {
    this.files++;
    this.unreadable.push({ file, error });
  }

  get filesSeen(): number {
    return this.files;
  }

  private countIn(dim: Dimension, key: string, file: string): void {
    let s = this.subs[dim].get(key);
    if (!s) {
      s = { count: 0, files: 0, lastFile: "" };
      this.subs[dim].set(key, s);
    }
    s.count++;
    if (s.lastFile !== file) {
      s.files++;
      s.lastFile = file;
    }
  }

  private topFix(votes: Map<string, number>): TopFix {
    let best = "";
    let bestVotes = -1;
    // Map order is first-seen order, so ties go to the entry met first.
    for (const [id, n] of votes) {
      if (n > bestVotes) {
        best = id;
        bestVotes = n;
      }
    }
    return this.fixes.get(best) ?? toTopFix(undefined);
  }

  private subTotals(dim: Dimension): SubTotal[] {
    return [...this.subs[dim]].map(([key, s]) => ({ key, count: s.count, fileCount: s.files })).sort(byCountThenKey);
  }

  finish(): Summary {
    const groups: Group[] = [...this.groups.values()]
      .map((g) => ({ reason: g.reason, code: g.code, domain: g.domain, server: g.server, count: g.count, topFix: this.topFix(g.fixVotes), files: g.files }))
      .sort(compareGroups);
    return {
      groups,
      byReason: this.subTotals("reason"),
      byCode: this.subTotals("code"),
      byDomain: this.subTotals("domain"),
      byServer: this.subTotals("server"),
      notBounces: this.notBounces,
      unreadable: this.unreadable,
      totals: {
        files: this.files,
        bounces: this.bounces,
        recipients: this.recipients,
        groups: groups.length,
        notBounces: this.notBounces.length,
        unreadable: this.unreadable.length,
      },
    };
  }
}
