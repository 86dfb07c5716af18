import { validateUscc } from '../../../graph/domain/uscc.ts';
import { NodeKind, Rel, type OfficerRole } from '../../../graph/model.ts';
import { sourceOf, type MapContext } from '../context.ts';
import { newRecord, type ImportRecord, type Mapped, type Props, type RelFact } from '../facts.ts';
import { isObject } from '../jsonLines.ts';
import { error, warning, type Problem } from '../problems.ts';
import { checkPeriod, isChinese, parseDate, parseShare, pinyinOf, type At } from '../values.ts';
import { readStatements } from './read.ts';

/**
 * Beneficial Ownership Data Standard 0.4 statements → the graph. Entity statements become Company
 * nodes (arrangements such as trusts and joint holdings too, with `legalForm` saying so), person
 * statements Person nodes. A relationship statement's interests become:
 * - shareholding, direct → SHAREHOLDER_OF (exact share → `fraction`; a range → `fractionMin`/`fractionMax`);
 * - shareholding, indirect → INDIRECT_OWNER_OF (a declared fact with `via`, never summed);
 * - boardMember / boardChair / seniorManagingOfficial of a person → OFFICER_OF;
 * - any other interest (voting rights, trustee, nominee, unknown …) → HAS_INTEREST_IN {interest}.
 * A record's later statements replace its earlier ones: an interest the update no longer lists ends
 * on the update's statementDate, and a `closed` record ends all of its interests.
 */

const bodsId = (ctx: MapContext, recordId: string) => `${ctx.namespace}bods-${recordId}`;

interface Statement {
  statementId: string;
  recordId: string;
  recordType: 'entity' | 'person' | 'relationship';
  recordStatus: string;
  statementDate: string | null;
  details: Record<string, unknown>;
}

export function mapBods(text: string, ctx: MapContext): Mapped {
  const { statements, fileError } = readStatements(text);
  if (fileError) return { records: [], fileProblems: [fileError], skipped: {} };
  const records: ImportRecord[] = [];
  const parsed: Array<{ record: ImportRecord; statement: Statement | null }> = statements.map(({ line, raw, value, problem }) => {
    const record = newRecord(line, raw);
    if (problem) record.problems.push(problem);
    records.push(record);
    const statement = problem ? null : toStatement(value, line, record.problems);
    record.kind = statement?.recordType === 'entity' ? NodeKind.Company : statement?.recordType === 'person' ? NodeKind.Person : (statement?.recordType ?? 'record');
    return { record, statement };
  });
  const ids = subjectIds(parsed.flatMap(({ statement }) => (statement ? [statement] : [])), ctx);
  const skipped: Record<string, number> = {};
  const lastOfRecord = new Map<string, ImportRecord>();
  const edges = new Map<string, Edge>();
  for (const { record, statement } of parsed) {
    if (!statement) continue;
    const at = (column: string): At => ({ line: record.line, column, problems: record.problems });
    if (statement.recordType === 'relationship') {
      mapRelationship(statement, record, ids, edges, ctx, at, skipped);
      continue;
    }
    // Only the latest statement of an entity or person is its state; earlier ones carry no facts.
    const earlier = lastOfRecord.get(statement.recordId);
    if (earlier) earlier.nodes = [];
    lastOfRecord.set(statement.recordId, record);
    record.nodes.push(statement.recordType === 'entity' ? entityNode(statement, record, ids, ctx, at) : personNode(statement, record, ids, ctx));
  }
  // Each interest period is written once, by the statement that last stated it.
  for (const { fact, record } of edges.values()) record.rels.push(fact);
  return { records, fileProblems: [], skipped };
}

function toStatement(value: unknown, line: number, problems: Problem[]): Statement | null {
  if (!isObject(value)) {
    problems.push(error(line, 'json', 'a BODS statement must be a JSON object'));
    return null;
  }
  if ('statementType' in value && !('recordType' in value)) {
    problems.push(error(line, 'statementType', 'a BODS 0.2/0.3 statement; this importer reads BODS 0.4 (recordType, recordDetails)'));
    return null;
  }
  const { statementId, recordId, recordType, recordDetails, recordStatus, statementDate } = value;
  if (typeof statementId !== 'string') problems.push(error(line, 'statementId', 'missing'));
  if (typeof recordId !== 'string') problems.push(error(line, 'recordId', 'missing'));
  if (recordType !== 'entity' && recordType !== 'person' && recordType !== 'relationship') problems.push(error(line, 'recordType', `'${String(recordType)}' is not entity, person or relationship`));
  if (!isObject(recordDetails)) problems.push(error(line, 'recordDetails', 'missing'));
  if (problems.length > 0) return null;
  return {
    statementId: statementId as string,
    recordId: recordId as string,
    recordType: recordType as Statement['recordType'],
    recordStatus: typeof recordStatus === 'string' ? recordStatus : 'new',
    statementDate: typeof statementDate === 'string' ? parseDate(statementDate, { line, column: 'statementDate', problems }) : null,
    details: recordDetails as Record<string, unknown>,
  };
}

