import { NodeKind, Rel, type OfficerRole } from '../../../graph/model.ts';
import { sourceOf, type MapContext } from '../context.ts';
import { derivedStatus, listingRels } from '../csv/listings.ts';
import { newRecord, type ImportRecord, type Mapped, type Props, type RelFact } from '../facts.ts';
import { stripControlCharacters } from '../controls.ts';
import { HashedIdMap } from '../idIndex.ts';
import { readJsonLines, streamJsonLines, type JsonLine } from '../jsonLines.ts';
import { error, warning, type Problem } from '../problems.ts';
import { checkPeriod, parseDate, parseShare, type At } from '../values.ts';
import { validateUscc } from '../../../graph/domain/uscc.ts';
import { all, first, toEntity, type FtmEntity } from './entity.ts';
import { creditListFor } from './lists.ts';
import { namesOf } from './names.ts';

/**
 * FollowTheMoney JSON lines → the graph. Company, Organization and LegalEntity become Company nodes,
 * Person a Person; the interval schemata become relationships: Ownership → SHAREHOLDER_OF,
 * Directorship → OFFICER_OF, Family → FAMILY_OF, Associate → ASSOCIATE_OF; a Sanction becomes a
 * Listing on a CreditList made per authority and program. Other schemata (Address, Payment,
 * Passport …) are counted and skipped. Ids are the FtM ids prefixed `ftm-` (a company carrying a
 * valid USCC is keyed by it instead, so it meets the same company from other sources).
 */

const subjectKinds: Record<string, 'Company' | 'Person'> = {
  Company: NodeKind.Company,
  Organization: NodeKind.Company,
  LegalEntity: NodeKind.Company,
  Person: NodeKind.Person,
};

/** What each schema becomes, for counting a rejected record. */
const recordKinds: Record<string, string> = {
  ...subjectKinds,
  Ownership: Rel.SHAREHOLDER_OF,
  Directorship: Rel.OFFICER_OF,
  Family: Rel.FAMILY_OF,
  Associate: Rel.ASSOCIATE_OF,
  Sanction: NodeKind.Listing,
};

const ftmId = (ctx: MapContext, id: string) => `${ctx.namespace}ftm-${id}`;

interface FtmScope {
  ctx: MapContext;
  subjects: FtmSubjects;
}

/** The whole file's records (read whole). */
export function mapFtm(text: string, ctx: MapContext): Mapped {
  const lines = readJsonLines(text);
  const subjects = new FtmSubjects(ctx);
  for (const line of lines) subjects.add(entityOf(line).entity);
  const skipped: Record<string, number> = {};
  return { records: lines.map((line) => ftmRecord(line, { ctx, subjects }, skipped)), fileProblems: [], skipped };
}

/**
 * The subject entities a file defines, read as a stream: what its links and sanctions refer to may
 * stand anywhere in it, so a first read collects them before `streamFtm` maps anything.
 */
export async function readFtmSubjects(file: string, ctx: MapContext): Promise<FtmSubjects> {
  const subjects = new FtmSubjects(ctx);
  for await (const line of streamJsonLines(file, ctx.file)) subjects.add(entityOf(line).entity);
  return subjects;
}

/** The same records as `mapFtm`, one line at a time (`skipped` counts the schemata not imported). */
export async function* streamFtm(file: string, ctx: MapContext, subjects: FtmSubjects, skipped: Record<string, number>): AsyncGenerator<ImportRecord> {
  for await (const line of streamJsonLines(file, ctx.file)) {
    const record = ftmRecord(line, { ctx, subjects }, skipped);
    stripControlCharacters([record]);
    yield record;
  }
}

/**
 * Graph id and kind of every subject entity (Company, Person …) by FtM id, in a HashedIdMap: about
 * 20–40 bytes an entity, as its id is `ftm-<FtM id>` and need not be kept; only a company keyed by
 * its USCC keeps that (a Map entry, some 150 bytes). A later definition of an FtM id wins.
 */
