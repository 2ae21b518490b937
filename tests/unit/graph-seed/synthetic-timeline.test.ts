import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkActorDates } from '../../../api/src/domain/actor';
import { checkRelationFields } from '../../../api/src/domain/relation';
import { InputChecker } from '../../../api/src/domain/validation';
import { BUILT_IN_THEMES, isSuccessionType } from '../../../api/src/domain/vocabulary';
import { generateGraph } from '../../../graph-seed/src/generate-graph';
import { graphFilesToData } from '../../../graph-seed/src/graph-files-data';
import { readGraphFolder, writeGraphFolder } from '../../../graph-seed/src/read-graph-files';
import { validateGraphFiles } from '../../../graph-seed/src/validate-graph-files';

const plain = generateGraph({ actors: 2000, seed: 42 });
const timed = generateGraph({ actors: 2000, seed: 42, timeline: true });
const successions = timed.relations.filter((r) => isSuccessionType(r.type));

describe('generateGraph with a timeline', () => {
  it('is off by default: no lifespan, former name, dated state or succession', () => {
    expect(plain.actors.filter((a) => a.since || a.until || a.formerNames)).toEqual([]);
    expect(plain.relations.filter((r) => r.states || isSuccessionType(r.type))).toEqual([]);
  });

  it('keeps the map without a timeline as it was and draws the same timeline for the same seed', () => {
    expect(timed.actors.map((a) => a.name)).toEqual(plain.actors.map((a) => a.name));
    expect(timed.relations.slice(0, plain.relations.length).map((r) => r.externalId)).toEqual(
      plain.relations.map((r) => r.externalId),
    );
    expect(JSON.stringify(generateGraph({ actors: 2000, seed: 42, timeline: true }))).toBe(JSON.stringify(timed));
  });

  it('gives about a fifth of actors a lifespan, one in twenty a former name, one tie in ten dated states', () => {
    const share = (n: number, of: number) => n / of;
    const dated = timed.actors.filter((a) => a.since || a.until).length;
    const renamed = timed.actors.filter((a) => a.formerNames?.length).length;
    const stated = timed.relations.filter((r) => r.states?.length).length;
    expect(share(dated, 2000)).toBeGreaterThan(0.17);
    expect(share(dated, 2000)).toBeLessThan(0.25);
    expect(share(renamed, 2000)).toBeGreaterThan(0.03);
    expect(share(renamed, 2000)).toBeLessThan(0.07);
    expect(share(stated, plain.relations.length)).toBeGreaterThan(0.07);
    expect(share(stated, plain.relations.length)).toBeLessThan(0.11);
    expect(successions.length).toBeGreaterThan(35);
    expect(successions.length).toBeLessThanOrEqual(40);
    expect(new Set(successions.map((s) => s.type))).toEqual(new Set(['SUCCEEDS', 'MERGED_INTO', 'SPLIT_FROM']));
  });

  it('ends the predecessor of a succession or merger the year before it (its since, if that is later)', () => {
    const byId = new Map(timed.actors.map((a) => [a.externalId, a]));
    // An actor drawn as predecessor twice ends by the last draw.
    const ending = new Map<string, number>();
    for (const s of successions.filter((r) => r.type !== 'SPLIT_FROM'))
      ending.set(s.type === 'MERGED_INTO' ? s.source : s.target, Number(s.since));
    expect(ending.size).toBeGreaterThan(20);
    for (const [id, on] of ending) {
      const predecessor = byId.get(id)!;
      expect(Number(predecessor.until)).toBe(Math.max(on - 1, Number(predecessor.since ?? 0)));
    }
  });

  it('passes validateGraphFiles and every date rule the API checks on import', () => {
    expect(validateGraphFiles(timed, new Map())).toEqual([]);
    const check = new InputChecker();
    const knownThemes = new Set(BUILT_IN_THEMES.map((t) => t.id));
    timed.actors.forEach((a, i) =>
      checkActorDates(
        check,
        {
          since: a.since ?? null,
          until: a.until ?? null,
          formerNames: a.formerNames ?? [],
          renamedOn: a.renamedOn ?? [],
        },
        ['actors', i],
      ),
    );
    timed.relations.forEach(({ source, target, sources: _s, ...r }, i) =>
      checkRelationFields(check, { ...r, sourceId: source, targetId: target }, ['relations', i], {
        create: true,
        knownThemes,
      }),
    );
    expect(check.found).toEqual([]);
  });

  it('is written and read back with its former names, states and successions', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'timeline-'));
    try {
      writeGraphFolder(dir, timed);
      const read = readGraphFolder(dir);
      const renamed = timed.actors.find((a) => a.formerNames?.length)!;
      expect(read.actors.find((a) => a.externalId === renamed.externalId)).toMatchObject({
        formerNames: renamed.formerNames,
        renamedOn: renamed.renamedOn,
      });
      const stated = timed.relations.find((r) => r.states?.length)!;
      expect(read.relations.find((r) => r.externalId === stated.externalId)!.states).toEqual(stated.states);
      expect(read.relations.filter((r) => isSuccessionType(r.type))).toHaveLength(successions.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reaches the analyses as lifespans, former names, states and successions', () => {
    const data = graphFilesToData(timed);
    expect(data.successions).toHaveLength(successions.length);
    expect(data.relations).toHaveLength(plain.relations.length);
    const renamed = timed.actors.find((a) => a.formerNames?.length)!;
    expect(data.actors.find((a) => a.id === renamed.externalId)!.formerNames).toEqual([
      { name: renamed.formerNames![0], replacedOn: renamed.renamedOn![0] },
    ]);
    expect(data.relations.filter((r) => r.states).length).toBe(timed.relations.filter((r) => r.states).length);
  });
});
