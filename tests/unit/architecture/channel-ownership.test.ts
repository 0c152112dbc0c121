// Issue 30 §1: a channel's handler lives in its area. Every handler map in main is found by reading the source (an
// object key that is a contract channel's name), and each must be in the folder that owns the channel's area
// (channel-owners.ts), or be one of the few exceptions listed there with why.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { type InvokeChannel, invokeChannelNames } from '../../../src/shared/contract/channel-names';
import { type ChannelArea, channelAreaOwners, channelOwnerExceptions } from './channel-owners';

const root = resolve(import.meta.dirname, '../../..');
// Read from the folder, not from git: StrykerJS runs this test in a copy of the project that git does not track.
const mainFiles = readdirSync(join(root, 'src/main'), { recursive: true, encoding: 'utf8' })
  .map((file) => `src/main/${file.split(sep).join('/')}`)
  .filter((file) => /\.tsx?$/.test(file));

const isChannel = (name: string): name is InvokeChannel => (invokeChannelNames as readonly string[]).includes(name);
const areaOf = (channel: InvokeChannel) => channel.slice(0, channel.indexOf(':')) as ChannelArea;

interface Registration {
  channel: InvokeChannel;
  file: string;
}

/** The contract channels a module's source registers: object keys (`'reset:start': …`) naming one. */
function registrationsIn(file: string, text: string): Registration[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Registration[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isPropertyAssignment(node) || ts.isMethodDeclaration(node)) &&
      (ts.isStringLiteral(node.name) || ts.isNoSubstitutionTemplateLiteral(node.name)) &&
      isChannel(node.name.text)
    ) {
      found.push({ channel: node.name.text, file });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function ownsIt(owner: string, file: string): boolean {
  return owner.endsWith('/') ? file.startsWith(owner) : file === owner;
}

/** Registrations outside their area's owner that no exception names. */
function strays(registrations: Registration[]): string[] {
  return registrations
    .filter(({ channel, file }) => !ownsIt(channelAreaOwners[areaOf(channel)], file))
    .filter(({ channel, file }) =>
      channelOwnerExceptions.every((exception) => exception.channel !== channel || exception.registeredIn !== file),
    )
    .map(({ channel, file }) => `${channel} is registered in ${file}; ${channelAreaOwners[areaOf(channel)]} owns it`);
}

const registrations = mainFiles.flatMap((file) => registrationsIn(file, readFileSync(join(root, file), 'utf8')));

describe('channel ownership', () => {
  it("every contract channel's handler is found once in main's source (so the check below sees them all)", () => {
    const counts = new Map<string, string[]>();
    for (const { channel, file } of registrations) counts.set(channel, [...(counts.get(channel) ?? []), file]);
    expect(invokeChannelNames.filter((channel) => counts.get(channel)?.length !== 1)).toEqual([]);
  });

  it('every channel is registered inside the folder that owns its area, or is a listed exception', () => {
    expect(strays(registrations)).toEqual([]);
  });

  it('fails for a handler registered outside its area', () => {
    const text = "export const handlers = { 'reset:start': () => null, 'customerWindow:showing': () => null };";
    expect(strays(registrationsIn('src/main/customer-screen/stray-handlers.ts', text))).toEqual([
      'reset:start is registered in src/main/customer-screen/stray-handlers.ts; src/main/flows/ owns it',
    ]);
  });

  it("fails for a handler the composition root registers itself (it only joins the areas' maps)", () => {
    const text = "const handlers = { ...appInfoHandlers(sources), 'settings:get': () => settings.view() };";
    expect(strays(registrationsIn('src/main/main-services.ts', text))).toEqual([
      'settings:get is registered in src/main/main-services.ts; src/main/settings/ owns it',
    ]);
  });

  it('each exception is still needed, names an existing file and says why', () => {
    for (const exception of channelOwnerExceptions) {
      expect(exception.why.length).toBeGreaterThan(20);
      expect(registrations).toContainEqual({ channel: exception.channel, file: exception.registeredIn });
      expect(ownsIt(channelAreaOwners[areaOf(exception.channel)], exception.registeredIn)).toBe(false);
    }
  });

  it('every owner names a path that exists', () => {
    for (const owner of Object.values(channelAreaOwners)) expect(existsSync(join(root, owner))).toBe(true);
  });
});
