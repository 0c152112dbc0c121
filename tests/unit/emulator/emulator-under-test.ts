// Starts a real emulator for a test file (cheap scrypt cost so seeding is instant) and records every exchange so
// the file can check all bodies against Circle's OpenAPI files.
import { testScryptCost } from '../../../src/emulator/auth/secret-hash';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../../src/emulator/create-emulator';
import type { Exchange } from '../../../src/emulator/http/api-server';
import { sharedTokenSigningKeyPem } from '../../support/shared-token-signing-key';
import { CircleOpenApiValidator } from './circle-openapi-validator';

/** A parsed response body in tests: shape checked by assertions and the OpenAPI validator, not by the compiler. */
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked at run time, by assertions and the schemas
export type Json = any;

export async function readJson(response: Response): Promise<Json> {
  return response.json();
}

export interface ApiRequest {
  method?: string;
  body?: unknown;
  /** Sent as X-User-Token, as the user-scoped endpoints require. */
  userToken?: string;
}

/** One call to the emulator's REST API with the test's API key: the status and the parsed body. */
export async function callApi(env: EmulatorUnderTest, path: string, init: ApiRequest = {}) {
  const response = await fetch(`${env.emulator.baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: env.authHeaders(init.userToken ? { 'X-User-Token': init.userToken } : {}),
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: await readJson(response) };
}

export interface EmulatorUnderTest {
  emulator: Emulator;
  exchanges: Exchange[];
  /** Every recorded exchange's problems against the OpenAPI files (empty when all conform). */
  schemaProblems(): string[];
  authHeaders(extra?: Record<string, string>): Record<string, string>;
}

let validator: CircleOpenApiValidator | undefined;
export const openApiValidator = () => {
  validator ??= new CircleOpenApiValidator();
  return validator;
};

export async function startEmulator(options: EmulatorOptions = {}): Promise<EmulatorUnderTest> {
  const exchanges: Exchange[] = [];
  const emulator = await createEmulator({
    secretHashCost: testScryptCost,
    tokenSigningKeyPem: sharedTokenSigningKeyPem(),
    ...options,
    onExchange: (exchange) => exchanges.push(exchange),
  });
  return {
    emulator,
    exchanges,
    schemaProblems: () => exchanges.flatMap((exchange) => openApiValidator().problemsWith(exchange)),
    authHeaders: (extra = {}) => ({
      Authorization: `Bearer ${emulator.apiKey}`,
      'Content-Type': 'application/json',
      ...extra,
    }),
  };
}
