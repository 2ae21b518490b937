/**
 * The foundation's view and sharing, on the seed map: the funding view's portfolios by theme and tier,
 * unfunded theme × tier cells and co-funding against a direct API call; a copied link that restores the
 * zoom, pan, open tab and filters in a new page; the SVG export's title, legend and gap label; the
 * relations CSV of the Relations view against the API.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { humanize } from '../../web/src/lib/domain';
import { launchBrowser, screenshot, webUrl } from '../helpers/browser';
import { e2eApi } from '../helpers/e2e-api';

const WORKSPACE = 'seed-ecosystem';

interface Slice {
  relationCount: number;
  recipientIds: string[];
}
interface FundingAnswer {
  vocabulary: { themes: { id: string; label: string }[] };
  analytics: {
    funding: {
      funders: {
        funderId: string;
        funder: { name: string };
        relationCount: number;
        byTheme: (Slice & { theme: string | null })[];
        byTier: (Slice & { tier: string })[];
      }[];
      unfundedCells: { theme: string; tier: string; actors: { name: string }[] }[];
      coFunding: { funderA: { name: string }; funderB: { name: string }; sharedRecipients: { name: string }[] }[];
    };
  };
}

const SLICE = 'relationCount recipientIds';
const FUNDING_QUERY = `query($workspace: ID!) {
  vocabulary(workspace: $workspace) { themes { id label } }
  analytics(workspace: $workspace) { funding {
    funders { funderId funder { name } relationCount byTheme { theme ${SLICE} } byTier { tier ${SLICE} } }
    unfundedCells { theme tier actors { name } }
    coFunding { funderA { name } funderB { name } sharedRecipients { name } }
  } }
}`;

interface CyProbe {
  zoom(): number;
  pan(): { x: number; y: number };
  panBy(by: { x: number; y: number }): void;
  edges(selector: string): { length: number; map<T>(fn: (edge: { data(key: string): string }) => T): T[] };
}

const cyView = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as { __tiermapCy: CyProbe }).__tiermapCy;
    return { zoom: cy.zoom(), pan: cy.pan() };
  });

async function openMap(context: BrowserContext, query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${webUrl()}/${query.startsWith('?') ? query : `?workspace=${WORKSPACE}${query}`}`);
  await page.getByTestId('map-count').waitFor({ timeout: 60000 });
  return { page, errors };
}

/** The rows of the breakdown table as [key, grants, recipients]. */
const breakdownRows = (page: Page) =>
  page
    .getByTestId('breakdown-row')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.getAttribute('data-key') ?? '',
        Number(row.querySelector('[data-testid=breakdown-grants]')?.textContent),
        Number(row.querySelector('[data-testid=breakdown-recipients]')?.textContent),
      ]),
    );

/** Opens the toolbar's CSV choices. */
const openCsvMenu = (page: Page) => page.getByTestId('export-csv').click();

/** Waits for the breakdown to show `by` for `funder` ('' for all). */
const breakdownShows = (page: Page, by: string, funder: string) =>
  page.locator(`[data-testid=breakdown-table][data-by=${by}][data-funder="${funder}"]`).waitFor();

