import { normaliseDependencySums } from '../graph/brandes-pass';
import { LruCache } from './lru-cache';

/** Which workspace and graph revision a run belongs to, so a newer revision or a purge can drop it. */
export interface ExactRunOwner {
  workspaceId: string;
  graphRevision: string;
}

export interface ExactRunSteps {
  /** Dependency sums of the sources `first … first + count − 1`, one per actor (a `betweennessPart` job). */
  part: (first: number, count: number) => Promise<readonly number[]>;
  /** Whether the graph the run reads is still the current one; the run stops when not. */
  stillCurrent: () => boolean;
  /** Told when the values are ready. */
  onReady?: () => void;
}

export interface BackgroundBetweennessOptions {
  /** Source actors × actors per part, ≈ the work of one part; 2,000,000 unless given (a few hundred ms). */
  workPerPart?: number;
  /** Parts in flight at once; 2 unless given (they still wait for the analytics gate). */
  concurrency?: number;
  /** Views whose exact values are kept; 20 unless given. */
  maxEntries?: number;
}

interface Ready extends ExactRunOwner {
  /** Normalised betweenness in actor-id order. */
  values: number[];
}

/**
 * Exact betweenness of large views (PRODUCT.md §4.7), summed in the background. Brandes's algorithm
 * is a sum over source actors, so the sum is cut into parts of a few hundred sources, each an
 * ordinary analytics job: the parts queue at the analytics gate like any request (as a party that
 * asks constantly, so people asking now and then always get a thread first) and the API stays
 * responsive. Once every part is in, the values are kept per view (graph key × filter) until the
 * graph changes; the brokers answer then says EXACT_FROM_CACHE.
 */
export class BackgroundBetweenness {
  private readonly ready: LruCache<string, Ready>;
  /** Runs going on, by view key. */
  private readonly running = new Map<string, ExactRunOwner>();
  private readonly workPerPart: number;
  private readonly concurrency: number;

  constructor(options: BackgroundBetweennessOptions = {}) {
    this.workPerPart = options.workPerPart ?? 2_000_000;
    this.concurrency = Math.max(1, options.concurrency ?? 2);
    this.ready = new LruCache<string, Ready>({
      maxEntries: options.maxEntries ?? 20,
      // Weighed by the values held, so a few 20,000-actor vectors do not push out everything else.
      maxWeight: 2_000_000,
      weigh: (entry) => Math.max(1, entry.values.length),
    });
  }

  /** The view's exact values when ready, PENDING while they are being summed, undefined when neither. */
  lookup(viewKey: string): readonly number[] | 'PENDING' | undefined {
    const ready = this.ready.get(viewKey);
    if (ready) return ready.values;
    return this.running.has(viewKey) ? 'PENDING' : undefined;
  }

  /**
   * Starts summing the view's exact betweenness over `actorCount` sources, unless it is known or
   * being summed. Returns at once; a failed or outdated run leaves nothing, so a later request starts
   * it again.
   */
  start(viewKey: string, owner: ExactRunOwner, actorCount: number, steps: ExactRunSteps): void {
    if (this.lookup(viewKey) !== undefined) return;
    const run = { ...owner };
    this.running.set(viewKey, run);
    const finish = (values: number[] | null): void => {
      if (this.running.get(viewKey) !== run) return;
      this.running.delete(viewKey);
      if (!values) return;
      this.ready.set(viewKey, { ...owner, values });
      steps.onReady?.();
    };
    void this.sum(actorCount, steps).then(finish, () => finish(null));
  }

  /** Drops the runs and values of owners matching (a newer graph revision, a purge). */
  forgetWhere(matches: (owner: ExactRunOwner) => boolean): void {
    this.ready.deleteWhere((_key, entry) => matches(entry));
    for (const [key, owner] of [...this.running]) if (matches(owner)) this.running.delete(key);
  }

  clear(): void {
    this.ready.clear();
    this.running.clear();
  }

  /** Sums the parts, `concurrency` at a time, or returns null when the graph changed meanwhile. */
  private async sum(actorCount: number, steps: ExactRunSteps): Promise<number[] | null> {
    const count = Math.max(1, Math.floor(this.workPerPart / Math.max(1, actorCount)));
    const sums = new Float64Array(actorCount);
    let next = 0;
    let outdated = false;
    const worker = async (): Promise<void> => {
      while (next < actorCount && !outdated) {
        const first = next;
        next += count;
        if (!steps.stillCurrent()) {
          outdated = true;
          return;
        }
        const part = await steps.part(first, count);
        if (part.length !== actorCount) throw new Error(`a part of ${part.length} sums for ${actorCount} actors`);
        for (let i = 0; i < actorCount; i++) sums[i] = (sums[i] as number) + (part[i] as number);
      }
    };
    await Promise.all(Array.from({ length: this.concurrency }, worker));
    return outdated || !steps.stillCurrent() ? null : normaliseDependencySums(sums);
  }
}
