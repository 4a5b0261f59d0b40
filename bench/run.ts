// npm run bench: every measurement, printed as one JSON object. Figures are
// for comparing within one run (ratios); this machine is shared and noisy.
import { runEngineBench } from './engine.ts';
import { runBundled } from './bundled.ts';
import { runSiteBench } from './site.ts';
import { runClassBench, runClassesBench } from './class.ts';
import { runPlaygroundBench } from './playground.ts';

const only = process.argv[2];
const out: Record<string, unknown> = {};
// The engine runs bundled, as in a browser (bench/bundled.ts says why);
// `engine-stripped` measures it in this process, under Node's TypeScript stripping.
if (!only || only === 'engine') out.engine = await runBundled('engine-main.ts');
if (only === 'engine-stripped') out.engine = await runEngineBench();
if (!only || only === 'site') out.site = await runSiteBench();
if (!only || only === 'class') out.class = await runClassBench();
// The training playground's frame rate in the built site (dist/), issue 19.
if (!only || only === 'playground') out.playground = await runPlaygroundBench();
// Only the classes part of `class` (issue 16), without the live-poll scenarios.
if (only === 'classes') out.classes = await runClassesBench();
console.log(JSON.stringify(out, null, 2));
