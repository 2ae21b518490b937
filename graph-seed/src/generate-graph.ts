import type { ActorRecord, GraphFiles, RelationRecord } from './graph-file.types';
import { SeededRandom } from './seeded-random';
import { communityOf, generateActors } from './synthetic-actors';
import { makeTie } from './synthetic-ties';
import { addTimeline } from './synthetic-timeline';
import { FUNDER_KINDS, HUB_WEIGHT, RECIPIENT_KINDS } from './synthetic-vocabulary';

export interface GenerateGraphOptions {
  readonly actors: number;
  /** Relations per actor on average (default 4); the map gets round(actors × relationsPerActor) relations. */
  readonly relationsPerActor?: number;
  readonly seed: number;
  /**
   * Adds a timeline (see addTimeline): lifespans, former names, dated tie states and successions.
   * Off by default, so that maps generated before it (benchmarks, pinned figures) stay as they were.
   */
  readonly timeline?: boolean;
  /** Called about a hundred times while ties are drawn, with the number of actors placed so far. */
  readonly onProgress?: (placed: number, total: number) => void;
}

/*
 * One uniform draw per tie is cut into bands: below P_FUNDED the tie is a grant from a funder (for
 * recipient kinds), the next P_CORRIDOR goes to the country of origin (for diaspora and migrant-led
 * actors), up to P_INSIDE it stays in the actor's community, and the rest crosses communities.
 */
const P_FUNDED = 0.1;
const P_CORRIDOR = 0.3;
const P_INSIDE = 0.9;
const P_CONFLICT = 0.05;
const ATTEMPTS_PER_TIE = 8;

/**
 * A synthetic map with the structure of a migration-governance ecosystem: skewed countries, tiers
 * and themes, communities (country × theme cluster) that hold most ties, a heavy-tailed degree
 * distribution from preferential attachment inside communities (Barabási & Albert 1999), funders with
 * skewed portfolios, diaspora corridors, about 5% adversarial ties and dated relations; with
 * `timeline`, also lifespans, renames, tie trajectories and successions.
 * Deterministic: the same options give the same output, byte for byte once written.
 */
export function generateGraph(options: GenerateGraphOptions): GraphFiles {
  const { actors: count, seed } = options;
  const perActor = options.relationsPerActor ?? 4;
  if (!Number.isInteger(count) || count < 2) throw new RangeError('actors must be an integer ≥ 2');
  if (!(perActor > 0) || perActor > (count - 1) / 4)
    throw new RangeError('relationsPerActor must be in (0, (actors − 1) / 4]');
  const rng = new SeededRandom(seed);
  const actors = generateActors(count, rng);
  const relations = new TieSampler(actors, Math.round(count * perActor), rng).sample(options.onProgress);
  const files: GraphFiles = {
    workspace: {
      slug: `generated-${count}-${seed}`,
      title: `Synthetic map (${count} actors, seed ${seed})`,
      description: `Synthetic actors and relations from the graph-seed generator (seed ${seed}); not real organisations.`,
      visibility: 'PUBLIC',
    },
    themes: [],
    actors,
    relations,
  };
  return options.timeline ? addTimeline(files, seed) : files;
}

/** Grows the graph actor by actor, each new actor tying itself to earlier ones chosen by degree. */
class TieSampler {
  private readonly relations: RelationRecord[] = [];
  private readonly pairs = new Set<number>();
  private readonly community: number[];
  private readonly byCommunity: number[][];
  private readonly byCountry = new Map<string, number[]>();
  private readonly everyone: number[] = [];
  private readonly fundersByCommunity: number[][];
  private readonly fundersByCountry = new Map<string, number[]>();
  private readonly globalFunders: number[] = [];
  private readonly idWidth: number;

  constructor(
    private readonly actors: readonly ActorRecord[],
    private readonly target: number,
    private readonly rng: SeededRandom,
  ) {
    const ids = new Map<string, number>();
    this.community = actors.map((a) => {
      const key = communityOf(a);
      if (!ids.has(key)) ids.set(key, ids.size);
      return ids.get(key)!;
    });
    this.byCommunity = Array.from({ length: ids.size }, () => []);
    this.fundersByCommunity = Array.from({ length: ids.size }, () => []);
    this.idWidth = String(target - 1).length;
  }

  sample(onProgress?: (placed: number, total: number) => void): RelationRecord[] {
    const quotas = this.quotas();
    const deficit: number[] = [];
    const n = this.actors.length;
    const step = Math.max(1, Math.floor(n / 100));
    this.arrivalOrder().forEach((i, placed) => {
      for (let e = 0; e < quotas[i]!; e++) if (!this.tie(i)) deficit.push(i);
      this.join(i);
      if (onProgress && (placed + 1) % step === 0) onProgress(placed + 1, n);
    });
    // The first arrivals had nobody to tie to: they get their ties now, from the whole graph.
    for (const i of deficit) if (this.relations.length < this.target) this.tie(i);
    for (let guard = 0; this.relations.length < this.target && guard < this.target * 10; guard++) {
      this.tie(this.rng.int(0, this.actors.length - 1));
    }
    return this.relations;
  }