export class FtmSubjects {
  private readonly codes = new HashedIdMap();
  private readonly usccs = new Map<string, string>();

  constructor(private readonly ctx: MapContext) {}

  add(entity: FtmEntity | null): void {
    const kind = entity && subjectKinds[entity.schema];
    if (!entity || !kind) return;
    const uscc = kind === NodeKind.Company ? usccOf(entity) : null;
    this.codes.set(entity.id, uscc ? byUscc : kind === NodeKind.Company ? company : person);
    if (uscc) this.usccs.set(entity.id, uscc);
  }

  get(entityId: string): { id: string; kind: 'Company' | 'Person' } | undefined {
    const code = this.codes.get(entityId);
    if (code === undefined) return undefined;
    if (code === byUscc) return { id: this.usccs.get(entityId)!, kind: NodeKind.Company };
    return { id: ftmId(this.ctx, entityId), kind: code === person ? NodeKind.Person : NodeKind.Company };
  }
}

const [company, person, byUscc] = [0, 1, 2];

/** The line's entity, or the problems that stop it. */
function entityOf({ line, value, problem }: JsonLine): { entity: FtmEntity | null; problems: Problem[] } {
  const problems: Problem[] = problem ? [problem] : [];
  return { entity: problem ? null : toEntity(value, line, problems), problems };
}

function ftmRecord(line: JsonLine, scope: FtmScope, skipped: Record<string, number>): ImportRecord {
  const { entity, problems } = entityOf(line);
  const record = newRecord(line.line, line.raw, entity ? (recordKinds[entity.schema] ?? entity.schema) : 'record');
  record.problems.push(...problems);
  if (entity && !mapEntity(entity, record, scope)) skipped[entity.schema] = (skipped[entity.schema] ?? 0) + 1;
  return record;
}

/** A USCC the entity carries (registration or tax number, or FtM's uscCode), checked in full. */
function usccOf(entity: FtmEntity): string | null {
  const candidates = [...all(entity, 'uscCode'), ...all(entity, 'registrationNumber'), ...all(entity, 'taxNumber')];
  return candidates.map((c) => c.toUpperCase()).find((c) => validateUscc(c).valid) ?? null;
}

/** Adds the entity's facts to the record; false when its schema is not imported. */
function mapEntity(entity: FtmEntity, record: ImportRecord, scope: FtmScope): boolean {
  const props: Props = { source: sourceOf(scope.ctx, record.line), sourceId: entity.id };
  const at = (column: string): At => ({ line: record.line, column: `properties.${column}`, problems: record.problems });
  const kind = subjectKinds[entity.schema];
  if (kind) {
    const names = namesOf(entity, kind === NodeKind.Person);
    if (!names.nameZh && !names.nameEn) record.problems.push(error(record.line, 'properties.name', `${entity.schema} has no name`));
    Object.assign(props, names, { sourceUrl: first(entity, 'sourceUrl') ?? null });
    if (kind === NodeKind.Company) Object.assign(props, companyProps(entity, at));
    // A company met by its USCC keeps the names its registry gave it: a list's Latin-only entry adds, never blanks.
    if (props.uscc) for (const key of ['nameZh', 'nameEn']) if (props[key] === null) delete props[key];
    record.nodes.push({ kind, id: scope.subjects.get(entity.id)!.id, props });
    return true;
  }
  const link = linkMappers[entity.schema];
  if (!link) return false;
  link(entity, record, scope, props, at);
  return true;
}

function companyProps(entity: FtmEntity, at: (column: string) => At): Props {
  const uscc = usccOf(entity);
  const jurisdiction = first(entity, 'jurisdiction') ?? first(entity, 'country') ?? null;
  return {
    uscc,
    legalForm: first(entity, 'legalForm') ?? null,
    formerNames: all(entity, 'previousName').length > 0 ? all(entity, 'previousName') : null,
    established: earliest(all(entity, 'incorporationDate'), at('incorporationDate')),
    address: first(entity, 'address') ?? null,
    jurisdiction: uscc && !jurisdiction ? 'cn' : (jurisdiction?.toLowerCase() ?? null),
  };
}

