// Numbers and defaults the whole benchmark shares, each defined once: where the repository is,
// how many runs, which browser, the viewport, and the timeouts every wait is bounded by.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BENCH = join(ROOT, 'bench');
/** Generated files kept for inspection (gitignored): the static floor page, the snapshot. */
export const OUT = join(BENCH, 'out');
/** Runs of each timed measure (`BENCH_RUNS`, default 7); the first render does twice as many. */
export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 7);
/** `BENCH_ONLY=firstRender,languageSwitch`: only these sections (keys as in bench/README.md). */
export const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : null;
/** The whole run stops after this many minutes (`BENCH_MAX_MINUTES`). */
export const WATCHDOG_MIN = Number(process.env.BENCH_MAX_MINUTES) || 24;
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const VIEWPORT = { width: 1280, height: 720 };
/** Numbers of embeds on the generated many-embeds pages. */
export const MANY = [1, 10, 50];

/** Timeouts (ms): a page load, one embed's mount, a wait in the page, one run of a measure. */
export const TIMEOUT = { load: 30_000, mount: 20_000, wait: 10_000, run: 60_000 };
/** A reader's pause (ms) before and between timed interactions, and the settle time after a page is shown. */
export const PAUSE = 300;
