import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { eventChannelNames, invokeChannelNames } from '../../../src/shared/contract/channel-names';
import { eventContract, invokeContract } from '../../../src/shared/contract/ipc-contract';
import { samplePastedToken, validInputs } from '../../support/contract-samples';

type JsonSchema = Record<string, unknown>;

/** Every object schema must be closed and every string and array bounded, wherever it sits in the tree. */
function findLooseNodes(node: unknown, path = '$'): string[] {
  if (typeof node !== 'object' || node === null) return [];
  const schema = node as JsonSchema;
  const problems: string[] = [];
  if (schema.type === 'object' && schema.additionalProperties !== false)
    problems.push(`${path}: object accepts unknown keys`);
  const fixedForm = 'enum' in schema || 'const' in schema || schema.format === 'uuid';
  if (schema.type === 'string' && typeof schema.maxLength !== 'number' && !fixedForm)
    problems.push(`${path}: string has no maximum length`);
  if (schema.type === 'array' && typeof schema.maxItems !== 'number')
    problems.push(`${path}: array has no maximum size`);
  for (const [key, child] of Object.entries(schema)) {
    if (Array.isArray(child)) {
      for (const [index, item] of child.entries()) problems.push(...findLooseNodes(item, `${path}.${key}[${index}]`));
    } else problems.push(...findLooseNodes(child, `${path}.${key}`));
  }
  return problems;
}

/** Paths to every string in a sample input, so each can be made oversize in turn. */
function stringPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'string') return [path];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => stringPaths(child, [...path, key]));
}

function withValueAt(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string, ...string[]];
  const copy = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
  (copy as Record<string, unknown>)[head] = withValueAt((value as Record<string, unknown>)[head], rest, replacement);
  return copy;
}

describe('the IPC contract', () => {
  it('declares exactly the named channels', () => {
    expect(Object.keys(invokeContract).sort()).toEqual([...invokeChannelNames].sort());
    expect(Object.keys(eventContract).sort()).toEqual([...eventChannelNames].sort());
  });

  it('has a structural check that does catch open objects and unbounded strings', () => {
    const loose = z.object({ name: z.string(), tags: z.array(z.string().max(5)) });
    expect(findLooseNodes(z.toJSONSchema(loose, { io: 'input' }))).toHaveLength(3);
  });

  it('names every channel area:action in camelCase', () => {
    for (const name of [...invokeChannelNames, ...eventChannelNames])
      expect(name).toMatch(/^[a-z][a-zA-Z]*:[a-z][a-zA-Z]*$/);
  });

  describe.each(invokeChannelNames)('%s', (channel) => {
    const schema = invokeContract[channel].input;
    const valid = validInputs[channel];

    it('is closed and bounded everywhere', () => {
      expect(findLooseNodes(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }))).toEqual([]);
    });

    it('accepts its valid sample', () => {
      expect(schema.safeParse(valid).success).toBe(true);
    });

    it.each([
      ['a number', 42],
      ['a string', 'app'],
      ['an array', []],
      ['null', null],
      ['a boolean', true],
    ])('rejects %s', (_label, input) => {
      expect(schema.safeParse(input).success).toBe(false);
    });

    it('rejects unknown keys, `__proto__` and `constructor` as own keys among them', () => {
      expect(schema.safeParse({ ...(valid as object), injected: 'x' }).success).toBe(false);
      // JSON.parse makes `__proto__` an own key, as a renderer's structured clone would carry it (an object literal's
      // `__proto__:` would set the prototype instead and add no key).
      const withProto = { ...(valid as object), ...JSON.parse('{"__proto__": {"polluted": true}}') };
      expect(Object.keys(withProto)).toContain('__proto__');
      expect(schema.safeParse(withProto).success).toBe(false);
      expect(schema.safeParse({ ...(valid as object), constructor: 'x' }).success).toBe(false);
    });

    it('rejects every string made oversize (a channel whose sample has none takes no text at all)', () => {
      const paths = stringPaths(valid);
      if (paths.length === 0) {
        expect(JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }))).not.toContain(
          '"type":"string"',
        );
      }
      for (const path of paths) {
        expect(schema.safeParse(withValueAt(valid, path, 'x'.repeat(100_000))).success, path.join('.')).toBe(false);
      }
    });
  });
});

const jwtPart = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const caseId = '7d444840-9dc0-41ce-a1b2-6c0b2b4c2f10';

describe('liveCase:execute refuses malformed pasted fields with their own message, before any call', () => {
  const schema = invokeContract['liveCase:execute'].input;
  const valid = validInputs['liveCase:execute'];
  const messageFor = (change: Partial<typeof valid>) => {
    const parsed = schema.safeParse({ ...valid, ...change });
    return parsed.success ? null : parsed.error.issues.map((issue) => issue.message).join(' | ');
  };

  it.each([
    ['a user token that is not a JWT', { userToken: 'not-a-token' }, /Circle’s user tokens are JWTs/],
    ['a JWT without exp', { userToken: `${jwtPart({ typ: 'JWT' })}.${jwtPart({ sub: 'x' })}.sig` }, /no expiry/],
    ['an expired user token', { userToken: samplePastedToken(Math.floor(Date.now() / 1000) - 60) }, /expired at/],
    ['an encryption key that is not base64', { encryptionKey: 'not base64!' }, /not an encryption key/],
    ['an encryption key of 16 bytes', { encryptionKey: Buffer.alloc(16).toString('base64') }, /decodes to 16 bytes/],
    ['a challenge ID that is not a UUID', { challengeId: 'challenge-1' }, /is a UUID/],
  ])('%s', (_label, change, message) => {
    expect(messageFor(change)).toMatch(message);
  });

  it('trims what was pasted with the field', () => {
    const parsed = schema.parse({ ...valid, userToken: ` ${valid.userToken}\n`, challengeId: ` ${caseId} ` });
    expect(parsed.userToken).toBe(valid.userToken);
    expect(parsed.challengeId).toBe(caseId);
  });
});
