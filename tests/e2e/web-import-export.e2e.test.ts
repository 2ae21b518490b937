import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { ImportDocument } from '../../api/src/interchange/import-document';
import { readGraphml } from '../../api/src/interchange/graphml-import';
import { axeCheck, describeViolation } from '../helpers/axe';
import { launchBrowser, screenshot } from '../helpers/browser';
import { e2eApi as api } from '../helpers/e2e-api';
import { signInPage } from '../helpers/e2e-session';

/** An actors file as spreadsheets write them: our names in other words, one column named as we do not. */
const ACTORS_WITH_ERRORS = `ID,Organisation,Type of body,Tier,Country
e2e-harbour,Harbour Welcome Network,NGO,LOCAL,GR
e2e-office,Island Reception Office,MINISTRY,NATONAL,Greece
e2e-tide,Tide Legal Aid,NGO,LOCAL,GR
`;
const RELATIONS_WITH_ERRORS = `externalId,type,source,target,mode
e2e-r1,PARTNERS_WITH,e2e-harbour,e2e-tide,COOPERATION
e2e-r2,CONSULTS,e2e-office,e2e-harbour,COOPERATON
`;
const ACTORS_FIXED = ACTORS_WITH_ERRORS.replace('NATONAL,Greece', 'NATIONAL,GR');
const RELATIONS_FIXED = RELATIONS_WITH_ERRORS.replace('COOPERATON', 'COOPERATION');
const NAMES = ['Harbour Welcome Network', 'Island Reception Office', 'Tide Legal Aid'];

const files = (actors: string, relations: string) => [
  { name: 'actors.csv', mimeType: 'text/csv', buffer: Buffer.from(actors) },
  { name: 'relations.csv', mimeType: 'text/csv', buffer: Buffer.from(relations) },
];

/** The labels of the actors the map draws, by Cytoscape's own element list. */
const drawnNames = (page: Page) =>
  page.evaluate(() => {
    const cy = (
      window as unknown as {
        __tiermapCy?: { nodes(): { map(f: (n: { data(k: string): unknown }) => unknown): unknown[] } };
      }
    ).__tiermapCy;
    return (cy?.nodes().map((node) => node.data('name') ?? node.data('label')) ?? []).map(String);
  });

