/**
 * The public schema walked programmatically, so the fuzz and injection tests cover every Query field
 * and argument, including fields added after these tests were written.
 */
import fc from 'fast-check';
import {
  buildASTSchema,
  concatAST,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { loadTypeDefs } from '../../server/schema/load.ts';

export function publicSchema(): GraphQLSchema {
  return buildASTSchema(concatAST(loadTypeDefs()));
}

export type QueryField = GraphQLField<unknown, unknown>;

export function queryFields(schema: GraphQLSchema): QueryField[] {
  return Object.values(schema.getQueryType()!.getFields());
}

/** A one-field operation passing the given arguments as variables; objects select only __typename. */
export function operationFor(field: QueryField, args: Record<string, unknown>): { query: string; variables: Record<string, unknown> } {
  const given = field.args.filter((arg) => arg.name in args);
  const definitions = given.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = given.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  const query = `query Probe${definitions ? `(${definitions})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
  return { query, variables: Object.fromEntries(given.map((arg) => [arg.name, args[arg.name]])) };
}

/** Strings that break naive Cypher, Lucene, JSON or logs if they were ever pasted into query text. */
export const injectionStrings = [
  "' OR 1=1 //",
  '" OR 1=1 //',
  '"}) MATCH (n) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n //",
  "x') WITH 1 AS x MATCH (n) DETACH DELETE n //",
  '`) DETACH DELETE n //',
  '*:*',
  'nameZh:* OR id:*',
  ')',
  '(',
  '\\',
  '"',
  '\u0000',
  '\u0000\u001f\u007f\ud800',
  '${7*7}{{7*7}}',
  '%s%n%x',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '$param',
  '\n\r\t',
];

/** A value of roughly the right shape for every input type (the baseline while one argument is attacked). */
export function plausibleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return plausibleValue(type.ofType);
  if (isListType(type)) return [plausibleValue(type.ofType)];
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, plausibleValue(field.type)]),
    );
  }
  if (isEnumType(type)) return type.getValues()[0]!.value;
  switch (type.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 0.5;
    case 'Boolean':
      return true;
    case 'Date':
      return '2024-01-01';
    default:
      return 'x';
  }
}

const isStringLike = (type: GraphQLInputType): boolean => {
  const named = getNamedType(type);
  return isScalarType(named) && !['Int', 'Float', 'Boolean'].includes(named.name);
};

/**
 * Every way to put a string into an argument: the argument itself, or a field (at any depth) of an
 * input object; list elements too. Each target returns the argument value carrying `text` there.
 */
export function stringTargets(type: GraphQLInputType, label: string): Array<{ label: string; carry: (text: string) => unknown }> {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    return stringTargets(inner.ofType, `${label}[]`).map((target) => ({ label: target.label, carry: (text) => [target.carry(text)] }));
  }
  if (isInputObjectType(inner)) {
    const base = plausibleValue(inner) as Record<string, unknown>;
    return Object.values(inner.getFields()).flatMap((field) =>
      stringTargets(field.type, `${label}.${field.name}`).map((target) => ({ label: target.label, carry: (text) => ({ ...base, [field.name]: target.carry(text) }) })),
    );
  }
  return isStringLike(inner) ? [{ label, carry: (text) => text }] : [];
}

/** Any text, with the characters parsers and query languages care about over-represented. */
export const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...'\'"`\\(){}[]*:~^?!&|+-/ \u0000\n'), maxLength: 30 }),
  fc.constantFrom(...injectionStrings),
  fc.constantFrom('914403001922038216', '91350100M000100Y43', '9135010', 'ndrc', 'spc', '2024-02-29', '2023-02-30', '9999-99-99', '', ' '),
  fc.constant('長'.repeat(3_000)),
);

const hostileInt = fc.oneof(
  fc.integer({ min: -5, max: 600 }),
  fc.constantFrom(0, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1, 1e21, 1e308, -1e308, 0.5),
  fc.integer(),
);

/** Values for an input type: mostly well-typed but hostile, sometimes of the wrong type altogether. */
export function hostileValue(type: GraphQLInputType): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 9, arbitrary: typedValue(type) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });
}

function typedValue(type: GraphQLInputType): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return typedValue(type.ofType);
  if (isListType(type)) return fc.oneof(fc.array(hostileValue(type.ofType), { maxLength: 4 }), hostileValue(type.ofType));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((field) => [field.name, hostileValue(field.type)])), {
      requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
    });
  }
  if (isEnumType(type)) return fc.oneof(fc.constantFrom(...type.getValues().map((value) => value.value as string)), hostileText);
  switch (type.name) {
    case 'Int':
      return hostileInt;
    case 'Float':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'Boolean':
      return fc.boolean();
    default:
      return hostileText;
  }
}

/** Arguments for a field: required ones always (possibly null), optional ones sometimes. */
export function hostileArgs(field: QueryField): fc.Arbitrary<Record<string, unknown>> {
  const entries = field.args.map((arg) => [arg.name, isNonNullType(arg.type) ? fc.oneof({ weight: 19, arbitrary: hostileValue(arg.type) }, { weight: 1, arbitrary: fc.constant(null) }) : hostileValue(arg.type)] as const);
  return fc.record(Object.fromEntries(entries), { requiredKeys: field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name) });
}