/** Graph ids of the file's entities and persons: an entity with a USCC identifier is keyed by it. */
function subjectIds(statements: Statement[], ctx: MapContext): Map<string, { id: string; kind: NodeKind }> {
  const ids = new Map<string, { id: string; kind: NodeKind }>();
  for (const s of statements) {
    if (s.recordType === 'relationship') continue;
    const uscc = s.recordType === 'entity' ? usccIdentifier(s.details) : null;
    ids.set(s.recordId, { id: uscc ?? bodsId(ctx, s.recordId), kind: s.recordType === 'entity' ? NodeKind.Company : NodeKind.Person });
  }
  return ids;
}

function usccIdentifier(details: Record<string, unknown>): string | null {
  const identifiers = Array.isArray(details.identifiers) ? details.identifiers : [];
  for (const identifier of identifiers) {
    if (!isObject(identifier) || typeof identifier.id !== 'string') continue;
    const scheme = typeof identifier.scheme === 'string' ? identifier.scheme : '';
    if ((scheme === '' || scheme.startsWith('CN')) && validateUscc(identifier.id).valid) return identifier.id.trim().toUpperCase();
  }
  return null;
}

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

function entityNode(s: Statement, record: ImportRecord, ids: Map<string, { id: string }>, ctx: MapContext, at: (c: string) => At) {
  const d = s.details;
  const entityType = isObject(d.entityType) ? d.entityType : {};
  const type = str(entityType.type) ?? 'unknownEntity';
  const name = str(d.name);
  const uscc = usccIdentifier(d);
  const identifiers = (Array.isArray(d.identifiers) ? d.identifiers : []).filter(isObject).map((i) => `${str(i.scheme) ?? str(i.schemeName) ?? '?'}:${str(i.id) ?? ''}`);
  const jurisdiction = isObject(d.incorporatedInJurisdiction) ? str(d.incorporatedInJurisdiction.code) : null;
  const addresses = Array.isArray(d.addresses) ? d.addresses.filter(isObject) : [];
  const props: Props = {
    source: sourceOf(ctx, record.line),
    sourceId: s.statementId,
    uscc,
    nameZh: name && isChinese(name) ? name : null,
    nameEn: name && !isChinese(name) ? name : name ? null : `(unnamed ${type})`,
    legalForm: type === 'registeredEntity' || type === 'legalEntity' ? null : (str(entityType.subtype) ?? type),
    jurisdiction: jurisdiction?.toLowerCase() ?? (uscc ? 'cn' : null),
    established: parseDate(str(d.foundingDate) ?? undefined, at('recordDetails.foundingDate')),
    address: addresses.map((a) => str(a.address)).find((a) => a !== null) ?? null,
    identifiers: identifiers.length > 0 ? identifiers : null,
  };
  return { kind: NodeKind.Company, id: ids.get(s.recordId)!.id, props };
}

function personNode(s: Statement, record: ImportRecord, ids: Map<string, { id: string }>, ctx: MapContext) {
  const d = s.details;
  const names = (Array.isArray(d.names) ? d.names : []).filter(isObject).map((n) => str(n.fullName)).filter((n): n is string => n !== null);
  const nameZh = names.find(isChinese) ?? null;
  const anonymous = str(d.personType) === 'anonymousPerson' ? '(anonymous person)' : '(unnamed person)';
  const props: Props = {
    source: sourceOf(ctx, record.line),
    sourceId: s.statementId,
    nameZh,
    nameEn: names.find((n) => !isChinese(n)) ?? (nameZh ? null : anonymous),
    namePinyin: nameZh ? pinyinOf(nameZh) : null,
  };
  return { kind: NodeKind.Person, id: ids.get(s.recordId)!.id, props };
}

/** One interest period, with the statement that last stated it (its provenance). */
interface Edge {
  fact: RelFact;
  record: ImportRecord;
  interest: string;
}

const officerInterests: Record<string, OfficerRole> = { boardMember: 'director', boardChair: 'chair', seniorManagingOfficial: 'senior_manager' };

