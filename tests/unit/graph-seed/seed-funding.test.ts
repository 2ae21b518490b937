import { funding } from '../../../api/src/graph/funding';
import { fundingChains } from '../../../api/src/graph/funding-chains';
import { SEED_DIR } from '../../../graph-seed/src/ensure-seed';
import { graphFilesToData } from '../../../graph-seed/src/graph-files-data';
import { readGraphFolder } from '../../../graph-seed/src/read-graph-files';

/** The seed map's funding as the documents state it (issue 20): modality where quoted, and chains. */
const files = readGraphFolder(SEED_DIR);
const data = graphFilesToData(files);
const tie = (externalId: string) => files.relations.find((r) => r.externalId === externalId);

describe('the seed map’s funding', () => {
  it('records the re-grants and public money the documents state, each with its quote', () => {
    expect(tie('rel-ie-government-funds-ie-communities-integration-fund')).toMatchObject({ fundingForm: 'REGRANT' });
    expect(tie('rel-ie-government-funds-ie-communities-integration-fund')?.sources.map((s) => s.quote)).toContainEqual(
      expect.stringContaining('sponsoring small organisations to get involved'),
    );
    expect(tie('rel-trust-for-london-funds-citizenship-and-integration-initiative')?.sources[0]?.quote).toContain(
      'a pooled fund to support work',
    );
    expect(tie('rel-trust-for-london-funds-citizenship-and-integration-initiative')?.fundingForm).toBe('REGRANT');
    expect(tie('rel-de-bamf-funds-houses-of-resources')?.fundingForm).toBe('REGRANT');
    expect(tie('rel-city-of-san-francisco-funds-carecen-sf')?.fundingSource).toBe('PUBLIC');
    expect(files.relations.filter((r) => r.fundingSource != null || r.fundingForm != null)).toHaveLength(5);
  });

  it('follows Atlantic Philanthropies through the Social Change Initiative to the Autumn Academy', () => {
    const chains = fundingChains(data, 'autumn-academy');
    expect(chains?.ultimateFunders.map((f) => [f.funderId, f.share, f.source])).toEqual([
      ['atlantic-philanthropies', 1, 'PHILANTHROPIC'],
    ]);
    expect(chains?.ultimateFunders[0]?.paths[0]?.actorIds).toEqual([
      'atlantic-philanthropies',
      'social-change-initiative',
      'autumn-academy',
    ]);
  });

  it('counts the EU’s money to the JMDI as state funding, which the government share (sector only) misses', () => {
    const jmdi = funding(data).recipients.find((r) => r.recipientId === 'jmdi');
    expect(jmdi).toMatchObject({ governmentShare: 0.5, directStateShare: 1, stateShare: 1 });
  });
});
