import { parseIdentifierKey } from './identifiers';
import { foldText, textWords } from './search-text';

/** What duplicate detection reads of an actor. */
export interface DuplicateActor {
  id: string;
  name: string;
  aliases: readonly string[];
  formerNames: readonly string[];
  country: string | null;
  identifiers: readonly string[];
  notDuplicateOf: readonly string[];
}

export type DuplicateReasonKind = 'SAME_IDENTIFIER' | 'ALIAS_MATCHES_NAME' | 'CLOSE_NAMES';

export interface DuplicateReason {
  kind: DuplicateReasonKind;
  /** The reason in words. */
  text: string;
  score: number;
}

/** Two actors that may be one, `aId` < `bId`, with the reasons and the best of their scores. */
export interface DuplicatePair {
  aId: string;
  bId: string;
  score: number;
  reasons: DuplicateReason[];
}

/**
 * Names closer than this (Sørensen–Dice on the character trigrams of the name keys) are suggested.
 * 0.8 keeps spelling and accent variants and a dropped word ending ("Greek Council for Refugees" /
 * "Greek Council for Refugee": 0.96) and drops names that share only a long first word
 * ("Municipality of Athens" / "Municipality of Patras": 0.65), where Jaro–Winkler, which rewards a
 * common start, scores 0.93.
 */
export const CLOSE_NAME_THRESHOLD = 0.8;
const IDENTIFIER_SCORE = 1;
const ALIAS_SCORE = 0.95;

/** Words that say what legal form an organisation has, or fill a name, rather than which it is. */
const NOISE_WORDS: ReadonlySet<string> = new Set(
  (
    'ltd limited llc inc incorporated plc gmbh ggmbh ev ag sa sarl srl spa bv nv asbl vzw aisbl cic cio corp ' +
    'corporation company co the of for and de la le les des du der die das el los las y et und'
  ).split(' '),
);

/**
 * A name reduced to what tells organisations apart: folded case and accents, punctuation gone,
 * legal-form and filler words dropped ("The Refugee Support e.V." → "refugee support").
 */
export function nameKey(name: string): string {
  const words = joinInitials(textWords(foldText(name)));
  const kept = words.filter((word) => !NOISE_WORDS.has(word));
  return (kept.length ? kept : words).join(' ');
}

/** Runs of one-letter words are one word: initials written with dots ("e.V." → "ev", "S.O.S" → "sos"). */
function joinInitials(words: readonly string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const word of words) {
    if (word.length === 1) {
      run += word;
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(word);
  }
  if (run) out.push(run);
  return out;
}

/** The character trigrams of a name key, padded so that word starts and ends count. */
export function trigrams(key: string): Set<string> {
  const padded = `  ${key} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Sørensen–Dice coefficient of two trigram sets: 2·|A∩B| / (|A|+|B|). */
export function diceSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * The blocks an actor's name falls in: its country with the first four letters of the name key,
 * and with the first four of the key's last word, so that a typo at either end still meets.
 */
function blockKeys(actor: DuplicateActor, key: string): string[] {
  const country = actor.country ?? '-';
  const words = key.split(' ');
  const last = words[words.length - 1] ?? '';
  return [...new Set([`${country}|${key.slice(0, 4)}`, `${country}|~${last.slice(0, 4)}`])];
}

/**
 * Pairs of actors that may be one organisation (issue 21 point 6), ranked by score: the same
 * identifier (any country), an alias of one equal to the other's name (name keys, same country or
 * one without), or close names in the same country. Pairs an editor dismissed are left out.
 * Close names are compared only within blocks (blockKeys), never all pairs: at 10,000 actors this
 * is a few thousand comparisons per country, not fifty million (`stats` counts them).
 */
export function duplicateCandidates(
  actors: readonly DuplicateActor[],
  stats: { comparisons: number } = { comparisons: 0 },
): DuplicatePair[] {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const pairs = new Map<string, DuplicatePair>();
  const add = (x: string, y: string, reason: DuplicateReason) => {
    if (x === y) return;
    const [aId, bId] = x < y ? [x, y] : [y, x];
    const a = byId.get(aId)!;
    const b = byId.get(bId)!;
    if (a.notDuplicateOf.includes(bId) || b.notDuplicateOf.includes(aId)) return;
    const id = `${aId}|${bId}`;
    const pair = pairs.get(id) ?? { aId, bId, score: 0, reasons: [] };
    if (pair.reasons.some((known) => known.kind === reason.kind && known.text === reason.text)) return;
    pair.reasons.push(reason);
    pair.score = Math.max(pair.score, reason.score);
    pairs.set(id, pair);
  };

  const holders = new Map<string, string[]>();
  for (const actor of actors) {
    for (const key of actor.identifiers) push(holders, key, actor.id);
  }
  for (const [key, ids] of holders) {
    const identifier = parseIdentifierKey(key);
    const words = identifier ? `the ${identifier.scheme} identifier ${identifier.value}` : `the identifier ${key}`;
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++)
        add(ids[i]!, ids[j]!, { kind: 'SAME_IDENTIFIER', text: `both have ${words}`, score: IDENTIFIER_SCORE });
  }

  const keys = new Map(actors.map((actor) => [actor.id, nameKey(actor.name)]));
  const namedBy = new Map<string, DuplicateActor[]>();
  for (const actor of actors) {
    const key = keys.get(actor.id)!;
    if (key) push(namedBy, key, actor);
  }
  for (const actor of actors) {
    for (const alias of [...actor.aliases, ...actor.formerNames]) {
      for (const other of namedBy.get(nameKey(alias)) ?? []) {
        if (actor.country && other.country && actor.country !== other.country) continue;
        add(actor.id, other.id, {
          kind: 'ALIAS_MATCHES_NAME',
          text: `“${alias}”, a name of ${actor.name}, is the name of ${other.name}`,
          score: ALIAS_SCORE,
        });
      }
    }
  }

  const blocks = new Map<string, DuplicateActor[]>();
  for (const actor of actors) {
    const key = keys.get(actor.id)!;
    if (!key) continue;
    for (const block of blockKeys(actor, key)) push(blocks, block, actor);
  }
  const grams = new Map(actors.map((actor) => [actor.id, trigrams(keys.get(actor.id)!)]));
  for (const members of blocks.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i]!;
        const b = members[j]!;
        stats.comparisons++;
        const similarity = diceSimilarity(grams.get(a.id)!, grams.get(b.id)!);
        if (similarity < CLOSE_NAME_THRESHOLD) continue;
        const where = a.country ? `both in ${a.country}` : 'neither has a country';
        add(a.id, b.id, {
          kind: 'CLOSE_NAMES',
          text: `the names “${a.name}” and “${b.name}” are ${Math.floor(similarity * 100)}% alike once case, accents, punctuation and legal forms are set aside; ${where}`,
          score: Math.round(similarity * 1000) / 1000,
        });
      }
    }
  }

  return [...pairs.values()].sort(
    (x, y) => y.score - x.score || y.reasons.length - x.reasons.length || x.aId.localeCompare(y.aId),
  );
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