type LinkMapper = (entity: FtmEntity, record: ImportRecord, scope: FtmScope, props: Props, at: (column: string) => At) => void;

const linkMappers: Record<string, LinkMapper> = {
  Ownership(entity, record, scope, props, at) {
    const ends = endsOf(entity, record, scope, 'owner', 'asset');
    if (!ends) return;
    const percentages = all(entity, 'percentage');
    if (percentages.length > 1) record.problems.push(warning(record.line, 'properties.percentage', `${percentages.length} percentages; the first (${percentages[0]}%) is used`));
    props.fraction = parseShare(percentages[0], at('percentage'), { percent: true });
    Object.assign(props, periodOf(entity, at), { role: first(entity, 'role') ?? null, sourceUrl: first(entity, 'sourceUrl') ?? null });
    record.rels.push({ ...rel(Rel.SHAREHOLDER_OF, entity, scope, ends, props), shareColumn: 'properties.percentage' });
  },
  Directorship(entity, record, scope, props, at) {
    const ends = endsOf(entity, record, scope, 'director', 'organization');
    if (!ends || !expectPerson(ends.fromKind, record, 'director', entity)) return;
    const roleText = first(entity, 'role') ?? null;
    Object.assign(props, periodOf(entity, at), { role: officerRole(roleText), roleText, sourceUrl: first(entity, 'sourceUrl') ?? null });
    record.rels.push(rel(Rel.OFFICER_OF, entity, scope, ends, props));
  },
  Family(entity, record, scope, props, at) {
    personLink(Rel.FAMILY_OF, 'relative', entity, record, scope, props, at);
  },
  Associate(entity, record, scope, props, at) {
    personLink(Rel.ASSOCIATE_OF, 'associate', entity, record, scope, props, at);
  },
  Sanction(entity, record, scope, props, at) {
    const subject = first(entity, 'entity');
    if (!subject) {
      record.problems.push(error(record.line, 'properties.entity', 'a Sanction needs the sanctioned entity'));
      return;
    }
    const list = creditListFor(entity, scope.ctx, record.line);
    const from = sanctionStart(entity, record, at);
    const until = latest(all(entity, 'endDate'), at('endDate'));
    checkPeriod(from, until, at('endDate'));
    if (!from) return;
    const id = ftmId(scope.ctx, entity.id);
    Object.assign(props, {
      from,
      until,
      status: derivedStatus(until, scope.ctx.today),
      reason: all(entity, 'reason').join('; ') || null,
      caseNumber: first(entity, 'authorityId') ?? first(entity, 'unscId') ?? null,
      sourceUrl: first(entity, 'sourceUrl') ?? null,
    });
    record.nodes.push(list, { kind: NodeKind.Listing, id, props });
    const rels = listingRels(id, refOf(subject, scope), list.id, null, props.source as string, 'properties.entity');
    for (const r of rels) r.props.sourceId = entity.id;
    record.rels.push(...rels);
  },
};

interface Ends {
  from: string;
  to: string;
  fromKind?: NodeKind;
  toKind?: NodeKind;
  fromColumn: string;
  toColumn: string;
}

const refOf = (entityId: string, scope: FtmScope) => scope.subjects.get(entityId)?.id ?? ftmId(scope.ctx, entityId);

function endsOf(entity: FtmEntity, record: ImportRecord, scope: FtmScope, fromProperty: string, toProperty: string): Ends | null {
  const fromRef = first(entity, fromProperty);
  const toRef = first(entity, toProperty);
  if (!fromRef) record.problems.push(error(record.line, `properties.${fromProperty}`, `a ${entity.schema} needs its ${fromProperty}`));
  if (!toRef) record.problems.push(error(record.line, `properties.${toProperty}`, `a ${entity.schema} needs its ${toProperty}`));
  if (!fromRef || !toRef) return null;
  return {
    from: refOf(fromRef, scope),
    to: refOf(toRef, scope),
    fromKind: scope.subjects.get(fromRef)?.kind,
    toKind: scope.subjects.get(toRef)?.kind,
    fromColumn: `properties.${fromProperty}`,
    toColumn: `properties.${toProperty}`,
  };
}

