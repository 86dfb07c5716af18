/** The explorer's layout worker (web/src/graph/layoutWorker.ts) as the bench runs it: with the seeded Math.random. */
import './seededRandom.ts';
import '../../../web/src/graph/layoutWorker.ts';
