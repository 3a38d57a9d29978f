// Runs before every test file (vitest setupFiles): anything fast-check draws outside
// assertProperty (fc.sample without a seed, a stray fc.assert) still uses this run's seed.
import fc from 'fast-check';
import { inject } from 'vitest';

fc.configureGlobal({ seed: inject('fastCheck').seed });