describe('the funding view and sharing on the seed map', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: webUrl() });
  });
  afterAll(() => browser.close());

  it("shows portfolios by theme and tier, unfunded cells and co-funding as the API's funding analysis gives them", async () => {
    // As the page's anonymous visitor sees the workspace.
    const answer = await e2eApi<FundingAnswer>(FUNDING_QUERY, { workspace: WORKSPACE }, { token: null });
    const { funders, unfundedCells, coFunding } = answer.analytics.funding;
    const label = new Map(answer.vocabulary.themes.map((theme) => [theme.id, theme.label]));
    expect(funders.length).toBeGreaterThan(2);
    expect(unfundedCells.length).toBeGreaterThan(0);
    expect(coFunding.length).toBeGreaterThan(0);

    const { page, errors } = await openMap(context, '&view=funding');
    await page.getByTestId('funding-breakdown').waitFor({ timeout: 60000 });

    // Every funder together, by theme: the API's slices added up (a recipient counted once).
    await breakdownShows(page, 'theme', '');
    const overall = new Map<string, { grants: number; recipients: Set<string> }>();
    for (const funder of funders)
      for (const slice of funder.byTheme) {
        const row = overall.get(slice.theme ?? '') ?? { grants: 0, recipients: new Set<string>() };
        row.grants += slice.relationCount;
        slice.recipientIds.forEach((id) => row.recipients.add(id));
        overall.set(slice.theme ?? '', row);
      }
    const shown = await breakdownRows(page);
    expect(new Map(shown.map(([key, grants, recipients]) => [key, [grants, recipients]]))).toEqual(
      new Map([...overall].map(([key, row]) => [key, [row.grants, row.recipients.size]])),
    );
    // Themes are named by their labels, never by their ids.
    const themeNames = await page.getByTestId('breakdown-row').locator('th').allTextContents();
    expect(themeNames).toEqual(shown.map(([key]) => (key === '' ? 'No theme' : label.get(String(key)))));
    await page.getByTestId('funding-breakdown').scrollIntoViewIfNeeded();
    await screenshot(page, 'funding-portfolios');

    // The biggest funder alone, by theme and by tier: exactly its slices.
    const biggest = [...funders].sort((a, b) => b.relationCount - a.relationCount)[0]!;
    await page.getByTestId('breakdown-funder').selectOption(biggest.funderId);
    await breakdownShows(page, 'theme', biggest.funderId);
    const alone = await breakdownRows(page);
    expect(alone).toHaveLength(biggest.byTheme.length);
    expect(alone).toEqual(
      expect.arrayContaining(biggest.byTheme.map((s) => [s.theme ?? '', s.relationCount, s.recipientIds.length])),
    );
    await page.getByTestId('breakdown-by-tier').click();
    await breakdownShows(page, 'tier', biggest.funderId);
    expect(await breakdownRows(page)).toEqual(
      biggest.byTier.map((slice) => [slice.tier, slice.relationCount, slice.recipientIds.length]),
    );
    expect(await page.getByTestId('breakdown-row').locator('th').allTextContents()).toEqual(
      biggest.byTier.map((slice) => humanize(slice.tier)),
    );

    // The choices live in the URL: a reload (or a shared link) opens the same breakdown and sorts.
    const recipientNames = () => page.getByTestId('recipient-row').locator('td:first-child').allTextContents();
    await page
      .getByTestId('funding-recipients')
      .getByRole('button', { name: /^Recipient/ })
      .click();
    await page.waitForURL(/recipientSort=name\.asc/);
    const byName = await recipientNames();
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
    await page.reload();
    await breakdownShows(page, 'tier', biggest.funderId);
    expect(await recipientNames()).toEqual(byName);

    // Unfunded cells: each (theme label, tier name) of the API, with its actors' names.
    const cells = page.getByTestId('unfunded-cell');
    const drawn = await cells.evaluateAll((nodes) =>
      nodes.map((node) => `${node.getAttribute('data-theme')} × ${node.getAttribute('data-tier')}`),
    );
    expect(drawn.sort()).toEqual(
      unfundedCells.map((cell) => `${label.get(cell.theme) ?? cell.theme} × ${humanize(cell.tier)}`).sort(),
    );
    for (const cell of unfundedCells.slice(0, 5)) {
      const text = await page
        .locator(
          `[data-testid=unfunded-cell][data-theme="${label.get(cell.theme)}"][data-tier="${humanize(cell.tier)}"]`,
        )
        .textContent();
      expect(text).toContain(`${cell.actors.length} actor`);
      expect(text).toContain(cell.actors[0]!.name);
    }
    expect(await page.getByTestId('unfunded-row').locator('th').allTextContents()).not.toContain(
      unfundedCells[0]!.theme,
    );
    await page.getByTestId('funding-unfunded').scrollIntoViewIfNeeded();
    await screenshot(page, 'funding-unfunded');

    // Co-funding: the API's pairs in its order, each with the recipients both fund.
    const pairs = await page.getByTestId('cofunding-row').evaluateAll((rows) =>
      rows.map((row) => ({
        funders: Array.from(row.querySelectorAll('[data-testid=cofunding-funders] button')).map((b) => b.textContent),
        recipients: Array.from(row.querySelectorAll('[data-testid=cofunding-recipients] button')).map(
          (b) => b.textContent,
        ),
      })),
    );
    expect(pairs).toEqual(
      coFunding.map((pair) => ({
        funders: [pair.funderA.name, pair.funderB.name],
        recipients: pair.sharedRecipients.map((recipient) => recipient.name),
      })),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows who ultimately funds a recipient, through intermediaries, with the state share', async () => {
    const { page, errors } = await openMap(context, '&view=funding');
    const academy = page.getByTestId('recipient-row').filter({ hasText: 'Autumn Academy' });
    await academy.waitFor({ timeout: 60000 });
    await academy.getByTestId('show-chains').click();
    const funder = page.getByTestId('ultimate-funder');
    await funder.first().waitFor({ timeout: 60000 });
    expect(await funder.allTextContents()).toEqual([
      expect.stringMatching(/^Atlantic Philanthropies.*100%.*philanthropic — via Social Change Initiative/),
    ]);
    // The JMDI: the EU's money counts as state money, though the EU is no government.
    const jmdi = page.getByTestId('recipient-row').filter({ hasText: 'Joint Migration and Development Initiative' });
    await jmdi.getByTestId('show-chains').click();
    await page.getByTestId('ultimate-funders').getByText('State money, through intermediaries: 100%').waitFor();
    await screenshot(page, 'funding-ultimate-funders');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('copies a link that restores the zoom, pan, open tab and filters in a new page', async () => {
    const { page, errors } = await openMap(context, '');
    // A filter ticked in the panel, an actor focused, a tab opened, the map zoomed and panned.
    await page.getByTestId('facet-relation-type').locator('summary').click();
    await page.getByTestId('facet-relation-type').getByLabel('Funds').check();
    await page.waitForFunction(() => location.search.includes('types=FUNDS'));
    await page.getByTestId('search-input').fill('Social Change Initiative');
    await page.getByTestId('search-results').getByRole('option').first().waitFor({ timeout: 15000 });
    await page.getByTestId('search-input').press('Enter');
    await page.getByTestId('actor-name').getByText('Social Change Initiative').waitFor({ timeout: 15000 });
    await page.getByTestId('actor-tab-partners').click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.evaluate(() => (window as unknown as { __tiermapCy: CyProbe }).__tiermapCy.panBy({ x: 40, y: -25 }));
    await page.waitForFunction(() => location.search.includes('zoom=') && location.search.includes('center='));
    await page.waitForTimeout(400);
    const before = await cyView(page);
    const count = await page.getByTestId('map-count').textContent();

    await page.getByTestId('copy-link').click();
    await page.getByTestId('copy-link-status').getByText('The link to this view is on the clipboard.').waitFor();
    expect(await page.getByTestId('copy-link').textContent()).toBe('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    const params = new URL(link).searchParams;
    expect(params.get('tab')).toBe('partners');
    expect(params.get('types')).toBe('FUNDS');
    expect(params.get('zoom')).not.toBeNull();
    await screenshot(page, 'sharing-copy-link');

    const opened = await context.newPage();
    opened.on('pageerror', (error) => errors.push(error.message));
    await opened.goto(link);
    await opened.getByTestId('map-count').waitFor({ timeout: 60000 });
    await opened.getByTestId('partner-list').waitFor({ timeout: 60000 });
    expect(await opened.getByTestId('actor-tab-partners').getAttribute('aria-selected')).toBe('true');
    expect(await opened.getByTestId('actor-name').textContent()).toBe('Social Change Initiative');
    expect(await opened.getByTestId('facet-relation-type').getByLabel('Funds').isChecked()).toBe(true);
    expect(await opened.getByTestId('map-count').textContent()).toBe(count);
    await opened.waitForTimeout(400);
    const after = await cyView(opened);
    expect(Math.abs(after.zoom / before.zoom - 1)).toBeLessThan(0.001);
    expect(Math.abs(after.pan.x - before.pan.x)).toBeLessThan(2);
    expect(Math.abs(after.pan.y - before.pan.y)).toBeLessThan(2);
    await screenshot(opened, 'sharing-link-restored');
    expect(errors).toEqual([]);
    await Promise.all([page.close(), opened.close()]);
  });

  it('exports an SVG with the title, the legend and the gap labels of the gaps lens', async () => {
    const answer = await e2eApi<{ vocabulary: { themes: { id: string; label: string }[] } }>(
      'query($workspace: ID!) { vocabulary(workspace: $workspace) { themes { id label } } }',
      { workspace: WORKSPACE },
    );
    const { page, errors } = await openMap(context, '&lens=gaps&gapTheme=reception');
    await page.locator('[data-testid=legend][data-lens=gaps][data-state=ready]').waitFor({ timeout: 60000 });
    const gapLabels = await page.waitForFunction(
      () => {
        const cy = (window as unknown as { __tiermapCy: CyProbe }).__tiermapCy;
        const labels = cy.edges('.ghost').map((edge) => edge.data('label'));
        return labels.length > 0 ? labels : null;
      },
      undefined,
      { timeout: 60000 },
    );
    const labels = (await gapLabels.jsonValue()) as string[];
    const legend = await page.getByTestId('legend').locator('.legend__items li').allTextContents();
    expect(legend.length).toBeGreaterThan(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
    const svg = readFileSync(await download.path(), 'utf8');
    const reception = answer.vocabulary.themes.find((theme) => theme.id === 'reception')!.label;
    expect(svg).toMatch(/<g class="map-title"><text[^>]*>[^<]+ — Gaps lens<\/text>/);
    expect(svg).toContain(`>Gaps on ${reception}</text>`);
    expect(svg).toContain('>No filters: every actor and relation</text>');
    expect(svg).toMatch(/>All dates · exported from Tiermap on \d{4}-\d{2}-\d{2}<\/text>/);
    expect(svg.match(/<g class="legend-item">/g)?.length).toBe(legend.length);
    for (const item of legend) expect(svg).toContain(`>${item.replace(/&/g, '&amp;')}</text>`);
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const label of labels.filter(Boolean)) expect(svg).toContain(`>${escape(label)}</text></g>`);
    expect(svg.match(/<g class="edge-label">/g)?.length).toBeGreaterThanOrEqual(labels.filter(Boolean).length);

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    // Look at both files as someone opening them would.
    const viewer = await context.newPage();
    await viewer.setContent(svg.replace(/^<\?xml[^>]*>/, ''));
    await screenshot(viewer, 'export-svg-gaps');
    await viewer.setContent(`<img src="data:image/png;base64,${bytes.toString('base64')}" style="max-width:100%">`);
    await screenshot(viewer, 'export-png-gaps');
    expect(errors).toEqual([]);
    await Promise.all([page.close(), viewer.close()]);
  });

  it("downloads the Relations view's relations, not its actors, as the API lists them", async () => {
    const answer = await e2eApi<{
      relations: {
        edges: { node: { id: string; type: string; source: { name: string }; target: { name: string } } }[];
      };
    }>(
      `query($workspace: ID!) { relations(workspace: $workspace, first: 500, filter: { types: [FUNDS] }) {
        edges { node { id type source { name } target { name } } } } }`,
      { workspace: WORKSPACE },
      { token: null },
    );
    const funds = answer.relations.edges.map((edge) => edge.node);
    expect(funds.length).toBeGreaterThan(3);
    const { page, errors } = await openMap(context, '&view=relations&types=FUNDS');
    await page.getByTestId('relation-table').waitFor({ timeout: 60000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      openCsvMenu(page).then(() => page.getByTestId('export-csv-relations').click()),
    ]);
    expect(download.suggestedFilename()).toBe(`${WORKSPACE}-relations.csv`);
    const [header, ...lines] = readFileSync(await download.path(), 'utf8')
      .trimEnd()
      .split('\r\n');
    const columns = header!.split(',');
    expect(columns).toEqual(expect.arrayContaining(['id', 'source', 'target', 'type', 'mode', 'confidence', 'themes']));
    // The seed's names hold no comma or quote: a plain split reads these lines.
    const rows = lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i], cell])));
    expect(rows.map((row) => row.id).sort()).toEqual(funds.map((relation) => relation.id).sort());
    const byId = new Map(funds.map((relation) => [relation.id, relation]));
    for (const row of rows) {
      expect(row.type).toBe('FUNDS');
      expect([row.source, row.target]).toEqual([byId.get(row.id!)!.source.name, byId.get(row.id!)!.target.name]);
    }

    // The table's own filter narrows the file too, and stays in the URL.
    const recipient = funds[0]!.target.name;
    await page.getByTestId('relation-filter').fill(recipient);
    await page.waitForFunction(() => new URLSearchParams(location.search).has('q'));
    const [narrowed] = await Promise.all([
      page.waitForEvent('download'),
      openCsvMenu(page).then(() => page.getByTestId('export-csv-relations').click()),
    ]);
    const narrowedLines = readFileSync(await narrowed.path(), 'utf8')
      .trimEnd()
      .split('\r\n')
      .slice(1);
    expect(narrowedLines.length).toBe(Number((await page.getByTestId('relation-count').textContent())?.split(' ')[0]));
    expect(narrowedLines.every((line) => line.toLowerCase().includes(recipient.toLowerCase()))).toBe(true);
    // The choices open over the table, and close once one is taken.
    expect(await page.getByTestId('export-csv-relations').isVisible()).toBe(false);
    await openCsvMenu(page);
    expect(await page.getByTestId('export-csv').getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'relations-csv');
    expect(errors).toEqual([]);
    await page.close();
  });
});
