// Whose user token it is: one signed with the entity's own key is still refused when it names another entity (155105)
// or a user the emulator no longer has (155102).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, type EmulatorUnderTest, startEmulator } from './emulator-under-test';

let env: EmulatorUnderTest;
let other: EmulatorUnderTest;

beforeAll(async () => {
  env = await startEmulator();
  // A second entity (its own appId) that signs with the same key, as every emulator of this test process does.
  other = await startEmulator();
});

afterAll(async () => {
  await Promise.all([env.emulator.close(), other.emulator.close()]);
  expect([...env.schemaProblems(), ...other.schemaProblems()]).toEqual([]);
});

async function tokenFrom(from: EmulatorUnderTest, userId: string): Promise<string> {
  const issued = await callApi(from, '/v1/w3s/users/token', { method: 'POST', body: { userId } });
  expect(issued.status).toBe(200);
  return issued.body.data.userToken;
}

describe('a user token signed with the entity’s key', () => {
  it('is refused as 155105 when another entity issued it, though that entity has a user of the same id', async () => {
    expect(other.emulator.appId).not.toBe(env.emulator.appId);
    const foreign = await tokenFrom(other, 'user-knows-pin');
    expect((await callApi(other, '/v1/w3s/user', { userToken: foreign })).status).toBe(200);
    const answer = await callApi(env, '/v1/w3s/user', { userToken: foreign });
    expect(answer).toMatchObject({ status: 403, body: { code: 155105 } });
  });

  it('is refused as 155102 once its user is gone (a reset back to the seeded users)', async () => {
    const userId = `owner-${randomUUID().slice(0, 8)}`;
    const created = await callApi(env, '/emulator/users', {
      method: 'POST',
      body: { userId, scenario: 'user-no-pin' },
    });
    expect(created.status).toBe(201);
    const userToken = await tokenFrom(env, userId);
    expect((await callApi(env, '/v1/w3s/user', { userToken })).status).toBe(200);
    await env.emulator.reset();
    const answer = await callApi(env, '/v1/w3s/user', { userToken });
    expect(answer).toMatchObject({ status: 404, body: { code: 155102 } });
  });
});
