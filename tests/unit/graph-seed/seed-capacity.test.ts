import { filterGraph } from '../../../api/src/graph/subgraph-filter';
import { partners } from '../../../api/src/graph/partner-finder';
import { SEED_DIR } from '../../../graph-seed/src/ensure-seed';
import { graphFilesToData } from '../../../graph-seed/src/graph-files-data';
import { readGraphFolder } from '../../../graph-seed/src/read-graph-files';
import { validateGraphFiles } from '../../../graph-seed/src/validate-graph-files';

/** Capacity profiles on the seed map (issue 20 point 7): set only where a source of the actor states them. */
const files = readGraphFolder(SEED_DIR);
const data = filterGraph(graphFilesToData(files), {});

describe('capacity profiles on the seed map', () => {
  it('are set on the actors whose sources state them, each backed by a quote', () => {
    const profiled = files.actors.filter((a) => a.populationsServed?.length || a.services?.length);
    expect(profiled.length).toBeGreaterThanOrEqual(20);
    const la = files.actors.find((a) => a.externalId === 'city-of-los-angeles');
    expect(la).toMatchObject({
      populationsServed: ['CHILDREN_AND_YOUTH', 'FAMILIES', 'ASYLUM_SEEKERS'],
      services: ['LEGAL_AID'],
    });
    expect(la?.sources.some((s) => s.quote?.includes('legal services to children and families seeking asylum'))).toBe(
      true,
    );
  });

  it('lets the partner finder name what two US cities share, in the United States', () => {
    const found = partners(data, 'city-of-los-angeles', { top: 300 }).candidates;
    const sf = found.find((c) => c.actorId === 'city-of-san-francisco');
    expect(sf?.reasons).toEqual(
      expect.arrayContaining([
        'both serve asylum seekers, migrant children and families in United States',
        'both offer legal aid in United States',
      ]),
    );
    // The Irish Direct Provision system houses asylum seekers too, but in another country's system.
    const ireland = found.find((c) => c.actorId === 'ie-direct-provision');
    expect(ireland?.capacity ?? null).toBeNull();
  });

  it('are checked by the file validator', () => {
    const bad = {
      ...files,
      actors: [{ ...files.actors[0]!, populationsServed: ['KIDS'], services: ['LEGAL'], languages: ['xx'] }],
    };
    expect(validateGraphFiles(bad as never, new Map())).toEqual(
      expect.arrayContaining([
        expect.stringContaining('invalid population KIDS'),
        expect.stringContaining('invalid service LEGAL'),
        expect.stringContaining('invalid language xx'),
      ]),
    );
  });
});
