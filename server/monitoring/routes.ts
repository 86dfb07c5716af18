import type express from 'express';
import type { Graph } from '../../graph/driver.ts';
import { feedRouter } from './feeds.ts';
import { reportRouter } from './reports.ts';

/** The monitoring's HTTP routes beside /graphql: feeds per watchlist and credit reports (key-protected like /graphql). */
export function monitoringRoutes(app: express.Express, graph: Graph): void {
  app.use('/feeds', feedRouter(graph));
  app.use('/reports', reportRouter(graph));
}
