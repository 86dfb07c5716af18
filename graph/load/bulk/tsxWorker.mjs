// Starts a worker thread on a TypeScript module (workerData.entry, a file URL): Node runs no
// TypeScript by itself, and a worker does not inherit the loader of its parent (tsx or vitest).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