  /** Ties each actor starts: 1 + geometric, adjusted so that they sum to the target exactly. */
  private quotas(): number[] {
    const n = this.actors.length;
    const mean = this.target / n;
    const quotas = this.actors.map(() =>
      mean >= 1 ? 1 + this.rng.geometric(mean - 1) : Number(this.rng.chance(mean)),
    );
    let excess = quotas.reduce((s, q) => s + q, 0) - this.target;
    const floor = mean >= 1 ? 1 : 0;
    while (excess !== 0) {
      const i = this.rng.int(0, n - 1);
      if (excess > 0 && quotas[i]! > floor) {
        quotas[i]! -= 1;
        excess -= 1;
      } else if (excess < 0) {
        quotas[i]! += 1;
        excess += 1;
      }
    }
    return quotas;
  }

  /** A random order in which hub-like kinds tend to come first (exponential race, weight = HUB_WEIGHT). */
  private arrivalOrder(): number[] {
    const keys = this.actors.map((a) => -Math.log(1 - this.rng.next()) / (HUB_WEIGHT[a.kind] ?? 1));
    return keys.map((_, i) => i).sort((x, y) => keys[x]! - keys[y]! || x - y);
  }

  private join(i: number): void {
    const actor = this.actors[i]!;
    this.byCommunity[this.community[i]!]!.push(i);
    this.everyone.push(i);
    if (actor.country) pushTo(this.byCountry, actor.country, i);
    if (FUNDER_KINDS.has(actor.kind)) this.addFunder(i);
  }

  private addFunder(i: number): void {
    const country = this.actors[i]!.country;
    this.fundersByCommunity[this.community[i]!]!.push(i);
    if (country) pushTo(this.fundersByCountry, country, i);
    else this.globalFunders.push(i);
  }

  /** Tries a few candidate partners for `i`; false when none is new and distinct. */
  private tie(i: number): boolean {
    for (let attempt = 0; attempt < ATTEMPTS_PER_TIE; attempt++) {
      const candidate = this.candidate(i, attempt > ATTEMPTS_PER_TIE / 2);
      if (candidate === undefined) continue;
      const { j, funderFirst } = candidate;
      const key = i < j ? i * this.actors.length + j : j * this.actors.length + i;
      if (j === i || this.pairs.has(key)) continue;
      this.pairs.add(key);
      this.record(i, j, funderFirst);
      return true;
    }
    return false;
  }

  private candidate(i: number, anywhere: boolean): { j: number; funderFirst: boolean | null } | undefined {
    const actor = this.actors[i]!;
    const r = this.rng.next();
    if (!anywhere && RECIPIENT_KINDS.has(actor.kind) && r < P_FUNDED) {
      const j = this.pickFunder(i);
      return j === undefined ? undefined : { j, funderFirst: true };
    }
    let j: number | undefined;
    if (anywhere) j = this.pick(this.everyone);
    else if (actor.originCountries.length > 0 && r < P_FUNDED + P_CORRIDOR) {
      j = this.pick(this.byCountry.get(this.rng.pick(actor.originCountries)) ?? []);
    } else if (r < P_INSIDE) j = this.pick(this.byCommunity[this.community[i]!]!);
    else j = this.pickOutside(i);
    j ??= this.pick(this.everyone);
    if (j === undefined) return undefined;
    return { j, funderFirst: this.impliedGrant(i, j) };
  }

  /** Between a funder and a recipient that meet anyway, a third of ties are grants. */
  private impliedGrant(i: number, j: number): boolean | null {
    const [a, b] = [this.actors[i]!, this.actors[j]!];
    if (FUNDER_KINDS.has(b.kind) && RECIPIENT_KINDS.has(a.kind) && this.rng.chance(0.3)) return true;
    if (FUNDER_KINDS.has(a.kind) && RECIPIENT_KINDS.has(b.kind) && this.rng.chance(0.3)) return false;
    return null;
  }

  /** A funder of the same community, else of the same country, else an international one; by portfolio size. */
  private pickFunder(i: number): number | undefined {
    const country = this.actors[i]!.country;
    const r = this.rng.next();
    const pools = [
      this.fundersByCommunity[this.community[i]!]!,
      (country && this.fundersByCountry.get(country)) || [],
      this.globalFunders,
    ];
    const start = r < 0.45 ? 0 : r < 0.75 ? 1 : 2;
    for (let k = 0; k < pools.length; k++) {
      const j = this.pick(pools[(start + k) % pools.length]!);
      if (j !== undefined) return j;
    }
    return undefined;
  }

  private pickOutside(i: number): number | undefined {
    for (let attempt = 0; attempt < 3; attempt++) {
      const j = this.pick(this.everyone);
      if (j !== undefined && this.community[j] !== this.community[i]) return j;
    }
    return undefined;
  }

  /** Preferential attachment: every actor is in a pool once for joining and once per tie. */
  private pick(pool: readonly number[]): number | undefined {
    return pool.length === 0 ? undefined : pool[Math.floor(this.rng.next() * pool.length)];
  }

  /** `funderFirst`: true when j funds i, false when i funds j, null when the tie is not a grant. */
  private record(i: number, j: number, funderFirst: boolean | null): void {
    const conflict = this.rng.chance(P_CONFLICT);
    const funding = !conflict && funderFirst !== null;
    const [a, b] = funderFirst === true ? [j, i] : [i, j];
    const id = `r-${String(this.relations.length).padStart(this.idWidth, '0')}`;
    this.relations.push(makeTie(id, { a: this.actors[a]!, b: this.actors[b]!, funding, conflict }, this.rng));
    for (const k of [i, j]) {
      this.byCommunity[this.community[k]!]!.push(k);
      this.everyone.push(k);
      const country = this.actors[k]!.country;
      if (country) pushTo(this.byCountry, country, k);
    }
    if (funding) this.addFunder(a);
  }
}

function pushTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
