/**
 * Headless Chromium driven by playwright-core, for the e2e tests and `npm run bench:web`. Which one:
 *
 * 1. `CHROMIUM_PATH`, when set: that executable, with the flags Debian's needs.
 * 2. Debian's `chromium` at /usr/bin/chromium, when it is there and executable.
 * 3. Otherwise the Chromium shipped inside the `@sparticuz/chromium` npm package (a devDependency of
 *    tests/, so `npm install` brings it): a headless-shell build, brotli-compressed in the package and
 *    unpacked once into `<tmpdir>/tiermap-chromium-<version>/` (about 2 s, 220 MB) with its SwiftShader
 *    (software WebGL), its Open Sans fonts and the NSS libraries it links against (the package's
 *    al2023.tar.br), so it needs nothing from apt.
 *
 * `TIERMAP_BROWSER=bundled` forces 3 even where Debian's is installed (and wins over CHROMIUM_PATH);
 * `TIERMAP_BROWSER=debian` forces 1/2 and fails when that browser is missing.
 * `browserChoice()` says which one is used (the bench:web report names it).
 *
 * Screenshots go to tests/e2e/artifacts/ (git-ignored).
 */
import { execFile } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '..', 'e2e', 'artifacts');

export interface BrowserChoice {
  source: 'CHROMIUM_PATH' | 'debian' | 'bundled';
  executablePath: string;
  /** For reports: "Debian Chromium", "Chromium from @sparticuz/chromium 153.0.0", … */
  name: string;
  /** How it draws, for reports. */
  rendering: string;
  args: string[];
  env?: Record<string, string>;
}

/** Ours, for Debian's Chromium (and CHROMIUM_PATH): software rendering, nothing phoning home. */
const OWN_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Flags of `chromium.args` (made for AWS Lambda) left out: playwright passes `--headless` itself and
 * drives several pages and contexts, which `--single-process`/`--no-zygote` break; the feature lists
 * would replace playwright's own `--disable-features`/`--enable-features` (Chromium keeps the last);
 * and the tests must see the web's real security (same-origin, mixed content, site isolation).
 */
const DROPPED_BUNDLED_ARGS = new Set([
  '--headless',
  '--single-process',
  '--no-zygote',
  '--disable-features',
  '--enable-features',
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--disable-site-isolation-trials',
]);
/** `--disable-gpu` would clash with the package's SwiftShader WebGL (`--use-angle=swiftshader`). */
const CLASHING_OWN_ARGS = new Set(['--disable-gpu']);

const flagName = (arg: string) => arg.split('=')[0]!;