describe('importing files and exporting data in the browser', () => {
  let browser: Browser;
  let page: Page;
  const slug = `e2e-import-${randomUUID().slice(0, 8)}`;
  beforeAll(async () => {
    browser = await launchBrowser();
    await api('mutation($input: WorkspaceInput!) { createWorkspace(input: $input) { id } }', {
      input: { slug, title: 'Import test' },
    });
    // 1024 px wide: the page must work on a small laptop.
    page = await browser.newPage({ viewport: { width: 1024, height: 800 }, acceptDownloads: true });
    await signInPage(page, `/?workspace=${slug}`);
  });
  afterAll(async () => {
    await api('mutation($ws: ID!) { deleteWorkspace(workspace: $ws) { id } }', { ws: slug }).catch(() => undefined);
    await browser.close();
  });

  it('opens the import page from the map toolbar for an editor', async () => {
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-page').waitFor();
    expect(new URL(page.url()).searchParams.get('page')).toBe('import');
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe('Import into Import test');
  });

  it('maps an unknown column, checks the files and lists every problem per row with its value and suggestion', async () => {
    // The fields (for the pre-filled mapping and the templates) have loaded.
    await page.waitForFunction(
      () => !(document.querySelector('[data-testid=template-actor]') as HTMLButtonElement | null)?.disabled,
    );
    await page.getByLabel('Files to import').setInputFiles(files(ACTORS_WITH_ERRORS, RELATIONS_WITH_ERRORS));
    const mapping = page.getByTestId('mapping-step');
    await mapping.waitFor();
    // Pre-filled: our names in any case, and the other names the API knows ("Organisation" is the name).
    expect(await mapping.getByLabel('ID', { exact: true }).inputValue()).toBe('ACTOR:externalId');
    expect(await mapping.getByLabel('Organisation').inputValue()).toBe('ACTOR:name');
    expect(await mapping.getByLabel('Type of body').inputValue()).toBe('');
    await mapping.getByLabel('Type of body').selectOption('ACTOR:kind');
    await page.getByTestId('import-check').click();
    const result = page.getByTestId('check-result');
    await result.waitFor({ timeout: 60000 });
    const rows = await page
      .getByTestId('problem-row')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent ?? '')));
    expect(await result.getByRole('heading').textContent()).toBe(`Checked: ${rows.length} problems`);
    // Each problem with its row, the column as the file names it, the value found there and what was meant.
    expect(rows).toEqual([
      ['Row 3', 'Tier', 'NATONAL', 'is not a tier we know: "NATONAL"; did you mean NATIONAL?', 'NATIONAL'],
      ['Row 3', 'Country', 'Greece', expect.stringContaining('(got "Greece"); did you mean GR?'), 'GR'],
      ['Row 3', 'mode', 'COOPERATON', 'is not a mode we know: "COOPERATON"; did you mean COOPERATION?', 'COOPERATION'],
    ]);
    const tables = await page.locator('.problem-table caption').allTextContents();
    expect(tables.map((caption) => caption.split(':')[0])).toEqual(['actors.csv', 'relations.csv']);
    expect(await page.getByTestId('import-all').isDisabled()).toBe(true);
    // The counts are those of the valid rows only: two actors and one relation could be imported.
    expect(await page.getByTestId('actors-createdCount').textContent()).toBe('2');
    expect(await page.getByTestId('actors-refusedCount').textContent()).toBe('1');
    expect(await page.getByTestId('relations-createdCount').textContent()).toBe('1');
    expect(await page.getByTestId('import-valid').isEnabled()).toBe(true);
    // Nothing was written by the check.
    const count = await api<{ actors: { totalCount: number } }>(
      'query($ws: ID!) { actors(workspace: $ws) { totalCount } }',
      {
        ws: slug,
      },
    );
    expect(count.actors.totalCount).toBe(0);
    const [problems] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-problems').click(),
    ]);
    const lines = readFileSync(await problems.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe('file,row,element,column,field,reason,suggestion');
    expect(lines.filter(Boolean).length - 1).toBe(rows.length);
    await screenshot(page, 'import-dry-run-problems');
    const axe = await axeCheck(page);
    expect(axe.violations.map(describeViolation)).toEqual([]);
  });

  it('checks the corrected files, imports them with a progress bar and shows what was written', async () => {
    await page.getByLabel('Files to import').setInputFiles(files(ACTORS_FIXED, RELATIONS_FIXED));
    await page.getByTestId('mapping-step').getByLabel('Type of body').selectOption('ACTOR:kind');
    await page.getByTestId('import-check').click();
    const result = page.getByTestId('check-result');
    await result.getByRole('heading', { name: 'Checked: no problems' }).waitFor({ timeout: 60000 });
    expect(await page.getByTestId('actors-createdCount').textContent()).toBe('3');
    expect(await page.getByTestId('relations-createdCount').textContent()).toBe('2');
    // Hold the first progress answer so that the bar can be seen (and pictured) while the job runs.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('query ImportJob')) await held;
      await route.continue();
    });
    await page.getByTestId('import-all').click();
    await page.getByTestId('import-progress').locator('progress').waitFor();
    await screenshot(page, 'import-progress');
    release();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60000 });
    await page.unroute('**/graphql');
    expect(await summary.getByRole('heading').textContent()).toBe('Imported');
    expect(await page.getByTestId('actors-createdCount').textContent()).toBe('3');
    expect(await page.getByTestId('relations-createdCount').textContent()).toBe('2');
    await screenshot(page, 'import-summary');
  });

  it('shows the new actors on the map', async () => {
    await page.getByTestId('import-back-to-map').click();
    try {
      await page.waitForFunction(
        () => document.querySelector('[data-testid=map-count]')?.textContent === '3 of 3 actors',
        undefined,
        { timeout: 60000 },
      );
    } catch (error) {
      await screenshot(page, 'import-map-not-updated');
      throw error;
    }
    expect((await drawnNames(page)).filter((name) => NAMES.includes(name)).sort()).toEqual(NAMES);
  });

  it('exports the workspace as GraphML that reads back with its actors, relations and attributes', async () => {
    await page.getByTestId('export-data').click();
    await page.getByTestId('export-menu').waitFor();
    await screenshot(page, 'export-menu');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-format-graphml').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${slug}.graphml`);
    const bytes = readFileSync(await download.path());
    const text = bytes.toString('utf8');
    expect(text).toMatch(/<key id="[^"]+" for="node" attr.name="tier" attr.type="string"/);
    const document = new ImportDocument();
    readGraphml(document, 'export.graphml', bytes);
    expect(document.problems).toEqual([]);
    const actors = document.actors.map((actor) => [
      actor.externalId,
      actor.name,
      actor.kind,
      actor.tier,
      actor.country,
    ]);
    expect(actors.sort()).toEqual([
      ['e2e-harbour', 'Harbour Welcome Network', 'NGO', 'LOCAL', 'GR'],
      ['e2e-office', 'Island Reception Office', 'MINISTRY', 'NATIONAL', 'GR'],
      ['e2e-tide', 'Tide Legal Aid', 'NGO', 'LOCAL', 'GR'],
    ]);
    const relations = document.relations.map((relation) => [relation.externalId, relation.type, relation.mode]);
    expect(relations.sort()).toEqual([
      ['e2e-r1', 'PARTNERS_WITH', 'COOPERATION'],
      ['e2e-r2', 'CONSULTS', 'COOPERATION'],
    ]);
  });
});
