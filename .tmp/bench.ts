import fc from 'fast-check';
import { arbConfig } from '../src/model/arbitraries';
import { assess } from '../src/model/assess';
import { planFor } from '../src/model/plan';
import { PRESETS } from '../src/model/presets';
const cs = fc.sample(arbConfig, { numRuns: 50, seed: 1 });
let t = performance.now(); for (const c of cs) assess(c); console.log('assess ms/config', (performance.now()-t)/50);
t = performance.now(); for (const c of cs) planFor(c); console.log('plan ms/config', (performance.now()-t)/50);
t = performance.now(); assess(PRESETS['flags-only']); console.log('assess flags-only', performance.now()-t);