function mapRelationship(
  s: Statement,
  record: ImportRecord,
  ids: Map<string, { id: string; kind: NodeKind }>,
  edges: Map<string, Edge>,
  ctx: MapContext,
  at: (column: string) => At,
  skipped: Record<string, number>,
): void {
  const d = s.details;
  const subjectRef = str(d.subject);
  const partyRef = str(d.interestedParty);
  if (!subjectRef) {
    record.problems.push(error(record.line, 'recordDetails.subject', 'missing'));
    return;
  }
  if (!partyRef) {
    // An interested party stated only as a reason (exempt from disclosure, unknown) links nothing.
    skipped['relationship with an unspecified interested party'] = (skipped['relationship with an unspecified interested party'] ?? 0) + 1;
    return;
  }
  const subject = ids.get(subjectRef)?.id ?? bodsId(ctx, subjectRef);
  const party = ids.get(partyRef);
  const partyId = party?.id ?? bodsId(ctx, partyRef);
  if (partyId === subject) {
    // As the CSV importer refuses it: a company holding a share of itself is a data error, not a fact.
    record.problems.push(error(record.line, 'recordDetails.interestedParty', `a company cannot own part of itself (interestedParty and subject are both ${subjectRef})`));
    return;
  }
  const via = (Array.isArray(d.componentRecords) ? d.componentRecords : []).map((r) => ids.get(String(r))?.id).filter((id): id is string => id !== undefined);
  const stated = new Set<string>();
  const newStarts = new Map<string, string>();
  const interests = Array.isArray(d.interests) ? d.interests : [];
  interests.forEach((interest, index) => {
    const column = `recordDetails.interests[${index}]`;
    if (!isObject(interest)) {
      record.problems.push(error(record.line, column, 'an interest must be an object'));
      return;
    }
    const type = str(interest.type) ?? 'unknownInterest';
    const direct = str(interest.directOrIndirect) ?? 'unknown';
    const from = parseDate(str(interest.startDate) ?? undefined, at(`${column}.startDate`));
    let until = parseDate(str(interest.endDate) ?? undefined, at(`${column}.endDate`), { end: true });
    checkPeriod(from, until, at(`${column}.endDate`));
    if (s.recordStatus === 'closed' && !until) until = s.statementDate;
    const props: Props = { source: sourceOf(ctx, record.line), sourceId: s.statementId, from, until };
    const share = shareProps(interest, at(`${column}.share`));
    let relType: RelFact['type'];
    if (type === 'shareholding' && direct === 'direct') {
      relType = Rel.SHAREHOLDER_OF;
      Object.assign(props, share);
    } else if (type === 'shareholding' && direct === 'indirect') {
      relType = Rel.INDIRECT_OWNER_OF;
      Object.assign(props, share, { via });
    } else if (officerInterests[type] && direct !== 'indirect' && party?.kind === NodeKind.Person) {
      relType = Rel.OFFICER_OF;
      Object.assign(props, { role: officerInterests[type], roleText: type });
    } else {
      relType = Rel.HAS_INTEREST_IN;
      Object.assign(props, share, { interest: type, directOrIndirect: direct });
    }
    const key = `${bodsId(ctx, s.recordId)}:${type}:${direct}:${from ?? ''}`;
    stated.add(key);
    if (from && (!newStarts.has(type) || from < newStarts.get(type)!)) newStarts.set(type, from);
    edges.set(key, { record, interest: type, fact: { type: relType, id: key, from: partyId, to: subject, props, fromColumn: 'recordDetails.interestedParty', toColumn: 'recordDetails.subject', shareColumn: `${column}.share` } });
  });
  // Interests of this record that the new statement no longer lists ended where their successor of
  // the same type starts, else when the statement was made.
  const prefix = `${bodsId(ctx, s.recordId)}:`;
  for (const [key, edge] of edges) {
    if (!key.startsWith(prefix) || stated.has(key) || edge.fact.props.until) continue;
    const ended = newStarts.get(edge.interest) ?? s.statementDate;
    if (ended) edge.fact.props.until = ended;
    else record.problems.push(warning(record.line, 'statementDate', `replaces interests of record ${s.recordId} without a statementDate; they are kept open`));
  }
}

/** BODS shares are percentages: `exact` → fraction; `minimum`/`maximum` (or exclusive) → the range. */
function shareProps(interest: Record<string, unknown>, at: At): Props {
  const share = isObject(interest.share) ? interest.share : null;
  if (!share) return {};
  const read = (key: string) => (typeof share[key] === 'number' || typeof share[key] === 'string' ? parseShare(share[key] as number, { ...at, column: `${at.column}.${key}` }, { percent: true }) : null);
  const exact = read('exact');
  const min = read('minimum') ?? read('exclusiveMinimum');
  const max = read('maximum') ?? read('exclusiveMaximum');
  if (min !== null && max !== null && min > max) at.problems.push(error(at.line, at.column, `minimum ${min * 100}% is above maximum ${max * 100}%`));
  const props: Props = { fraction: exact };
  if (exact === null && (min !== null || max !== null)) Object.assign(props, { fractionMin: min, fractionMax: max });
  return props;
}
