/**
 * The lists beside the map (issue 18, point 2): each lens's list says what the API answers (names,
 * order and figures, read from the API directly), a row focuses the map on what it names (selected and
 * in view), and a tap on a lens's decoration (a gap marker, a suggested link) brings its row forward.
 * At 1024 × 768, the smallest layout the client supports.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, webUrl } from '../helpers/browser';
import { e2eApi } from '../helpers/e2e-api';

interface ProbeNode {
  empty(): boolean;
  renderedPosition(): { x: number; y: number };
  emit(event: string): void;
}
interface CyProbe {
  getElementById(id: string): ProbeNode;
  width(): number;
  height(): number;
  container(): HTMLElement | null;
  fit(eles: undefined, padding: number): void;
}
declare const window: { __tiermapCy: CyProbe };

const VIEWPORT = { width: 1024, height: 768 };

interface Link {
  sourceId: string;
  targetId: string;
  score: number;
  sharedThemes: string[];
  fillsGaps: { theme: string; countries: string[] }[];
  commonPartnerIds: string[];
}
const LINK_FIELDS = 'sourceId targetId score sharedThemes fillsGaps { theme countries } commonPartnerIds';

/** A link's reasons name its shared themes and the themes of the gaps it fills by label, its partners by name, and no id. */
function expectReasonsInWords(reasons: readonly string[], link: Link): void {
  expect(reasons.length).toBeGreaterThan(0);
  const text = reasons.join(' ');
  for (const theme of [...link.sharedThemes, ...link.fillsGaps.map((gap) => gap.theme)]) {
    expect(text).toContain(themeLabels.get(theme)!);
    if (theme.includes('_')) expect(text).not.toContain(theme);
  }
  for (const partner of link.commonPartnerIds.slice(0, 5)) expect(text).toContain(nameOf(partner));
  // A gap it would close is named by the country whose system has it.
  for (const country of link.fillsGaps.flatMap((gap) => gap.countries)) expect(text).toContain(`(${country})`);
  expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
}

let names: Map<string, string>;
let themeLabels: Map<string, string>;
const nameOf = (id: string) => names.get(id) ?? `unknown ${id}`;
/** "LOCAL" → "Local" (tiers are one word). */
const tierLabel = (tier: string) => `${tier.charAt(0)}${tier.slice(1).toLowerCase()}`;

async function loadNames(): Promise<void> {
  const data = await e2eApi<{
    actors: { totalCount: number; edges: { node: { id: string; name: string } }[] };
    vocabulary: { themes: { id: string; label: string }[] };
  }>(
    `query { actors(workspace: "seed-ecosystem", first: 500) { totalCount edges { node { id name } } }
             vocabulary(workspace: "seed-ecosystem") { themes { id label } } }`,
  );
  expect(data.actors.totalCount).toBe(data.actors.edges.length);
  names = new Map(data.actors.edges.map((edge) => [edge.node.id, edge.node.name]));
  themeLabels = new Map(data.vocabulary.themes.map((theme) => [theme.id, theme.label]));
}

const analytics = async <T>(selection: string): Promise<T> =>
  (await e2eApi<{ analytics: T }>(`query { analytics(workspace: "seed-ecosystem") { ${selection} } }`)).analytics;

