import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../helpers/browser';
import { e2eApi as api } from '../helpers/e2e-api';
import { signInPage } from '../helpers/e2e-session';
import { monthLabel } from '../../web/src/lib/as-of-month';

interface CyProbe {
  nodes(selector: string): {
    map<T>(fn: (node: { id(): string; position(): { x: number; y: number } }) => T): T[];
  };
}

/** The model positions of the actors drawn on the map, by id. */
const positions = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as { __tiermapCy: CyProbe }).__tiermapCy;
    return Object.fromEntries(cy.nodes('node.actor').map((node) => [node.id(), { ...node.position() }]));
  });

interface LabelProbe {
  getElementById(id: string): { length: number; data(key: string): unknown };
}

const asOfInUrl = (page: Page) => new URL(page.url()).searchParams.get('asOf');
const mapCount = async (page: Page) => Number((await page.getByTestId('map-count').textContent())?.split(' ')[0]);

/** The seed map, signed in as the e2e administrator (an editor of it). */
async function openMap(browser: Browser, query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await signInPage(page, `/?workspace=seed-ecosystem${query}`);
  await page.getByTestId('map-count').waitFor({ timeout: 60000 });
  return { page, errors };
}

/** The measure fields of the API's diff the changes view is checked against. */
interface MeasureAnswer {
  betweennessMethod: string;
  brokerageChanges: { actorId: string; delta: number; actor: { name: string } | null }[];
  fundingChanges: { kind: string }[];
  gapsOpened: { theme: string }[];
  gapsClosed: { theme: string }[];
}

const STAMP = Date.now();
const PERIOD_A = `E2E September 2016 ${STAMP}`;
const PERIOD_B = `E2E year 2018 ${STAMP}`;

