import { runEngineBench } from './engine.ts';

const out = { engine: await runEngineBench() };
console.log(JSON.stringify(out, null, 2));
