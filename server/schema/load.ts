import fs from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';

export const schemaDir = import.meta.dirname;

/** Every `.graphql` file of server/schema, in name order: common types plus one file per capability. */
export function schemaFiles(dir: string = schemaDir): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** The SDL documents Apollo merges (`extend type Query` in a capability's file adds its queries). */
export function loadTypeDefs(dir: string = schemaDir): DocumentNode[] {
  return schemaFiles(dir).map((file) => parse(fs.readFileSync(file, 'utf8')));
}