describe('the lens lists beside the map', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    await loadNames();
  });
  afterAll(() => browser.close());

  async function openLens(lens: string, query = ''): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${webUrl()}/?workspace=seed-ecosystem${lens === 'ecosystem' ? '' : `&lens=${lens}`}${query}`);
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });
    await page.locator(`[data-testid=lens-list][data-lens=${lens}] .lens-row`).first().waitFor({ timeout: 60000 });
    return { page, errors };
  }

  /** Waits until every one of these map elements is drawn inside the canvas. */
  async function expectInView(page: Page, ids: readonly string[]): Promise<void> {
    await page.waitForFunction(
      (wanted) => {
        const cy = window.__tiermapCy;
        return wanted.every((id) => {
          const node = cy.getElementById(id);
          if (node.empty()) return false;
          const { x, y } = node.renderedPosition();
          return x >= 0 && y >= 0 && x <= cy.width() && y <= cy.height();
        });
      },
      ids,
      { timeout: 10000 },
    );
  }

  async function expectSelected(page: Page, id: string): Promise<void> {
    await page.waitForFunction((wanted) => new URLSearchParams(location.search).get('actor') === wanted, id, {
      timeout: 10000,
    });
    await page.getByTestId('actor-name').getByText(nameOf(id), { exact: true }).waitFor({ timeout: 15000 });
    await expectInView(page, [id]);
  }

  /** A tap on a map element (a lens's decoration) by its id (returning nothing: a Cytoscape collection is slow to serialise). */
  const tap = (page: Page, id: string) =>
    page.evaluate((wanted) => {
      window.__tiermapCy.getElementById(wanted).emit('tap');
    }, id);

  /**
   * A real mouse click at the centre of a map element, where it is drawn on screen (the whole map is
   * fitted first, so that the element is in view), checking that nothing covers that point.
   */
  async function clickOn(page: Page, id: string): Promise<void> {
    const point = await page.evaluate(async (wanted) => {
      const cy = window.__tiermapCy;
      cy.fit(undefined, 30);
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const box = cy.container()!.getBoundingClientRect();
      const at = cy.getElementById(wanted).renderedPosition();
      const x = box.left + at.x;
      const y = box.top + at.y;
      return {
        x,
        y,
        inside: at.x > 0 && at.y > 0 && at.x < box.width && at.y < box.height,
        on: document.elementFromPoint(x, y)?.tagName,
      };
    }, id);
    expect(point).toEqual(expect.objectContaining({ inside: true, on: 'CANVAS' }));
    await page.mouse.click(point.x, point.y);
  }

  /** Scrolls the sidebar to its end (the filters), away from the lens's list. */
  const scrollSidebarAway = (page: Page) =>
    page.locator('.sidebar').evaluate((sidebar) => {
      sidebar.scrollTop = sidebar.scrollHeight;
    });

  /** The row is marked as the current one and shown inside the sidebar's visible part. */
  async function expectRowForward(page: Page, rowId: string): Promise<void> {
    const row = page.locator(`[data-testid=lens-list] [data-row-id="${rowId}"]`);
    await page.waitForFunction(
      (id) => document.querySelector(`[data-row-id="${id}"]`)?.getAttribute('aria-current') === 'true',
      rowId,
    );
    await page.waitForFunction((id) => {
      const element = document.querySelector(`[data-row-id="${id}"]`);
      const sidebar = document.querySelector('.sidebar');
      if (!element || !sidebar) return false;
      const [box, clip] = [element.getBoundingClientRect(), sidebar.getBoundingClientRect()];
      return box.top >= clip.top - 1 && box.top < clip.bottom;
    }, rowId);
    expect(await page.locator('[data-testid=lens-list] [aria-current=true]').count()).toBe(1);
    expect(await row.count()).toBe(1);
  }

  it('Gaps: lists each gap with both sides and its ranked connectors; rows and decorations lead to each other', async () => {
    // Integration: on the seed map it has vertical gaps in several countries with connectors across them.
    const theme = 'integration-inclusion';
    const { gaps } = await analytics<{
      gaps: {
        pairs: {
          lowerTier: string;
          upperTier: string;
          countries: string[];
          isGap: boolean;
          lowerActorIds: string[];
          upperActorIds: string[];
          suggestedLinks: Link[];
        }[];
      };
    }>(
      `gaps(theme: "${theme}") { pairs { lowerTier upperTier countries isGap lowerActorIds upperActorIds suggestedLinks { ${LINK_FIELDS} } } }`,
    );
    const open = gaps.pairs.filter((pair) => pair.isGap);
    expect(open.length).toBeGreaterThan(1);
    expect(open.flatMap((pair) => pair.suggestedLinks).length).toBeGreaterThan(3);
    const { page, errors } = await openLens('gaps', `&gapTheme=${theme}`);
    const list = page.getByTestId('gap-list');
    // Named by the theme's label once the vocabulary is in (it may come after the lens's answer).
    await page.locator(`[data-testid=gap-list][aria-label="Gaps on ${themeLabels.get(theme)}"]`).waitFor();
    const rows = list.getByTestId('gap-row');
    expect(await rows.count()).toBe(open.length);
    for (const [index, pair] of open.entries()) {
      const row = rows.nth(index);
      // Each gap is one country's (its national system), named in the title.
      const title = (await row.getByTestId('gap-title').textContent()) ?? '';
      expect(title.startsWith(`${tierLabel(pair.lowerTier)} ↔ ${tierLabel(pair.upperTier)} in `)).toBe(true);
      expect(pair.countries).toHaveLength(1);
      expect(title).toContain(`(${pair.countries[0]})`);
      // Both sides, upper first, by name (the first four named, the rest counted).
      const sides = row.getByTestId('gap-side');
      for (const [position, ids] of [pair.upperActorIds, pair.lowerActorIds].entries()) {
        const sorted = ids.map(nameOf).sort((a, b) => a.localeCompare(b));
        const text = (await sides.nth(position).textContent()) ?? '';
        for (const name of sorted.slice(0, 4)) expect(text).toContain(name);
        if (sorted.length > 4) expect(text).toContain(`and ${sorted.length - 4} more`);
      }
      // Connectors in the API's order with its scores, and their reasons in words.
      const connectors = row.getByTestId('link-row');
      const shown = Math.min(3, pair.suggestedLinks.length);
      expect(await connectors.count()).toBe(shown);
      for (const [rank, link] of pair.suggestedLinks.slice(0, shown).entries()) {
        const connector = connectors.nth(rank);
        expect(await connector.getByTestId('link-title').textContent()).toBe(
          `${nameOf(link.sourceId)} — ${nameOf(link.targetId)}`,
        );
        expect(await connector.getByTestId('link-score').textContent()).toBe(link.score.toFixed(2));
        expectReasonsInWords(await connector.getByTestId('link-reasons').locator('li').allTextContents(), link);
      }
    }
    await screenshot(page, 'lens-list-gaps');

    // An actor named on a side is selected and kept in view.
    const upperFirst = [...open[0]!.upperActorIds].sort((a, b) => nameOf(a).localeCompare(nameOf(b)))[0]!;
    await rows
      .first()
      .getByTestId('gap-side')
      .first()
      .getByRole('button', { name: nameOf(upperFirst), exact: true })
      .click();
    await expectSelected(page, upperFirst);

    // A connector frames its pair and selects its first actor.
    const gap = open.find((pair) => pair.suggestedLinks.length > 0)!;
    const link = gap.suggestedLinks[0]!;
    const gapRow = rows.nth(open.indexOf(gap));
    await gapRow.getByTestId('link-title').first().click();
    await expectSelected(page, link.sourceId);
    await expectInView(page, [link.sourceId, link.targetId]);
    await expectRowForward(page, `suggest-${link.sourceId}-${link.targetId}`);

    // A tap on another suggested link brings its row forward (shown even past the first three).
    // (one drawn once: a supranational–global pair can close the same gap in several countries)
    const all = open.flatMap((pair) => pair.suggestedLinks);
    const idOf = (l: Link) => `suggest-${l.sourceId}-${l.targetId}`;
    const last = all.filter((l) => all.filter((m) => idOf(m) === idOf(l)).length === 1).at(-1)!;
    await scrollSidebarAway(page);
    await tap(page, `suggest-${last.sourceId}-${last.targetId}`);
    await expectRowForward(page, `suggest-${last.sourceId}-${last.targetId}`);
    // A click (a real mouse) on one of a gap's two diamonds brings its gap forward…
    const marker = `ghost-${open.at(-1)!.countries.join('-')}-${open.at(-1)!.lowerTier}-${open.at(-1)!.upperTier}`;
    await scrollSidebarAway(page);
    await clickOn(page, `${marker}-lower`);
    await expectRowForward(page, marker);
    // …and so does a tap on its dashed line.
    await tap(page, `suggest-${last.sourceId}-${last.targetId}`);
    await expectRowForward(page, `suggest-${last.sourceId}-${last.targetId}`);
    await scrollSidebarAway(page);
    await tap(page, marker);
    await expectRowForward(page, marker);
    await screenshot(page, 'lens-list-gaps-focus');
    expect(errors).toEqual([]);
  });

  it('Brokers: lists the brokers by rank with their figures and roles; a row selects its actor', async () => {
    const { brokers } = await analytics<{
      brokers: {
        actors: {
          actorId: string;
          rank: number;
          betweenness: number;
          constraint: number | null;
          roles: { total: number; gatekeeper: number };
        }[];
      };
    }>('brokers(top: 500) { actors { actorId rank betweenness constraint roles { total gatekeeper } } }');
    const expected = brokers.actors.filter((broker) => broker.betweenness > 0 || broker.roles.total > 0);
    const { page, errors } = await openLens('brokers');
    const rows = page.getByTestId('broker-row');
    expect(await rows.count()).toBe(Math.min(10, expected.length));
    await screenshot(page, 'lens-list-brokers');
    await page.getByTestId('lens-list-more').click();
    expect(await rows.count()).toBe(Math.min(20, expected.length));
    for (const [index, broker] of expected.slice(0, 20).entries()) {
      const row = rows.nth(index);
      expect(await row.getAttribute('data-actor-id')).toBe(broker.actorId);
      expect(await row.getByTestId('broker-name').textContent()).toBe(nameOf(broker.actorId));
      expect(await row.locator('.lens-row__rank').textContent()).toBe(`${broker.rank}.`);
      expect(await row.getByTestId('broker-betweenness').textContent()).toBe(broker.betweenness.toFixed(3));
      const figures = (await row.getByTestId('broker-figures').textContent()) ?? '';
      expect(figures).toContain(`Constr. ${broker.constraint === null ? 'n/a' : broker.constraint.toFixed(2)}`);
      if (broker.roles.gatekeeper > 0)
        expect(await row.getByTestId('broker-roles').textContent()).toContain(`gatekeeper ${broker.roles.gatekeeper}`);
    }
    const third = expected[2]!;
    await rows.nth(2).getByTestId('broker-name').click();
    await expectSelected(page, third.actorId);
    await expectRowForward(page, `broker-${third.actorId}`);
    expect(errors).toEqual([]);
  });

  it('Silos: lists the communities with size, E–I and make-up; a row frames its members', async () => {
    const { silos } = await analytics<{
      silos: {
        communities: {
          size: number;
          actorIds: string[];
          eiIndex: number | null;
          dominantTier: { value: string; share: number };
        }[];
      };
    }>('silos { communities { size actorIds eiIndex dominantTier { value share } } }');
    const numbered = silos.communities.map((community, index) => ({ ...community, number: index + 1 }));
    const expected = numbered.filter((community) => community.size > 1);
    const { page, errors } = await openLens('silos');
    const rows = page.getByTestId('silo-row');
    expect(await rows.count()).toBe(Math.min(8, expected.length));
    for (const [index, community] of expected.slice(0, 8).entries()) {
      const row = rows.nth(index);
      expect(await row.getByTestId('silo-title').textContent()).toBe(`Community ${community.number}`);
      expect(Number(await row.getByTestId('silo-size').textContent())).toBe(community.size);
      const ei = community.eiIndex;
      expect(await row.getByTestId('silo-ei').textContent()).toBe(
        ei === null ? 'E–I n/a' : `E–I ${ei >= 0 ? '+' : '−'}${Math.abs(ei).toFixed(2)}`,
      );
      expect(await row.textContent()).toContain(
        `Mostly ${tierLabel(community.dominantTier.value)} ${Math.round(community.dominantTier.share * 100)}%`,
      );
    }
    await screenshot(page, 'lens-list-silos');
    // The second community: every member in view, nothing selected.
    await rows.nth(1).getByTestId('silo-title').click();
    await expectInView(page, expected[1]!.actorIds);
    expect(new URL(page.url()).searchParams.get('actor')).toBeNull();
    await expectRowForward(page, `community-${expected[1]!.number}`);
    expect(errors).toEqual([]);
  });

  it('Funding: lists recipients (dependent first, flagged) and funders; a row selects the actor with its ties in view', async () => {
    const { funding } = await analytics<{
      funding: {
        recipients: {
          recipientId: string;
          dependent: boolean;
          topFunderId: string;
          topFunderShare: number;
          hhi: number;
          funders: { funderId: string }[];
        }[];
      };
    }>('funding { recipients { recipientId dependent topFunderId topFunderShare hhi funders { funderId } } }');
    const recipients = [...funding.recipients].sort(
      (a, b) =>
        Number(b.dependent) - Number(a.dependent) ||
        b.topFunderShare - a.topFunderShare ||
        b.hhi - a.hhi ||
        nameOf(a.recipientId).localeCompare(nameOf(b.recipientId)),
    );
    const grants = new Map<string, number>();
    for (const recipient of funding.recipients)
      for (const funder of recipient.funders) grants.set(funder.funderId, (grants.get(funder.funderId) ?? 0) + 1);
    const funders = [...grants].sort((a, b) => b[1] - a[1] || nameOf(a[0]).localeCompare(nameOf(b[0])));

    const { page, errors } = await openLens('funding');
    const rows = page.getByTestId('recipient-row');
    expect(await rows.count()).toBe(Math.min(8, recipients.length));
    for (const [index, recipient] of recipients.slice(0, 8).entries()) {
      const row = rows.nth(index);
      expect(await row.getByTestId('recipient-name').textContent()).toBe(nameOf(recipient.recipientId));
      expect(await row.getAttribute('data-dependent')).toBe(String(recipient.dependent));
      expect(await row.getByText('dependent', { exact: true }).count()).toBe(recipient.dependent ? 1 : 0);
      const figures = (await row.getByTestId('recipient-figures').textContent()) ?? '';
      expect(figures).toContain(
        `Top funder ${nameOf(recipient.topFunderId)} ${Math.round(recipient.topFunderShare * 100)}% · HHI ${recipient.hhi.toFixed(2)}`,
      );
    }
    const funderRows = page.getByTestId('funder-row');
    expect(await funderRows.count()).toBe(Math.min(8, funders.length));
    for (const [index, [funderId, count]] of funders.slice(0, 8).entries()) {
      expect(await funderRows.nth(index).getByTestId('funder-name').textContent()).toBe(nameOf(funderId));
      expect(await funderRows.nth(index).getByTestId('funder-figures').textContent()).toContain(
        `Funds ${count} recipient${count === 1 ? '' : 's'}`,
      );
    }
    await screenshot(page, 'lens-list-funding');
    const first = recipients[0]!;
    await rows.first().getByTestId('recipient-name').click();
    await expectSelected(page, first.recipientId);
    await expectInView(page, [first.recipientId, ...first.funders.map((funder) => funder.funderId)]);
    await expectRowForward(page, `recipient-${first.recipientId}`);
    expect(errors).toEqual([]);
  });

  it('Ecosystem: lists the workspace-wide suggested links with their reasons; a row frames the pair', async () => {
    const { suggestedLinks } = await analytics<{ suggestedLinks: { suggestions: Link[] } }>(
      `suggestedLinks(top: 30) { suggestions { ${LINK_FIELDS} } }`,
    );
    const expected = suggestedLinks.suggestions;
    expect(expected.length).toBeGreaterThan(1);
    const { page, errors } = await openLens('ecosystem');
    const rows = page.getByTestId('suggestion-list').getByTestId('link-row');
    expect(await rows.count()).toBe(Math.min(8, expected.length));
    for (const [index, link] of expected.slice(0, 8).entries()) {
      const row = rows.nth(index);
      expect(await row.getByTestId('link-title').textContent()).toBe(
        `${nameOf(link.sourceId)} — ${nameOf(link.targetId)}`,
      );
      expect(await row.getByTestId('link-score').textContent()).toBe(link.score.toFixed(2));
      expectReasonsInWords(await row.getByTestId('link-reasons').locator('li').allTextContents(), link);
    }
    await screenshot(page, 'lens-list-ecosystem');
    const second = expected[1]!;
    await rows.nth(1).getByTestId('link-title').click();
    await expectSelected(page, second.sourceId);
    await expectInView(page, [second.sourceId, second.targetId]);
    await expectRowForward(page, `suggest-${second.sourceId}-${second.targetId}`);
    // The chosen link is drawn, dashed, between its two actors; a tap on it finds its row again.
    const edge = `suggest-${second.sourceId}-${second.targetId}`;
    await page.waitForFunction((id) => !window.__tiermapCy.getElementById(id).empty(), edge);
    await screenshot(page, 'lens-list-ecosystem-focus');
    await scrollSidebarAway(page);
    await tap(page, edge);
    await expectRowForward(page, edge);
    expect(errors).toEqual([]);
  });
});
