// The engine benchmark as its own program, for bench/run.ts to bundle and run
// as plain JavaScript (see bench/bundled.ts): prints the figures as JSON.
import { runEngineBench } from './engine.ts';

console.log(JSON.stringify(await runEngineBench()));
