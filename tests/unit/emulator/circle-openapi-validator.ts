// Validates emulator responses against Circle's published OpenAPI files (reference/circle/ in this repository), with
// a real JSON-schema validator. OpenAPI 3.0 differs from JSON Schema in `nullable`; the reference README lists the
// spec's known slips, corrected here and nowhere else.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import type { Exchange } from '../../../src/emulator/http/api-server';

const referenceDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../reference/circle');
export const errorTablePath = resolve(referenceDir, '../../src/shared/circle-errors/circle-error-table.json');

type Json = unknown;
type JsonObject = Record<string, Json>;

const specFiles = { uw: 'user-controlled-wallets.yaml', cfg: 'configurations.yaml' } as const;
type SpecId = keyof typeof specFiles;

/** OpenAPI 3.0 → JSON Schema: `nullable`, capitalised formats, and local refs made absolute to their document. */
function toJsonSchema(node: Json, specId: SpecId): Json {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item, specId));
  if (typeof node !== 'object' || node === null) return node;
  const source = node as JsonObject;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#')) out[key] = `${specId}${value}`;
    else if (key === 'format' && value === 'UUID') out[key] = 'uuid';
    else if (key === 'example' || key === 'nullable') continue;
    else out[key] = toJsonSchema(value, specId);
  }
  if (source.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  }
  return out;
}

function loadSpec(specId: SpecId): JsonObject {
  const raw = parse(readFileSync(resolve(referenceDir, specFiles[specId]), 'utf8')) as JsonObject;
  const schemas = (raw.components as JsonObject).schemas as JsonObject;
  // README: EndUser.id is the developer's own userId (ExternalUserId), not a UUID.
  if (specId === 'uw') {
    const endUser = schemas.EndUser as { properties: JsonObject };
    endUser.properties.id = { $ref: '#/components/schemas/ExternalUserId' };
  }
  return toJsonSchema(raw, specId) as JsonObject;
}

function resolveRef(spec: JsonObject, node: JsonObject): JsonObject {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const path = ref.replace(/^[a-z]+#\//, '').split('/');
  let current: Json = spec;
  for (const part of path) current = (current as JsonObject)[part];
  return current as JsonObject;
}

export class CircleOpenApiValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  private readonly specs: Record<SpecId, JsonObject>;
  private readonly cache = new Map<string, ValidateFunction>();
  readonly errorValidator: ValidateFunction;

  constructor() {
    addFormats(this.ajv);
    this.specs = { uw: loadSpec('uw'), cfg: loadSpec('cfg') };
    for (const [id, spec] of Object.entries(this.specs)) this.ajv.addSchema(spec, id);
    this.errorValidator = this.ajv.compile({ $ref: 'uw#/components/schemas/Error' });
  }

  /** The JSON schema of an operation's response body, or undefined when the operation does not list that status. */
  private responseValidator(route: string, method: string, status: number): ValidateFunction | undefined {
    const key = `${method} ${route} ${status}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const specPath = route.replace(/:([A-Za-z]+)/g, '{$1}');
    for (const spec of Object.values(this.specs)) {
      const operation = ((spec.paths as JsonObject)[specPath] as JsonObject | undefined)?.[method.toLowerCase()] as
        | JsonObject
        | undefined;
      const response = (operation?.responses as JsonObject | undefined)?.[String(status)] as JsonObject | undefined;
      if (!response) continue;
      const resolved = resolveRef(spec, response);
      const schema = ((resolved.content as JsonObject | undefined)?.['application/json'] as JsonObject | undefined)
        ?.schema;
      if (!schema) continue;
      const validate = this.ajv.compile(schema as JsonObject);
      this.cache.set(key, validate);
      return validate;
    }
    return undefined;
  }

  hasOperation(route: string, method: string): boolean {
    const specPath = route.replace(/:([A-Za-z]+)/g, '{$1}');
    return Object.values(this.specs).some((spec) =>
      Boolean(((spec.paths as JsonObject)[specPath] as JsonObject | undefined)?.[method.toLowerCase()]),
    );
  }

  /** Problems with one exchange: success bodies against their operation, error bodies against the error schema. */
  problemsWith(exchange: Exchange): string[] {
    const where = `${exchange.method} ${exchange.url} → ${exchange.status}`;
    // The developer controls and the hosted PIN UI are the emulator's own, not Circle's API.
    if (exchange.route?.startsWith('/emulator/') || exchange.route?.startsWith('/pw-auth')) return [];
    if (exchange.status === 204) return exchange.body === '' ? [] : [`${where}: 204 with a body`];
    let body: unknown;
    try {
      body = JSON.parse(exchange.body);
    } catch {
      return [`${where}: body is not JSON: ${exchange.body.slice(0, 80)}`];
    }
    if (exchange.status >= 400) {
      return this.errorValidator(body) ? [] : [`${where}: ${this.ajv.errorsText(this.errorValidator.errors)}`];
    }
    if (!exchange.route) return [`${where}: success on an unknown route`];
    const validate = this.responseValidator(exchange.route, exchange.method, exchange.status);
    if (!validate) return [`${where}: the spec lists no ${exchange.status} response for this operation`];
    return validate(body) ? [] : [`${where}: ${this.ajv.errorsText(validate.errors)}`];
  }
}