export function bundledArgs(packageArgs: string[]): string[] {
  const kept = packageArgs.filter((arg) => !DROPPED_BUNDLED_ARGS.has(flagName(arg)));
  const names = new Set(kept.map(flagName));
  return [...kept, ...OWN_ARGS.filter((arg) => !CLASHING_OWN_ARGS.has(arg) && !names.has(flagName(arg)))];
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

let choice: Promise<BrowserChoice> | undefined;

/** The browser launchBrowser() starts; the bundled one is unpacked on first call. */
export function browserChoice(): Promise<BrowserChoice> {
  choice ??= chooseBrowser();
  return choice;
}

async function chooseBrowser(): Promise<BrowserChoice> {
  const forced = process.env.TIERMAP_BROWSER;
  if (forced && forced !== 'bundled' && forced !== 'debian')
    throw new Error(`TIERMAP_BROWSER=${forced}: expected "bundled" or "debian" (or unset)`);
  if (forced === 'bundled') return bundledBrowser();
  const custom = process.env.CHROMIUM_PATH;
  if (custom) {
    if (!isExecutable(custom)) throw new Error(`CHROMIUM_PATH=${custom} is not an executable file`);
    return { source: 'CHROMIUM_PATH', executablePath: custom, name: `Chromium at ${custom}`, ...ownFlags() };
  }
  if (isExecutable(DEBIAN_CHROMIUM))
    return { source: 'debian', executablePath: DEBIAN_CHROMIUM, name: 'Debian Chromium', ...ownFlags() };
  if (forced === 'debian')
    throw new Error(`TIERMAP_BROWSER=debian but ${DEBIAN_CHROMIUM} is missing (apt-get install chromium)`);
  return bundledBrowser();
}

function ownFlags(): Pick<BrowserChoice, 'args' | 'rendering'> {
  return { args: OWN_ARGS, rendering: 'software rendering (`--disable-gpu`)' };
}

/** Where @sparticuz/chromium is installed, and its version (the unpacked copy is per version). */
function bundledPackage(): { root: string; version: string } {
  let entry: string;
  try {
    entry = require.resolve('@sparticuz/chromium');
  } catch {
    throw new Error(
      `Neither ${DEBIAN_CHROMIUM} nor the @sparticuz/chromium package (a devDependency of tests/) is there: run npm install`,
    );
  }
  const root = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  return { root, version };
}

/**
 * Unpacks the package's Chromium with its own executablePath() (an ES module, so in a child Node:
 * Jest's CommonJS loader cannot import it) with TMPDIR pointed at a fresh folder, adds the NSS
 * libraries of al2023.tar.br and a fonts.conf, then renames that folder into place, so parallel Jest
 * workers or an interrupted run never see half a binary.
 */
async function bundledBrowser(): Promise<BrowserChoice> {
  const pkg = bundledPackage();
  const dir = path.join(os.tmpdir(), `tiermap-chromium-${pkg.version}`);
  const launchFile = path.join(dir, 'launch.json');
  if (!existsSync(launchFile)) {
    const staging = mkdtempSync(`${dir}.partial-`);
    try {
      const script = `
        import { writeFileSync } from 'node:fs';
        import { join, relative } from 'node:path';
        const { default: chromium, inflate } = await import(process.argv[1]);
        const here = (file) => relative(process.env.TMPDIR, file);
        const executable = here(await chromium.executablePath());
        const libs = here(join(await inflate(join(process.argv[2], 'bin', 'al2023.tar.br')), 'lib'));
        writeFileSync(join(process.env.TMPDIR, 'launch.json'),
          JSON.stringify({ executable, libs, args: chromium.args }));
      `;
      await promisify(execFile)(
        process.execPath,
        ['--input-type=module', '-e', script, pathToFileURL(require.resolve('@sparticuz/chromium')).href, pkg.root],
        { env: { ...process.env, TMPDIR: staging }, timeout: 120_000 },
      );
      writeFileSync(
        path.join(staging, 'fonts.conf'),
        `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${dir}/fonts/fonts</dir>
  <cachedir>${dir}/fonts-cache</cachedir>
</fontconfig>
`,
      );
      try {
        renameSync(staging, dir);
      } catch (error) {
        // Another process unpacked it first.
        if (!existsSync(launchFile)) throw error;
      }
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  // Paths relative to the folder they were unpacked in.
  const unpacked = JSON.parse(readFileSync(launchFile, 'utf8')) as { executable: string; libs: string; args: string[] };
  return {
    source: 'bundled',
    executablePath: path.join(dir, unpacked.executable),
    name: `Chromium from @sparticuz/chromium ${pkg.version}`,
    rendering: 'SwiftShader software rendering (`--use-angle=swiftshader`)',
    args: bundledArgs(unpacked.args),
    env: {
      LD_LIBRARY_PATH: [path.join(dir, unpacked.libs), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_FILE: path.join(dir, 'fonts.conf'),
    },
  };
}

/** Launches tried before a crash at start-up fails the tests. */
const LAUNCH_TRIES = 3;

/**
 * Starts the browser. The bundled Chromium (its GPU in process, SwiftShader) has been seen to die
 * with SIGSEGV while starting, before any page existed: 5 launches of 12 within a few minutes on
 * 8 December, none in the 25 before or after. Such a launch is tried again, up to LAUNCH_TRIES
 * times; a browser that started is never restarted, so no test outcome is retried.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await browserChoice();
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await chromium.launch({
        executablePath: browser.executablePath,
        headless: true,
        args: browser.args,
        ...(browser.env ? { env: { ...process.env, ...browser.env } } : {}),
      });
    } catch (error) {
      if (attempt >= LAUNCH_TRIES || !/SIGSEGV/.test(String(error))) throw error;
      console.warn(`e2e: the browser crashed while starting (SIGSEGV), launch ${attempt + 1} of ${LAUNCH_TRIES}`);
    }
  }
}

/** Saves a full-page screenshot under tests/e2e/artifacts/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export function webUrl(): string {
  const url = process.env.E2E_WEB_URL;
  if (!url) throw new Error('E2E_WEB_URL is not set: the e2e global setup did not run');
  return url;
}
