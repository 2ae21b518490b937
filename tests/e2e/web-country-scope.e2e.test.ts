import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { SEED_DIR } from '../../graph-seed/src/ensure-seed';
import { readGraphFolder } from '../../graph-seed/src/read-graph-files';
import { ARTIFACTS, launchBrowser, webUrl } from '../helpers/browser';
import { e2eApi } from '../helpers/e2e-api';

/**
 * Issue 18, point 3: a country scopes the question rather than filtering actors out. With Senegal
 * chosen, the map keeps the countryless actors tied to Senegalese ones and says so, the Gaps lens keeps
 * the upper tiers, and the Partners tab finds the Senegalese partner of the Senegalese diaspora in
 * Catalonia — with theme, country and corridor selectors that reach the API.
 */
/** Screenshots go with the other e2e artifacts; the ones worth keeping are copied to docs/screenshots by hand. */
const SCREENSHOTS = ARTIFACTS;
const mkdirs = (dir: string) => {
  mkdirSync(dir, { recursive: true });
  return dir;
};
const seed = readGraphFolder(SEED_DIR);
const byExternalId = new Map(seed.actors.map((actor) => [actor.externalId, actor]));
const based = seed.actors.filter((actor) => actor.country === 'SN');
/** The seed's own answer: actors tied to a Senegalese one by any relation, apart from those based there. */
const tied = [
  ...new Set(
    seed.relations.flatMap((relation) => {
      const ends = [byExternalId.get(relation.source)!, byExternalId.get(relation.target)!];
      return ends.some((end) => end.country === 'SN') ? ends.filter((end) => end.country !== 'SN') : [];
    }),
  ),
];
const DIASPORA = 'Coordination des Associations Senegalaises en Catalogne';

interface CyProbe {
  nodes(selector: string): { map<T>(fn: (node: { id(): string; data(key: string): string }) => T): T[] };
}

const mapNodeIds = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __tiermapCy: CyProbe }).__tiermapCy.nodes('.actor').map((node) => node.id()),
  );

