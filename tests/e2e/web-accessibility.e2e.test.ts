/**
 * axe-core on every view of the web client, signed in as an owner (so the edit forms are there): each lens
 * of the lens tab bar with its list, each view of the header, the search results, the actor panel's tabs,
 * the relation panel, the edit forms, the path finder, the account menu and the shortcuts help; then, signed out, the
 * sign-in and sign-up dialog, and, signed in, each section of the workspace page and its new-workspace
 * form. Each must have no violation of the WCAG 2.0/2.1 A and AA rules nor of axe's best practices.
 */
import type { Browser, Page } from 'playwright-core';
import { LENSES, VIEWS, type View } from '../../web/src/lib/view-state';
import { axeCheck, describeViolation } from '../helpers/axe';
import { launchBrowser, screenshot, webUrl } from '../helpers/browser';
import { e2eApi } from '../helpers/e2e-api';
import { signInPage } from '../helpers/e2e-session';

/** What shows that each view of the header has drawn. */
const VIEW_READY: Record<View, string> = {
  map: 'map-count',
  table: 'actor-table',
  relations: 'relation-table',
  matrix: 'coverage-grid',
  funding: 'funding-recipients',
  duplicates: 'duplicates-view',
};

/** The actor panel's tabs and what shows that each has drawn. */
const ACTOR_TABS: Record<string, string> = {
  facts: 'actor-facts',
  evidence: 'evidence-list',
  relations: 'relation-list',
  metrics: 'actor-metrics',
  partners: 'partner-list',
  lineage: 'actor-lineage',
  history: 'history-list',
};

async function actorId(name: string): Promise<string> {
  const data = await e2eApi<{ actors: { edges: { node: { id: string; name: string } }[] } }>(
    'query { actors(workspace: "seed-ecosystem", first: 500) { edges { node { id name } } } }',
  );
  const actor = data.actors.edges.find((edge) => edge.node.name === name);
  if (!actor) throw new Error(`no seed actor named ${name}`);
  return actor.node.id;
}

