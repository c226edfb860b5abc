// Benchmark helper: a worker thread's entry. Worker threads do not inherit the parent's TypeScript
// loader, so this registers it and then runs the load itself (loadWorkerTask.ts).

import { register } from 'tsx/esm/api';

register();
await import('./loadWorkerTask.ts');
