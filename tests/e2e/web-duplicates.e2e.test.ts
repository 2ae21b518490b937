import type { Browser, Page } from 'playwright-core';
import { e2eApi as api } from '../helpers/e2e-api';
import { launchBrowser, screenshot } from '../helpers/browser';
import { signInPage } from '../helpers/e2e-session';

const ORIGINAL = 'Centre on Migration, Policy and Society';
const OTHER = 'Lady Margaret Hall';
const STAMP = Date.now();
const DUPLICATE = 'Centre on Migration Policy & Society Ltd';

interface SeedActor {
  id: string;
  name: string;
  country: string | null;
}

async function seedActor(name: string): Promise<SeedActor> {
  const data = await api<{ actors: { edges: { node: SeedActor }[] } }>(
    'query($s: String!) { actors(workspace: "seed-ecosystem", search: $s, first: 20) { edges { node { id name country } } } }',
    { s: name },
  );
  const actor = data.actors.edges.find((edge) => edge.node.name === name)?.node;
  if (!actor) throw new Error(`no seed actor named ${name}`);
  return actor;
}

/** The live ties of an actor as [type, other end's id] pairs, sorted. */
async function tiesOf(id: string): Promise<string[]> {
  const data = await api<{
    actor: { deletedAt: string | null; relations: { type: string; sourceId: string; targetId: string }[] } | null;
  }>('query($id: ID!) { actor(id: $id) { deletedAt relations { type sourceId targetId } } }', { id });
  if (!data.actor || data.actor.deletedAt) return [];
  return data.actor.relations.map((tie) => `${tie.type}:${tie.sourceId === id ? tie.targetId : tie.sourceId}`).sort();
}

const drawn = (page: Page, id: string) =>
  page.evaluate(
    (nodeId) =>
      (
        window as unknown as { __tiermapCy?: { getElementById(id: string): { length: number } } }
      ).__tiermapCy?.getElementById(nodeId).length ?? 0,
    id,
  );

describe('duplicates on the seed map: merge two actors and revert the merge', () => {
  let browser: Browser;
  let page: Page;
  let original: SeedActor;
  let other: SeedActor;
  let duplicateId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    original = await seedActor(ORIGINAL);
    other = await seedActor(OTHER);
    // A near-duplicate of a seed actor, as a second editor might have typed it, with a tie of its own.
    duplicateId = (
      await api<{ createActor: { id: string } }>(
        `mutation($input: ActorInput!) { createActor(workspace: "seed-ecosystem", input: $input) { id } }`,
        {
          input: {
            name: DUPLICATE,
            kind: 'ACADEMIC',
            tier: 'NATIONAL',
            country: original.country,
            localizedAliases: [{ name: `COMPAS ${STAMP}`, language: 'en' }],
            identifiers: [{ scheme: 'WIKIDATA', value: `Q${STAMP % 1_000_000_000}` }],
          },
        },
      )
    ).createActor.id;
    await api(
      `mutation($input: RelationInput!) { createRelation(workspace: "seed-ecosystem", input: $input) { id } }`,
      { input: { type: 'PARTNERS_WITH', sourceId: duplicateId, targetId: other.id } },
    );
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await api('mutation($id: ID!) { deleteActor(id: $id) { id } }', { id: duplicateId }).catch(() => undefined);
    await browser.close();
  });

  it('lists the pair with its reason, merges it on the merge screen, and the map shows one actor with both ties', async () => {
    const before = await tiesOf(original.id);
    expect(before).not.toContain(`PARTNERS_WITH:${other.id}`);
    await signInPage(page, '/?workspace=seed-ecosystem&view=duplicates');
    const pair = page.getByTestId('duplicate-pair').filter({ hasText: DUPLICATE });
    try {
      await pair.waitFor({ timeout: 60000 });
    } catch (error) {
      await screenshot(page, 'web-duplicates-not-listed');
      throw error;
    }
    expect(await pair.textContent()).toContain(ORIGINAL);
    expect(await pair.locator('.duplicate-pair__reasons').textContent()).toMatch(/alike/);
    await screenshot(page, 'web-duplicates-list');

    await pair.getByTestId('open-merge').click();
    const screen = page.getByTestId('merge-screen');
    await screen.getByLabel(`Keep ${ORIGINAL}`).check();
    const moves = await screen.getByTestId('merge-moves').textContent();
    expect(moves).toContain(OTHER);
    expect(moves).toContain(`COMPAS ${STAMP}`);
    await screenshot(page, 'web-duplicates-merge');
    await screen.getByTestId('confirm-merge').click();
    await page.getByTestId('duplicates-outcome').waitFor({ timeout: 60000 });
    expect(await page.getByTestId('duplicates-outcome').textContent()).toContain(
      `Merged ${DUPLICATE} into ${ORIGINAL}`,
    );

    expect(await tiesOf(duplicateId)).toEqual([]);
    expect(await tiesOf(original.id)).toEqual([...before, `PARTNERS_WITH:${other.id}`].sort());

    // The map draws one actor; its panel lists the moved tie and the merged name as an alias.
    await page.goto(page.url().replace(/\?.*$/, `?workspace=seed-ecosystem&actor=${original.id}`));
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });
    await page.waitForFunction((id) => {
      const cy = (window as unknown as { __tiermapCy?: { getElementById(id: string): { length: number } } })
        .__tiermapCy;
      return (cy?.getElementById(id).length ?? 0) > 0;
    }, original.id);
    expect(await drawn(page, duplicateId)).toBe(0);
    await page.getByTestId('actor-facts').waitFor({ timeout: 30000 });
    expect(await page.getByTestId('actor-facts').textContent()).toContain(DUPLICATE);
  });

  it('reverts the merge from the kept actor’s history: both actors and their ties are back', async () => {
    const mergedTies = await tiesOf(original.id);
    await page.goto(page.url().replace(/\?.*$/, `?workspace=seed-ecosystem&actor=${original.id}&tab=history`));
    await page.getByTestId('history-list').waitFor({ timeout: 60000 });
    await page.getByTestId('revert-latest').click();
    await page.getByTestId('confirm-revert').click();
    await page.getByTestId('revert-outcome').waitFor({ timeout: 60000 });
    expect(await page.getByTestId('revert-outcome').textContent()).toMatch(/Reverted/);

    expect(await tiesOf(duplicateId)).toEqual([`PARTNERS_WITH:${other.id}`]);
    expect(await tiesOf(original.id)).toEqual(mergedTies.filter((tie) => tie !== `PARTNERS_WITH:${other.id}`));
    // Opened again, the map draws both actors, and the duplicate's panel lists its tie.
    await page.goto(page.url().replace(/\?.*$/, `?workspace=seed-ecosystem&actor=${duplicateId}&tab=relations`));
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });
    for (const id of [duplicateId, original.id]) {
      await page.waitForFunction(
        (nodeId) => {
          const cy = (window as unknown as { __tiermapCy?: { getElementById(id: string): { length: number } } })
            .__tiermapCy;
          return (cy?.getElementById(nodeId).length ?? 0) > 0;
        },
        id,
        { timeout: 60000 },
      );
    }
    await page.getByTestId('relation-list').waitFor({ timeout: 30000 });
    expect(await page.getByTestId('relation-list').textContent()).toContain(OTHER);
    await screenshot(page, 'web-duplicates-reverted');
  });
});
