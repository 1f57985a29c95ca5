import {
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isObjectType,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';
import { isUuid, type Published } from '@sprint-reports/core';
import { LIVE_FIELDS, type LiveField, type Lookup } from './fields.ts';

/**
 * A subscription made ready to run: what it follows, and, per event, the query that fetches what the
 * subscriber selected through the supergraph and how its answer becomes the payload.
 */
export interface LiveOperation {
  name: string;
  field: LiveField;
  /** The followed id (a board, a sprint ...), from the field's argument. */
  topic: string;
  /** The subscription field's response key (its alias, if any). */
  responseKey: string;
  /** The payload's fields in the subscriber's order. */
  parts: Part[];
  /** The query (and its variables) for an event; null when nothing needs the supergraph. */
  queryFor(event: Published): { query: string; variables: Record<string, unknown> } | null;
  /** The query of an event with every id present (to validate at subscribe time); null when none is needed. */
  fullQuery(): string | null;
}

type Part =
  | { kind: 'typename'; key: string; typename: string }
  | { kind: 'scalar'; key: string; value: (event: Published) => unknown }
  | { kind: 'entity'; key: string; lookup: Lookup; nonNull: boolean };

/** Variables the router adds to derived queries; a subscriber's own may not use the prefix. */
const OWN_VARIABLE = '_live';

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/**
 * Prepares a validated subscription operation: `variables` coerced (for its arguments and
 * directives), `rawVariables` as sent (passed on to the derived queries). Throws BAD_USER_INPUT for
 * a malformed id or a variable named like the router's own.
 */
export function prepareSubscription(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  rawVariables: Record<string, unknown>,
): LiveOperation {
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const subscriptionType = schema.getSubscriptionType()!;
  // Validation (a single root field) has passed: the first collected field is the one, unless skipped.
  const [root] = collect(operation.selectionSet, fragments, variables, subscriptionType.name);
  if (!root) throw new GraphQLError('The subscription selects no field (@skip or @include left none)', { extensions: { code: 'BAD_REQUEST' } });
  const [responseKey, rootNodes] = root;
  const name = rootNodes[0].name.value;
  const field = LIVE_FIELDS[name];
  const fieldDef = subscriptionType.getFields()[name];
  if (!field || !fieldDef) throw new GraphQLError(`The router does not serve the subscription ${name}`, { extensions: { code: 'BAD_REQUEST' } });
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.variable.name.value.startsWith(OWN_VARIABLE))
      throw badInput(`Variables starting with ${OWN_VARIABLE} are the router's own: rename $${definition.variable.name.value}`);
  }
  const topic = String(getArgumentValues(fieldDef, rootNodes[0], variables)[field.arg]);
  if (!isUuid(topic)) throw badInput(`"${topic}" is not a valid id (${field.arg})`);

  const payloadType = getNamedType(fieldDef.type);
  if (!isObjectType(payloadType)) throw new Error(`${name} must return an object type`);
  const payloadFields = payloadType.getFields();
  const selections = rootNodes.flatMap((n) => n.selectionSet?.selections ?? []);
  const parts: Part[] = [];
  const entityNodes = new Map<string, FieldNode[]>();
  for (const [key, nodes] of collect({ kind: Kind.SELECTION_SET, selections }, fragments, variables, payloadType.name)) {
    const fieldName = nodes[0].name.value;
    if (fieldName === '__typename') parts.push({ kind: 'typename', key, typename: payloadType.name });
    else if (field.scalars[fieldName]) parts.push({ kind: 'scalar', key, value: field.scalars[fieldName] });
    else if (field.entities[fieldName]) {
      parts.push({ kind: 'entity', key, lookup: field.entities[fieldName], nonNull: payloadFields[fieldName].type.toString().endsWith('!') });
      entityNodes.set(key, nodes);
    } else throw new Error(`${payloadType.name}.${fieldName} has no source in router/src/live/fields.ts`);
  }

  // One query per set of present ids (a team-wide capacity change has no sprint), made when first needed.
  const queries = new Map<string, Derived | null>();
  const derived = (present: Extract<Part, { kind: 'entity' }>[]) => {
    const signature = present.map((p) => p.key).join(',');
    if (!queries.has(signature)) queries.set(signature, present.length ? buildQuery(present, entityNodes, operation, fragments, rawVariables) : null);
    return queries.get(signature)!;
  };
  const entities = parts.filter((p): p is Extract<Part, { kind: 'entity' }> => p.kind === 'entity');
  return {
    name,
    field,
    topic,
    responseKey,
    parts,
    queryFor(event) {
      const present = entities.filter((p) => p.lookup.ids(event) !== null);
      const query = derived(present);
      if (!query) return null;
      const own = Object.fromEntries(present.map((p, i) => [`${OWN_VARIABLE}${i}`, p.lookup.ids(event)]));
      return { query: query.text, variables: { ...query.theirs, ...own } };
    },
    fullQuery: () => derived(entities)?.text ?? null,
  };
}