/** Officers and relatives are persons in the model; a company in that place is skipped, not fatal. */
function expectPerson(kind: NodeKind | undefined, record: ImportRecord, property: string, entity: FtmEntity): boolean {
  if (kind !== NodeKind.Company) return true;
  record.problems.push(warning(record.line, `properties.${property}`, `${entity.schema} skipped: the ${property} is a company, the model links only persons here`));
  return false;
}

function personLink(type: typeof Rel.FAMILY_OF | typeof Rel.ASSOCIATE_OF, other: string, entity: FtmEntity, record: ImportRecord, scope: FtmScope, props: Props, at: (column: string) => At) {
  const ends = endsOf(entity, record, scope, 'person', other);
  if (!ends || !expectPerson(ends.fromKind, record, 'person', entity) || !expectPerson(ends.toKind, record, other, entity)) return;
  Object.assign(props, periodOf(entity, at), { relationship: first(entity, 'relationship') ?? null });
  record.rels.push(rel(type, entity, scope, ends, props));
}

function rel(type: RelFact['type'], entity: FtmEntity, scope: FtmScope, ends: Ends, props: Props): RelFact {
  return { type, id: ftmId(scope.ctx, entity.id), from: ends.from, to: ends.to, props, fromColumn: ends.fromColumn, toColumn: ends.toColumn };
}

function periodOf(entity: FtmEntity, at: (column: string) => At): Props {
  const from = earliest(all(entity, 'startDate'), at('startDate'));
  const until = latest(all(entity, 'endDate'), at('endDate'));
  checkPeriod(from, until, at('endDate'));
  return { from, until };
}

/** When a sanction began: startDate, else listingDate, else (with a warning) when the publisher first saw it. */
function sanctionStart(entity: FtmEntity, record: ImportRecord, at: (column: string) => At): string | null {
  const start = earliest(all(entity, 'startDate'), at('startDate')) ?? earliest(all(entity, 'listingDate'), at('listingDate'));
  if (start) return start;
  if (entity.firstSeen) {
    const seen = parseDate(entity.firstSeen, { line: record.line, column: 'first_seen', problems: record.problems });
    if (seen) record.problems.push(warning(record.line, 'properties.startDate', `no startDate or listingDate; listed from first_seen ${seen}`));
    return seen;
  }
  record.problems.push(error(record.line, 'properties.startDate', 'a Sanction needs a startDate or listingDate (a listing has a start)'));
  return null;
}

function earliest(values: string[], at: At): string | null {
  const dates = values.map((v) => parseDate(v, at)).filter((d): d is string => d !== null);
  return dates.length > 0 ? dates.reduce((a, b) => (b < a ? b : a)) : null;
}

function latest(values: string[], at: At): string | null {
  const dates = values.map((v) => parseDate(v, at, { end: true })).filter((d): d is string => d !== null);
  return dates.length > 0 ? dates.reduce((a, b) => (b > a ? b : a)) : null;
}

/** The model's officer role for a free-text FtM role (English, Russian, Chinese). */
export function officerRole(roleText: string | null): OfficerRole {
  const text = (roleText ?? '').toLowerCase();
  if (/chair|председател|голова|董事长/.test(text)) return 'chair';
  if (/general director|chief executive|\bceo\b|managing director|генеральн|исполнительн|总经理|经理/.test(text)) return 'general_manager';
  if (/supervis|監事|监事/.test(text)) return 'supervisor';
  if (/financ|\bcfo\b|бухгалтер|财务/.test(text)) return 'finance_officer';
  if (/director|board|директор|董事/.test(text)) return 'director';
  return 'senior_manager';
}