async function openMap(browser: Browser, query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${webUrl()}/?workspace=seed-ecosystem${query}`);
  await page.getByTestId('map-count').waitFor({ timeout: 60000 });
  return { page, errors };
}

async function seedActorId(name: string): Promise<string> {
  const data = await e2eApi<{ actors: { edges: { node: { id: string } }[] } }>(
    'query($search: String!) { actors(workspace: "seed-ecosystem", search: $search, first: 5) { edges { node { id } } } }',
    { search: name },
    { token: null },
  );
  const id = data.actors.edges[0]?.node.id;
  if (!id) throw new Error(`no seed actor named ${name}`);
  return id;
}

interface PartnerCall {
  filter: unknown;
  themes: string[] | null;
  countries: string[] | null;
  corridor: { origin: string | null; destination: string | null } | null;
}

const partnerCall = (request: Request): PartnerCall | null => {
  const body = JSON.parse(request.postData() ?? '{}') as { query?: string; variables?: PartnerCall };
  return body.query?.includes('query Partners') && body.variables ? body.variables : null;
};

/** The candidates the API returns for these criteria, as the page's (anonymous) visitor would get them. */
async function apiPartners(actorId: string, criteria: Omit<PartnerCall, 'filter'>): Promise<string[]> {
  const data = await e2eApi<{ analytics: { partners: { candidates: { score: number; actor: { name: string } }[] } } }>(
    `query($actorId: ID!, $themes: [String!], $countries: [String!], $corridor: CorridorInput) {
      analytics(workspace: "seed-ecosystem") {
        partners(actorId: $actorId, themes: $themes, countries: $countries, corridor: $corridor, top: 8) {
          candidates { score actor { name } }
        }
      }
    }`,
    { actorId, ...criteria },
    { token: null },
  );
  return data.analytics.partners.candidates.map((c) => `${c.actor.name} score ${c.score.toFixed(2)}`);
}

/** The list the Partners tab shows once the call matching `expected` has been answered. */
async function shownPartners(page: Page, change: () => Promise<void>, expected: (call: PartnerCall) => boolean) {
  const answered = page.waitForResponse((response) => {
    const call = partnerCall(response.request());
    return call !== null && expected(call);
  });
  await change();
  const call = partnerCall((await answered).request())!;
  await page.waitForFunction(
    () => !document.querySelector('[data-testid=actor-panel]')?.textContent?.includes('Looking for partners'),
  );
  const names = await page.getByTestId('partner').locator('.partner__name').allTextContents();
  const scores = await page.getByTestId('partner').locator('.partner__head .muted').allTextContents();
  return { call, shown: names.map((name, index) => `${name} ${scores[index]}`) };
}

describe('a country as the scope of the question (issue 18)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('keeps the international actors tied to Senegalese ones on the map, and says so', async () => {
    expect(based.length).toBeGreaterThan(0);
    const international = tied.filter((actor) => !actor.country);
    expect(international.length).toBeGreaterThan(0);
    const { page, errors } = await openMap(browser, '&countries=SN');
    const line = page.getByTestId('scope-text');
    const others = tied.length - international.length;
    expect(await line.textContent()).toBe(
      `Scope: Senegal — ${based.length} actors based there and ${international.length} international actor${
        international.length === 1 ? '' : 's'
      }${others ? ` and ${others} actors of other countries` : ''} tied to them.`,
    );
    expect(await page.getByTestId('map-count').textContent()).toBe(
      `${based.length + tied.length} of ${seed.actors.length} actors`,
    );
    // The map draws the same actors the API analyses under the same filter, with every record (the map
    // draws events and participations too; analyses leave them out unless the event layer is included).
    const analysed = await e2eApi<{ analytics: { brokers: { actors: { actorId: string }[] } } }>(
      'query { analytics(workspace: "seed-ecosystem", filter: { countries: ["SN"], eventLayer: INCLUDED }) { brokers(top: 500) { actors { actorId } } } }',
      {},
      { token: null },
    );
    expect((await mapNodeIds(page)).sort()).toEqual(analysed.analytics.brokers.actors.map((a) => a.actorId).sort());
    const names = await page.evaluate(() =>
      (window as unknown as { __tiermapCy: CyProbe }).__tiermapCy.nodes('.actor').map((node) => node.data('label')),
    );
    for (const actor of international) expect(names).toContain(actor.name);
    await page.screenshot({ path: path.join(mkdirs(SCREENSHOTS), 'country-scope-map.png') });

    // The table lists the same scope; "Whole workspace" drops it.
    await page.getByTestId('view-table').click();
    await page.getByTestId('actor-table').waitFor();
    const rows = await page.getByTestId('actor-table').locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(based.length + tied.length);
    for (const actor of international) expect(rows.join('\n')).toContain(actor.name);
    // The relation table keeps the relations with an end in Senegal, as the API's analyses do.
    const inScope = seed.relations.filter((relation) =>
      [relation.source, relation.target].some((end) => byExternalId.get(end)!.country === 'SN'),
    );
    await page.getByTestId('view-relations').click();
    await page.getByTestId('relation-table').waitFor();
    expect(await page.getByTestId('relation-table').getAttribute('data-total')).toBe(String(inScope.length));
    expect(await page.getByTestId('relation-row').count()).toBe(inScope.length);
    await page.getByTestId('scope-clear').click();
    await page.getByTestId('scope-line').waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('countries')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('keeps the upper tiers in the Gaps lens under Senegal', async () => {
    const theme = 'migration-local-development';
    const present = async (eventLayer: string) =>
      (
        await e2eApi<{ analytics: { gaps: { tiersPresent: { tier: string; actorIds: string[] }[] } } }>(
          `query { analytics(workspace: "seed-ecosystem", filter: { countries: ["SN"], eventLayer: ${eventLayer} }) {
            gaps(theme: "${theme}") { tiersPresent { tier actorIds } } } }`,
          {},
          { token: null },
        )
      ).analytics.gaps.tiersPresent;
    // Every record on the theme under Senegal, events included: upper tiers are among them.
    const everyRecord = await present('INCLUDED');
    const upper = everyRecord.filter((tier) => tier.tier === 'GLOBAL' || tier.tier === 'SUPRANATIONAL');
    expect(upper.length).toBeGreaterThan(0);
    const { page, errors } = await openMap(browser, `&countries=SN&lens=gaps&gapTheme=${theme}`);
    await page.locator('[data-testid=legend][data-lens=gaps][data-state=ready]').waitFor({ timeout: 60000 });
    // The scope keeps them all on the map.
    const drawn = new Set(await mapNodeIds(page));
    for (const tier of everyRecord) for (const id of tier.actorIds) expect(drawn.has(id)).toBe(true);
    // The lens reads organisation ties (issue 20's default event layer): the actors it finds on the
    // theme are coloured as working on it, not greyed out.
    const onTheme = (await present('EXCLUDED')).flatMap((tier) => tier.actorIds);
    expect(onTheme.length).toBeGreaterThan(0);
    const colours = await page.evaluate(
      (ids) =>
        (window as unknown as { __tiermapCy: CyProbe }).__tiermapCy
          .nodes('.actor')
          .map((node) => (ids.includes(node.id()) ? node.data('colour') : null))
          .filter(Boolean),
      onTheme,
    );
    expect(colours).toHaveLength(onTheme.length);
    expect(colours).not.toContain('#c4c8cf');
    expect(await page.getByTestId('scope-line').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(mkdirs(SCREENSHOTS), 'country-scope-gaps.png') });
    expect(errors).toEqual([]);
  });

  it('finds the Senegalese partner of the Senegalese diaspora in Catalonia, and its selectors reach the API', async () => {
    const actorId = await seedActorId(DIASPORA);
    const { page, errors } = await openMap(browser, `&countries=SN&actor=${actorId}`);
    await page.getByTestId('actor-name').getByText(DIASPORA).waitFor({ timeout: 30000 });
    // Its country and country of origin by name, not ISO code.
    await page.getByTestId('actor-facts').getByText('Countries of origin').waitFor();
    expect(await page.getByTestId('actor-facts').textContent()).toMatch(/Countries of origin\s*Senegal/);
    expect(await page.locator('.actor-panel__subtitle').textContent()).toContain('· Spain');

    // Under the map's scope: candidates based in Senegal, searched on the whole graph.
    const first = await shownPartners(
      page,
      () => page.getByTestId('actor-tab-partners').click(),
      () => true,
    );
    expect(first.call).toMatchObject({ filter: null, countries: ['SN'], themes: null, corridor: null });
    const expected = await apiPartners(actorId, { themes: null, countries: ['SN'], corridor: null });
    expect(expected.length).toBeGreaterThan(0);
    expect(first.shown).toEqual(expected);
    expect(await page.getByTestId('partner').first().textContent()).toContain('Senegal');
    expect(await page.getByTestId('partner-none').count()).toBe(0);
    await page
      .getByTestId('actor-panel')
      .screenshot({ path: path.join(mkdirs(SCREENSHOTS), 'partners-selectors.png') });

    // A theme.
    const themed = await shownPartners(
      page,
      () =>
        page
          .getByTestId('partner-theme')
          .selectOption('labour-migration')
          .then(() => undefined),
      (call) => call.themes?.[0] === 'labour-migration',
    );
    expect(themed.call).toMatchObject({ themes: ['labour-migration'], countries: ['SN'] });
    expect(themed.shown).toEqual(
      await apiPartners(actorId, { themes: ['labour-migration'], countries: ['SN'], corridor: null }),
    );
    expect(themed.shown).not.toEqual(first.shown);

    // Any theme, any country, then the actor's own corridor (Senegal → Spain).
    await shownPartners(
      page,
      () =>
        page
          .getByTestId('partner-theme')
          .selectOption('')
          .then(() => undefined),
      (call) => call.themes === null,
    );
    const anywhere = await shownPartners(
      page,
      () =>
        page
          .getByTestId('partner-country')
          .selectOption('')
          .then(() => undefined),
      (call) => call.countries === null && call.themes === null,
    );
    expect(anywhere.shown).toEqual(await apiPartners(actorId, { themes: null, countries: null, corridor: null }));
    const corridor = await shownPartners(
      page,
      () => page.getByTestId('partner-own-corridor').first().click(),
      (call) => call.corridor !== null,
    );
    expect(corridor.call.corridor).toEqual({ origin: 'SN', destination: 'ES' });
    expect(corridor.shown).toEqual(
      await apiPartners(actorId, { themes: null, countries: null, corridor: { origin: 'SN', destination: 'ES' } }),
    );
    expect(corridor.shown).not.toEqual(anywhere.shown);
    expect(await page.locator('#partner-origin').inputValue()).toBe('SN');
    expect(await page.locator('#partner-destination').inputValue()).toBe('ES');
    await page.getByTestId('actor-panel').screenshot({ path: path.join(mkdirs(SCREENSHOTS), 'partners-corridor.png') });
    expect(errors).toEqual([]);
  });
});