describe('time on the seed map', () => {
  let browser: Browser;
  const periodIds: string[] = [];
  const actorIds: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
    for (const input of [
      { name: PERIOD_A, kind: 'test', since: '2016-09-01', until: '2016-09-30' },
      { name: PERIOD_B, kind: 'test', since: '2018-01', until: '2018-12' },
    ]) {
      const { createPeriod } = await api<{ createPeriod: { id: string } }>(
        'mutation($input: PeriodInput!) { createPeriod(workspace: "seed-ecosystem", input: $input) { id } }',
        { input },
      );
      periodIds.push(createPeriod.id);
    }
  });
  afterAll(async () => {
    for (const id of periodIds) await api('mutation($id: ID!) { deletePeriod(id: $id) { id } }', { id });
    for (const id of actorIds) await api('mutation($id: ID!) { deleteActor(id: $id) { id } }', { id });
    await browser.close();
  });

  it('steps the time bar by month and year, shows the periods, and reads an old year-only link', async () => {
    const { page, errors } = await openMap(browser, '&asOf=2016');
    // A link from the year-only slider still works: the year's last month.
    expect(await page.getByTestId('as-of-value').textContent()).toBe('December 2016');
    const slider = page.getByTestId('as-of-slider');
    await slider.focus();
    await slider.press('ArrowRight');
    expect(await page.getByTestId('as-of-value').textContent()).toBe('January 2017');
    await slider.press('PageDown');
    expect(await page.getByTestId('as-of-value').textContent()).toBe('January 2016');
    expect(await slider.getAttribute('aria-valuetext')).toBe('January 2016');
    expect(asOfInUrl(page)).toBe('2016-01');
    // A period mark sets the date to the period (its last month) and names it.
    const marks = page.getByTestId('period-mark');
    await marks.filter({ hasText: PERIOD_A }).click();
    expect(asOfInUrl(page)).toBe('2016-09');
    expect(await page.getByTestId('as-of-value').textContent()).toBe(`September 2016 · ${PERIOD_A}`);
    expect(await marks.filter({ hasText: PERIOD_A }).getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'web-time-bar-periods');
    expect(errors).toEqual([]);
  });

  it('plays through time: actors appear while those present in both years keep their place', async () => {
    const { page, errors } = await openMap(browser, '&asOf=2015-06');
    const before = { count: await mapCount(page), at: await positions(page) };
    await page.getByTestId('play-step').selectOption('year');
    await page.getByTestId('play-speed').selectOption({ label: 'Slow' });
    await page.getByTestId('play-toggle').click();
    expect(await page.getByTestId('time-strip').getAttribute('data-playing')).toBe('true');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('asOf') === '2016-06', null, {
      timeout: 30000,
    });
    await screenshot(page, 'web-time-playing');
    await page.getByTestId('play-toggle').click();
    expect(await page.getByTestId('time-strip').getAttribute('data-playing')).toBe('false');
    // Paused one step on (or two, on a slow machine): a year on at a time, in June.
    const paused = asOfInUrl(page)!;
    expect(paused >= '2016-06' && paused.endsWith('-06')).toBe(true);
    await page.waitForFunction(
      (label) => document.querySelector('[data-testid="as-of-value"]')?.textContent === label,
      monthLabel(paused),
    );
    const after = { count: await mapCount(page), at: await positions(page) };
    // The seed's 2016 relations bring actors in.
    expect(after.count).toBeGreaterThan(before.count);
    const both = Object.keys(before.at).filter((id) => id in after.at);
    expect(both.length).toBeGreaterThan(5);
    for (const id of both) expect(after.at[id]).toEqual(before.at[id]);
    expect(Object.keys(after.at).length).toBeGreaterThan(both.length);
    expect(errors).toEqual([]);
  });

  it('lists and colours what changed between two named periods', async () => {
    const { page, errors } = await openMap(browser, '');
    // The measure query held back: the record sections show meanwhile, the measure sections say they are pending.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('query TimeMeasureDiff')) await held;
      await route.continue();
    });
    await page.getByTestId('toggle-changes').click();
    const panel = page.getByTestId('changes-panel');
    await panel.waitFor();
    await page.getByTestId('changes-from-kind').selectOption(`period:${periodIds[0]}`);
    await page.getByTestId('changes-to-kind').selectOption(`period:${periodIds[1]}`);
    await panel.getByTestId('changes-dates').waitFor({ timeout: 60000 });
    expect(await panel.getByTestId('measures-pending').isVisible()).toBe(true);
    release();
    expect(await panel.getByTestId('changes-dates').textContent()).toBe('From 2016-09-30 to 2018-12-31');
    const count = async (section: string) =>
      Number(await panel.getByTestId(`diff-${section}`).getAttribute('data-count'));
    expect(await count('relations-added')).toBeGreaterThan(0);
    expect(await count('relations-ended')).toBeGreaterThan(0);
    const url = new URL(page.url()).searchParams;
    expect(url.get('changesFrom')).toBe(`period:${periodIds[0]}`);
    expect(url.get('changesTo')).toBe(`period:${periodIds[1]}`);
    // The same changes are coloured on the map, ended ties included though the map shows all time: each
    // section's alone when it is the one chosen (kept in the URL).
    const colourBy = async (section: string) => {
      await panel.getByTestId('changes-colour').selectOption(section);
      await page.waitForFunction((id) => new URLSearchParams(location.search).get('changesColour') === id, section);
      // The map redraws on the next frame.
      await page.waitForTimeout(300);
      return page.evaluate(() => {
        const cy = (
          window as unknown as {
            __tiermapCy: {
              edges(s: string): { length: number };
              nodes(s: string): { length: number; map<T>(fn: (node: { id(): string }) => T): T[] };
            };
          }
        ).__tiermapCy;
        return {
          addedEdges: cy.edges('.time-added').length,
          endedEdges: cy.edges('.time-ended').length,
          addedNodes: cy.nodes('.time-added').length,
          endedNodeIds: cy.nodes('node.actor.time-ended').map((node) => node.id()),
        };
      });
    };
    expect((await colourBy('relations-added')).addedEdges).toBe(await count('relations-added'));
    expect((await colourBy('relations-ended')).endedEdges).toBe(await count('relations-ended'));
    expect((await colourBy('actors-added')).addedNodes).toBe(await count('actors-added'));
    await panel.getByTestId('changes-legend').waitFor();

    // The measure sections come on their own query: they say what the API's diff says for the same periods.
    await panel.locator('[data-testid=diff-measures][data-state=ready]').waitFor({ timeout: 60000 });
    const { analytics } = await api<{ analytics: { diff: MeasureAnswer } }>(
      `query($from: ID!, $to: ID!) { analytics(workspace: "seed-ecosystem") {
        diff(fromPeriod: $from, toPeriod: $to) {
          betweennessMethod
          brokerageChanges { actorId delta actor { name } }
          fundingChanges { kind recipientId funder { name } recipient { name } }
          gapsOpened { theme } gapsClosed { theme }
        } } }`,
      { from: periodIds[0], to: periodIds[1] },
    );
    const measures = analytics.diff;
    expect(measures.brokerageChanges.length).toBeGreaterThan(0);
    expect((await count('brokers-gained')) + (await count('brokers-lost'))).toBe(measures.brokerageChanges.length);
    expect(await count('gaps-opened')).toBe(measures.gapsOpened.length);
    expect(await count('gaps-closed')).toBe(measures.gapsClosed.length);
    expect(await count('funding-started')).toBe(measures.fundingChanges.filter((f) => f.kind === 'STARTED').length);
    expect(await panel.getByTestId('betweenness-method').textContent()).toContain(
      measures.betweennessMethod === 'EXACT' ? 'Betweenness exact' : 'Betweenness sampled',
    );
    // The first mover (the largest change) heads its section, named, its betweenness change signed.
    const mover = measures.brokerageChanges[0]!;
    const moverSection = mover.delta > 0 ? 'brokers-gained' : 'brokers-lost';
    const moverRow = panel.getByTestId(`diff-${moverSection}`).getByTestId('diff-item').first();
    const moverText = (await moverRow.textContent())!;
    expect(moverText.startsWith(`${mover.actor!.name}: betweenness `)).toBe(true);
    expect(moverText).toContain(`(${mover.delta > 0 ? '+' : '\u2212'}${Math.abs(mover.delta).toFixed(3)})`);
    // Coloured by that section, the map rings exactly its movers (red for those who lost).
    if (moverSection === 'brokers-lost') {
      const lost = measures.brokerageChanges.filter((change) => change.delta < 0).map((change) => change.actorId);
      const ringed = (await colourBy('brokers-lost')).endedNodeIds;
      expect(ringed).toContain(mover.actorId);
      expect(ringed.every((id) => lost.includes(id))).toBe(true);
    }
    await moverRow.scrollIntoViewIfNeeded();
    await screenshot(page, 'web-time-changes');
    // A listed relation opens on the map's relation panel; a broker selects its actor.
    await panel.getByTestId('diff-relations-ended').getByTestId('diff-item').first().click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('relation') !== null);
    await moverRow.click();
    await page.waitForFunction((id) => new URLSearchParams(location.search).get('actor') === id, mover.actorId);
    await page.getByTestId('actor-name').getByText(mover.actor!.name).waitFor({ timeout: 30000 });
    expect(errors).toEqual([]);
  });

  it('shows an actor’s lineage and renames it from a date', async () => {
    const create = async (name: string) => {
      const { createActor } = await api<{ createActor: { id: string } }>(
        'mutation($input: ActorInput!) { createActor(workspace: "seed-ecosystem", input: $input) { id } }',
        { input: { name, kind: 'MINISTRY', tier: 'NATIONAL', country: 'GR', since: '2012' } },
      );
      actorIds.push(createActor.id);
      return createActor.id;
    };
    const office = await create(`E2E Migration Office ${STAMP}`);
    const small = await create(`E2E Reception Service ${STAMP}`);
    await api(
      'mutation($ids: [ID!]!, $into: ID!) { mergeActors(ids: $ids, into: $into, on: "2016-03") { operationId } }',
      {
        ids: [small],
        into: office,
      },
    );
    const { page, errors } = await openMap(browser, `&actor=${office}&tab=lineage`);
    const lineage = page.getByTestId('actor-lineage');
    await lineage.waitFor({ timeout: 30000 });
    expect(await lineage.getByTestId('lineage-lifespan').textContent()).toBe('2012 – now');
    expect(await lineage.getByTestId('lineage-predecessors').textContent()).toContain(
      `Absorbed E2E Reception Service ${STAMP} from 2016-03`,
    );
    // Rename, refused first without a date.
    await lineage.getByTestId('rename-actor').click();
    await page.getByTestId('rename-name').fill(`E2E Ministry of Migration ${STAMP}`);
    await page.getByTestId('save-rename').click();
    expect(await page.getByTestId('field-problem').textContent()).toContain('YYYY');
    await page.getByTestId('rename-on').fill('2019-07');
    await page.getByTestId('save-rename').click();
    await page.getByTestId('actor-name').getByText(`E2E Ministry of Migration ${STAMP}`).waitFor({ timeout: 30000 });
    const names = page.getByTestId('lineage-names');
    await names.waitFor();
    const text = await names.textContent();
    expect(text).toContain(`E2E Migration Office ${STAMP}`);
    expect(text).toContain('until 2019-07');
    expect(text).toContain(`E2E Ministry of Migration ${STAMP}`);
    await screenshot(page, 'web-time-lineage');
    // A predecessor is a link to it.
    await page.getByTestId('lineage-predecessors').getByTestId('lineage-actor').click();
    await page.getByTestId('actor-name').getByText(`E2E Reception Service ${STAMP}`).waitFor({ timeout: 30000 });
    await page.getByTestId('actor-tab-lineage').click();
    expect(await page.getByTestId('lineage-successors').textContent()).toContain('Merged into');
    expect(errors).toEqual([]);
    // As of a month before the rename, the panel and the map say the name of that time.
    const then = await openMap(browser, `&asOf=2017-06&actor=${office}`);
    await then.page.getByTestId('actor-name').getByText(`E2E Migration Office ${STAMP}`).waitFor({ timeout: 30000 });
    expect(await then.page.getByTestId('actor-name-now').textContent()).toBe(`now: E2E Ministry of Migration ${STAMP}`);
    const label = await then.page.waitForFunction(
      (id) => {
        const cy = (window as unknown as { __tiermapCy?: LabelProbe }).__tiermapCy;
        const node = cy?.getElementById(id);
        return node && node.length > 0 ? String(node.data('label')) : null;
      },
      office,
      { timeout: 30000 },
    );
    expect((await label.jsonValue())?.split('\n')[0]).toBe(`E2E Migration Office ${STAMP}`);
    expect(then.errors).toEqual([]);
    // The absorbed service's relation list names the office as it was called then.
    const absorbed = await openMap(browser, `&asOf=2017-06&actor=${small}&tab=relations`);
    await absorbed.page
      .getByTestId('relation-list')
      .getByText(`E2E Migration Office ${STAMP}`)
      .waitFor({ timeout: 30000 });
    expect(
      await absorbed.page.getByTestId('relation-list').getByText(`E2E Ministry of Migration ${STAMP}`).count(),
    ).toBe(0);
    // The actor table lists it under the name of that month too, and under today's without a date.
    const table = await openMap(browser, `&asOf=2017-06&view=table&q=${STAMP}`);
    await table.page.getByTestId('actor-table').getByText(`E2E Migration Office ${STAMP}`).waitFor({ timeout: 30000 });
    expect(await table.page.getByTestId('actor-table').getByText(`E2E Ministry of Migration ${STAMP}`).count()).toBe(0);
    const today = await openMap(browser, `&view=table&q=${STAMP}`);
    await today.page
      .getByTestId('actor-table')
      .getByText(`E2E Ministry of Migration ${STAMP}`)
      .waitFor({ timeout: 30000 });
    expect(table.errors).toEqual([]);
  });
});
