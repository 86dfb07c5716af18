/**
 * Imported first by the bench page and its layout worker: fcose places nodes with Math.random, and
 * how many nodes a view starts with in its window (and so draws in detail) changed its first draw by
 * a third from run to run. Seeded, every run lays out, starts and draws the same view.
 */
import { Random } from '../../../seed/synthetic/random.ts';

const random = new Random(42);
Math.random = () => random.next();
