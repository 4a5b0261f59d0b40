// Runs a benchmark program as one bundled JavaScript file in a fresh Node.
//
// Why: Node runs our .ts files through its TypeScript stripper, which is
// WebAssembly, and growing WebAssembly memory detaches an ArrayBuffer. After
// the first detach V8 checks, on every typed-array access, whether the array's
// buffer was detached; the engine, built on Float64Array, then runs slower than
// it does in a browser, where the page ships bundled JavaScript and nothing
// detaches (the generated code for the fused backward has 69 of those checks
// in a .ts process and 7 when bundled). The object-per-neuron baselines barely
// touch typed arrays, so the handicap would fall on one side of each ratio.
// `npm run bench -- engine-stripped` still measures in this process, for comparison.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';

const OUT_DIR = join(import.meta.dirname, '..', 'node_modules', '.cache', 'nni-bench');

/** Bundles `entry` (packages stay imports from node_modules), runs it, and parses the JSON it prints last. */
export async function runBundled(entry: string): Promise<Record<string, unknown>> {
  await mkdir(OUT_DIR, { recursive: true });
  // Inside the checkout, so that the bundle's package imports resolve to node_modules.
  const outfile = join(OUT_DIR, basename(entry).replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [join(import.meta.dirname, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', outfile], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (text += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`${entry} (bundled) exited with ${code}`)),
    );
  });
  const last = stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(last) as Record<string, unknown>;
  } catch {
    throw new Error(`${entry} (bundled) did not end with a JSON line: ${last.slice(0, 200)}`);
  }
}