describe('the web client under axe-core', () => {
  let browser: Browser;
  const visited: string[] = [];

  /** Runs axe on the page as it stands and returns its violations as text (a screenshot is kept when any). */
  async function check(page: Page, name: string): Promise<string[]> {
    const started = Date.now();
    const { violations, passes } = await axeCheck(page);
    visited.push(`${name} (${Date.now() - started} ms)`);
    // axe that passed no rule looked at nothing.
    expect(passes).toBeGreaterThan(10);
    if (violations.length === 0) return [];
    await screenshot(page, `a11y-${name.replace(/\W+/g, '-')}`);
    return [`${name}:\n  ${violations.map(describeViolation).join('\n  ')}`];
  }

  const newPage = () => browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    console.log(`axe-core checked ${visited.length} views:\n  ${visited.join('\n  ')}`);
    await browser.close();
  });

  it('finds no violation on the map page: lenses, views, search, actor panel tabs, forms, path finder, changes, help', async () => {
    const problems: string[] = [];
    const page = await newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signInPage(page, '/?workspace=seed-ecosystem');
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });

    // Every lens, as the lens tab bar lists them.
    const lensTabs = page.getByRole('tablist', { name: 'Lens' }).getByRole('tab');
    expect(await lensTabs.count()).toBe(LENSES.length);
    for (const lens of LENSES) {
      await page.getByTestId(`lens-${lens}`).click();
      await page.locator(`[data-testid=legend][data-lens=${lens}][data-state=ready]`).waitFor({ timeout: 60000 });
      // With the lens's list beside the map (each lens has rows on the seed map).
      await page.locator(`[data-testid=lens-list][data-lens=${lens}] .lens-row`).first().waitFor({ timeout: 60000 });
      problems.push(...(await check(page, `lens: ${lens}`)));
    }
    await page.getByTestId('lens-ecosystem').click();

    // Every view of the header.
    expect(await page.getByRole('group', { name: 'View' }).getByRole('button').count()).toBe(VIEWS.length);
    for (const view of VIEWS) {
      await page.getByTestId(`view-${view}`).click();
      await page.getByTestId(VIEW_READY[view]).first().waitFor({ timeout: 60000 });
      problems.push(...(await check(page, `view: ${view}`)));
    }
    // The funding view's breakdown by tier for one funder.
    await page.getByTestId('view-funding').click();
    await page.getByTestId('breakdown-by-tier').click();
    await page.getByTestId('breakdown-funder').selectOption({ index: 1 });
    await page.locator('[data-testid=breakdown-table][data-by=tier]:not([data-funder=""])').waitFor();
    problems.push(...(await check(page, 'funding: breakdown by tier of one funder')));
    // The copy-link button with what it says once pressed.
    await page.getByTestId('view-map').click();
    await page.getByTestId('copy-link').click();
    await page.locator('[data-testid=copy-link-status]:not(:empty)').waitFor();
    problems.push(...(await check(page, 'copy link: done')));
    await page.getByTestId('export-csv').click();
    await page.getByTestId('export-csv-relations').waitFor();
    problems.push(...(await check(page, 'CSV choices')));
    await page.keyboard.press('Escape');
    await page.getByTestId('view-map').click();

    // A country chosen: the scope line over the map, under the Gaps lens.
    await page.goto(`${webUrl()}/?workspace=seed-ecosystem&countries=SN&lens=gaps`);
    await page.locator('[data-testid=legend][data-lens=gaps][data-state=ready]').waitFor({ timeout: 60000 });
    await page.getByTestId('scope-line').waitFor();
    problems.push(...(await check(page, 'country scope (gaps lens)')));
    await page.goto(`${webUrl()}/?workspace=seed-ecosystem`);
    await page.getByTestId('map-count').waitFor({ timeout: 60000 });

    // The search box with its list open (whatever the search answers: its results or a hint).
    await page.getByTestId('search-input').fill('Athens');
    await page.getByTestId('search-results').waitFor();
    await page.waitForFunction(
      () => !document.querySelector('[data-testid=search-results]')?.textContent?.includes('Searching'),
    );
    problems.push(...(await check(page, 'search results')));
    await page.getByTestId('search-input').fill('');

    // The actor panel, every tab.
    await page.goto(`${webUrl()}/?workspace=seed-ecosystem&actor=${await actorId('University of Athens')}`);
    await page.getByTestId('actor-facts').waitFor({ timeout: 60000 });
    for (const [tab, content] of Object.entries(ACTOR_TABS)) {
      await page.getByTestId(`actor-tab-${tab}`).click();
      await page.getByTestId(content).waitFor({ timeout: 60000 });
      problems.push(...(await check(page, `actor panel: ${tab}`)));
    }

    // The edit forms of the actor panel.
    const forms: [string, string][] = [
      ['edit-actor', 'edit-actor-form'],
      ['add-relation', 'relation-form'],
      ['add-actor-evidence', 'evidence-form'],
    ];
    for (const [button, form] of forms) {
      await page.getByTestId(button).click();
      await page.getByTestId(form).waitFor();
      problems.push(...(await check(page, `form: ${form}`)));
      await page.getByTestId(form).getByRole('button', { name: 'Cancel' }).click();
    }

    // The relation panel and its edit form.
    await page.getByTestId('actor-tab-relations').click();
    await page.getByTestId('open-relation').first().click();
    await page.getByTestId('relation-facts').waitFor({ timeout: 15000 });
    await page.getByTestId('history-list').waitFor({ timeout: 15000 });
    problems.push(...(await check(page, 'relation panel')));
    await page.getByTestId('relation-panel').getByTestId('edit-relation').click();
    await page.getByTestId('relation-form').waitFor();
    problems.push(...(await check(page, 'form: relation-form (edit)')));
    await page.getByTestId('relation-form').getByRole('button', { name: 'Cancel' }).click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    // The new-actor form, the path finder, the account menu, the shortcuts help.
    await page.getByTestId('new-actor').click();
    await page.getByTestId('create-actor-form').waitFor();
    problems.push(...(await check(page, 'form: create-actor-form')));
    await page.getByTestId('create-actor-form').getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('toggle-paths').click();
    await page.getByTestId('path-finder').waitFor();
    problems.push(...(await check(page, 'path finder')));
    await page.getByTestId('toggle-paths').click();
    // The changes view between two months, with its measure sections.
    await page.goto(`${webUrl()}/?workspace=seed-ecosystem&changes=1&changesFrom=2016-09&changesTo=2018-12`);
    await page.locator('[data-testid=diff-measures][data-state=ready]').waitFor({ timeout: 60000 });
    problems.push(...(await check(page, 'changes view with measures')));
    await page.getByTestId('toggle-changes').click();
    await page.getByTestId('account-button').click();
    await page.getByRole('menu').waitFor();
    problems.push(...(await check(page, 'account menu')));
    await page.getByTestId('account-button').click();
    await page.locator('body').press('?');
    await page.getByTestId('shortcuts-help').waitFor();
    problems.push(...(await check(page, 'shortcuts help')));

    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('finds no violation on the sign-in dialog and the workspace page', async () => {
    const problems: string[] = [];
    const visitor = await newPage();
    await visitor.goto(`${webUrl()}/?workspace=seed-ecosystem`);
    await visitor.getByTestId('map-count').waitFor({ timeout: 60000 });
    await visitor.getByTestId('sign-in').click();
    await visitor.getByTestId('sign-in-form').waitFor();
    problems.push(...(await check(visitor, 'sign-in dialog')));
    await visitor.getByTestId('switch-account-mode').click();
    await visitor.locator('[data-testid=sign-in-form][data-mode=sign-up]').waitFor();
    problems.push(...(await check(visitor, 'sign-up dialog')));
    await visitor.close();

    const page = await newPage();
    await signInPage(page, '/?workspace=seed-ecosystem&page=workspaces');
    await page.getByTestId('workspace-manager').waitFor({ timeout: 30000 });
    const sections = page.getByRole('tablist', { name: 'Workspace sections' }).getByRole('tab');
    await sections.first().waitFor();
    const names = await sections.allTextContents();
    // An owner sees them all: settings, themes, members, API tokens, audit log, delete.
    expect(names.length).toBe(6);
    for (const name of names) {
      await sections.filter({ hasText: name }).click();
      await page.locator('[role=tabpanel]').waitFor();
      await page.waitForLoadState('networkidle');
      problems.push(...(await check(page, `workspace page: ${name}`)));
    }
    await page.getByTestId('new-workspace').click();
    await page.getByTestId('create-workspace-form').waitFor();
    problems.push(...(await check(page, 'workspace page: new workspace form')));
    expect(problems).toEqual([]);
  });
});
