/**
 * Issue 20's analysis options in the web client, and the capacity reasons of the partner finder, on
 * the seed map: the event layer chosen beside the lenses changes the broker list (the Autumn Academy,
 * an event, is a broker only when events are included, as the API answers), the options live in the
 * URL, and the partner finder says what two actors' capacity profiles share.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, webUrl } from '../helpers/browser';
import { e2eApi } from '../helpers/e2e-api';

const VIEWPORT = { width: 1280, height: 900 };

async function actorId(name: string): Promise<string> {
  const data = await e2eApi<{ actors: { edges: { node: { id: string; name: string } }[] } }>(
    `query($q: String) { actors(workspace: "seed-ecosystem", search: $q, first: 5) { edges { node { id name } } } }`,
    { q: name },
  );
  const found = data.actors.edges.find((edge) => edge.node.name === name);
  if (!found) throw new Error(`no actor named ${name}`);
  return found.node.id;
}

/** The brokers the Brokers lens lists (betweenness or a brokerage role), as the API answers them. */
async function listedBrokers(eventLayer: string): Promise<string[]> {
  const data = await e2eApi<{
    analytics: { brokers: { actors: { actorId: string; betweenness: number; roles: { total: number } }[] } };
  }>(
    `query($filter: AnalyticsFilter) { analytics(workspace: "seed-ecosystem", filter: $filter) {
       brokers(top: 500) { actors { actorId betweenness roles { total } } } } }`,
    { filter: { eventLayer } },
  );
  return data.analytics.brokers.actors
    .filter((broker) => broker.betweenness > 0 || broker.roles.total > 0)
    .map((broker) => broker.actorId);
}

describe('analysis options and capacity reasons in the web client', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());
  beforeEach(async () => {
    page = await browser.newPage({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
  });
  afterEach(() => page.close());

  it('lists the Autumn Academy among the brokers only when the event layer is included', async () => {
    const academy = await actorId('Autumn Academy');
    // In the API first: not a broker on organisation ties, a top broker when events count as actors.
    expect(await listedBrokers('EXCLUDED')).not.toContain(academy);
    const included = await listedBrokers('INCLUDED');
    expect(included.slice(0, 10)).toContain(academy);

    await page.goto(`${webUrl()}/?workspace=seed-ecosystem&lens=brokers`);
    const rows = page.getByTestId('broker-row');
    await rows.first().waitFor({ timeout: 60000 });
    await page.getByTestId('lens-list-more').click();
    expect(await page.locator(`[data-testid=broker-row][data-actor-id="${academy}"]`).count()).toBe(0);

    const options = page.getByTestId('analysis-options');
    await options.getByTestId('event-layer').selectOption('INCLUDED');
    await page.locator(`[data-testid=broker-row][data-actor-id="${academy}"]`).waitFor({ timeout: 60000 });
    expect(new URL(page.url()).searchParams.get('events')).toBe('INCLUDED');
    const first = await rows.first().getAttribute('data-actor-id');
    expect(first).toBe(included[0]);
    await screenshot(page, 'analysis-options-event-layer-included');

    // The options come back with the URL, and the broker list ranks by the measure chosen.
    await options.getByTestId('rank-by').selectOption('DEGREE');
    await rows.first().getByTestId('broker-measure').waitFor({ timeout: 60000 });
    expect(await rows.first().getByTestId('broker-figures').textContent()).toMatch(/^Degree \d+ · Betw\./);
    await page.reload();
    await rows.first().waitFor({ timeout: 60000 });
    expect(await page.getByTestId('event-layer').inputValue()).toBe('INCLUDED');
    expect(await page.getByTestId('rank-by').inputValue()).toBe('DEGREE');
    expect(errors).toEqual([]);
  });

  it('reads tiers along a corridor once both ends are chosen, and weighs ties when asked', async () => {
    await page.goto(`${webUrl()}/?workspace=seed-ecosystem&lens=gaps`);
    const options = page.getByTestId('analysis-options');
    await options.waitFor({ timeout: 60000 });
    await options.getByTestId('cross-border').selectOption('CORRIDOR');
    const ends = options.getByTestId('corridor').locator('select');
    await ends.nth(0).selectOption('SN');
    expect(new URL(page.url()).searchParams.get('xb')).toBeNull();
    await ends.nth(1).selectOption('ES');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('xb') === 'SN-ES', undefined, {
      timeout: 10000,
    });
    await options.getByTestId('weighted-ties').check();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('weighted') === '1', undefined, {
      timeout: 10000,
    });
    await screenshot(page, 'analysis-options-corridor');
    expect(errors).toEqual([]);
  });

  it('gives the capacity reasons in the partner list: what two US cities both serve and offer', async () => {
    const la = await actorId('City of Los Angeles');
    const sf = await actorId('City of San Francisco');
    await page.goto(`${webUrl()}/?workspace=seed-ecosystem&actor=${la}&tab=partners`);
    const partner = page.locator(`[data-testid=partner]`, { hasText: 'City of San Francisco' }).first();
    await partner.waitFor({ timeout: 60000 });
    const reasons = await partner.getByTestId('partner-reasons').locator('li').allTextContents();
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Both serve asylum seekers, migrant children and families in United States/),
        expect.stringMatching(/^Both offer legal aid in United States/),
      ]),
    );
    expect(sf).toBeTruthy();
    await partner.scrollIntoViewIfNeeded();
    await screenshot(page, 'partner-capacity-reasons');

    // The actor panel shows the profile by its labels.
    await page.getByTestId('actor-tab-facts').click();
    const facts = page.getByTestId('actor-facts');
    await facts.getByText('Migrant children, Families, Asylum seekers').waitFor({ timeout: 30000 });
    expect(await facts.textContent()).toContain('Legal aid');
    await screenshot(page, 'actor-facts-capacity');
    expect(errors).toEqual([]);
  });
});
