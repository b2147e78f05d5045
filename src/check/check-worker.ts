// A worker thread of the content check (./check-workers.ts): checks the files it takes and sends
// back their records.
import { parentPort, workerData } from 'node:worker_threads';
import { checkTaken, type Share } from './check-workers.ts';

const { share, next } = workerData as { share: Share; next: Int32Array };
parentPort!.postMessage(checkTaken(share, next, true));