/** Turns the answer to queryFor's query into the subscription's result. */
export function payloadOf(op: LiveOperation, event: Published, data: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  const payload: Record<string, unknown> = {};
  for (const part of op.parts) {
    if (part.kind === 'typename') payload[part.key] = part.typename;
    else if (part.kind === 'scalar') payload[part.key] = part.value(event);
    else {
      let value = part.lookup.ids(event) === null ? null : (data?.[part.key] ?? null);
      // A list by ids leaves out what is gone by now (an issue purged with its connection).
      if (Array.isArray(value)) value = value.filter((item) => item !== null);
      // A non-null field that could not be fetched nulls the payload, as GraphQL would.
      if (value === null && part.nonNull) return null;
      payload[part.key] = value;
    }
  }
  return payload;
}

/**
 * `query Live($_live0: ID!, ...) { <key>: <lookup>(<arg>: $_live0) { <the subscriber's selection> } ... }`
 * with the subscriber's fragments and variables that the selections use.
 */
/** A derived query's text, and the subscriber's variables (as sent) that it declares. */
type Derived = { text: string; theirs: Record<string, unknown> };

function buildQuery(
  present: Extract<Part, { kind: 'entity' }>[],
  nodes: Map<string, FieldNode[]>,
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  rawVariables: Record<string, unknown>,
): Derived {
  const own: VariableDefinitionNode[] = present.map((p, i) => ({
    kind: Kind.VARIABLE_DEFINITION,
    variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: `${OWN_VARIABLE}${i}` } },
    type:
      p.lookup.argType === 'ID!'
        ? { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } } }
        : {
            kind: Kind.NON_NULL_TYPE,
            type: { kind: Kind.LIST_TYPE, type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } } } },
          },
  }));
  const fields: FieldNode[] = present.map((p, i) => ({
    kind: Kind.FIELD,
    // No alias where the key is the field's name: armor counts aliases against the subscriber's limit.
    alias: p.key === p.lookup.field ? undefined : { kind: Kind.NAME, value: p.key },
    name: { kind: Kind.NAME, value: p.lookup.field },
    arguments: [
      {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: p.lookup.arg },
        value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: `${OWN_VARIABLE}${i}` } },
      },
    ],
    // Merged as GraphQL merges fields of one response key.
    selectionSet: { kind: Kind.SELECTION_SET, selections: nodes.get(p.key)!.flatMap((n) => n.selectionSet?.selections ?? []) },
  }));
  const selectionSet: SelectionSetNode = { kind: Kind.SELECTION_SET, selections: fields };
  const usedFragments = fragmentsUsedBy(selectionSet, fragments);
  const variablesUsed = new Set<string>();
  visit(
    { kind: Kind.DOCUMENT, definitions: [{ kind: Kind.OPERATION_DEFINITION, operation: 'query' as never, selectionSet }, ...usedFragments] } as DocumentNode,
    {
      Variable: (v) => void variablesUsed.add(v.name.value),
    },
  );
  const theirs = (operation.variableDefinitions ?? []).filter((d) => variablesUsed.has(d.variable.name.value));
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: 'query' as never,
        name: { kind: Kind.NAME, value: 'Live' },
        variableDefinitions: [...theirs, ...own],
        selectionSet,
      },
      ...usedFragments,
    ],
  };
  return { text: print(document), theirs: Object.fromEntries(Object.entries(rawVariables).filter(([name]) => variablesUsed.has(name))) };
}

function fragmentsUsedBy(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const walk = (set: SelectionSetNode) =>
    visit(set, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (!fragment || used.has(name)) return;
        used.set(name, fragment);
        walk(fragment.selectionSet);
      },
    });
  walk(selectionSet);
  return [...used.values()];
}

/**
 * The fields a selection set selects on `typeName`, by response key, in order, through fragments
 * (those that apply to the type) and @skip/@include, as GraphQL's own execution collects them.
 */
function collect(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  typeName: string,
  out = new Map<string, FieldNode[]>(),
) {
  const included = (node: SelectionNode) =>
    getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true && getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
  for (const selection of set.selections) {
    if (!included(selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      out.set(key, [...(out.get(key) ?? []), selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!selection.typeCondition || selection.typeCondition.name.value === typeName) collect(selection.selectionSet, fragments, variables, typeName, out);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && fragment.typeCondition.name.value === typeName) collect(fragment.selectionSet, fragments, variables, typeName, out);
    }
  }
  return [...out.entries()];
}
