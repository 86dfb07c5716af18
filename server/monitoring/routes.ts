import type express from 'express';
import type { Graph } from '../../graph/driver.ts';
import { feedRouter } from './feeds.ts';

/** The monitoring's HTTP routes beside /graphql: feeds per watchlist (key-protected like /graphql). */
export function monitoringRoutes(app: express.Express, graph: Graph): void {
  app.use('/feeds', feedRouter(graph));
}
